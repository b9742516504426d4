import GRDB

/// The one reading of SQLite's errors as tracuu's, each one plain line without SQL text:
/// a damaged or foreign file says to rebuild, a failed write says why (the disk is full,
/// permission denied), a query FTS5 cannot run says so.
enum SQLiteFailure {
    /// What tracuu was doing when SQLite failed.
    enum Operation {
        /// Opening the file or reading tracuu's own tables: a failure means the file is no usable index.
        case reading
        /// Writing: the next run may get past it, unless the file is damaged.
        case writing
        /// Running a user's query: the query failed, unless the file is damaged.
        case querying
    }

    static func error(_ error: DatabaseError, path: String, during operation: Operation) -> Error {
        let reason = plainReason(error)
        if operation == .reading || error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            return IndexError.notAnIndex(path: path, reason: reason)
        }
        switch operation {
        case .writing: return IndexError.cannotWrite(path: path, reason: reason)
        case .reading, .querying: return SearchError.failed(reason.hasPrefix("fts5") ? "the query could not be compiled" : reason)
        }
    }

    /// SQLite's message without SQL text, for the one line the user sees.
    static func plainReason(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "not a database"
        case .SQLITE_CORRUPT: "the database is damaged"
        case .SQLITE_FULL: "the disk is full"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: "permission denied or unreadable"
        case .SQLITE_BUSY, .SQLITE_LOCKED: "the database is busy"
        case .SQLITE_IOERR: "an input/output error"
        default: error.message ?? "database error \(error.resultCode.rawValue)"
        }
    }
}
