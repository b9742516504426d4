import Foundation
import GRDB
import VietText

/// The index file: one SQLite database in WAL mode holding the documents,
/// the files they came from and an external-content FTS5 table over title,
/// lead and body, tokenized by `VietnameseTokenizer`.
public final class IndexDatabase: Sendable {
    public let path: String
    /// A pool (WAL, readers beside the writer) for an index being updated; one read-only
    /// connection for an index only read; a queue without a journal while a new index is
    /// built aside.
    let pool: any DatabaseWriter
    let isBulkBuild: Bool

    private enum Access { case update, read, bulkBuild }

    /// Opens an existing index for reading and writing; checks its tokenizer version.
    public convenience init(path: String) throws {
        try self.init(path: path, access: .update)
    }

    /// Opens an existing index for reading only (searches, listings): one read-only
    /// connection, which reads the last commit beside a running `tracuu index` and
    /// never writes the file; checks the tokenizer version.
    public convenience init(readingAt path: String) throws {
        try self.init(path: path, access: .read)
    }

    private init(path: String, access: Access) throws {
        self.path = path
        isBulkBuild = access == .bulkBuild
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IndexError.missing(path: path) }
        // A read-only connection opens a folder and fails on the first read; say what opening it for writing says.
        if isDirectory.boolValue { throw IndexError.notAnIndex(path: path, reason: "permission denied or unreadable") }
        do {
            switch access {
            case .update: pool = try DatabasePool(path: path, configuration: Self.configuration())
            case .read: pool = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: true))
            case .bulkBuild: pool = try DatabaseQueue(path: path, configuration: Self.configuration(bulk: true))
            }
            // One statement: a database without tracuu's `meta` table answers "no such table".
            let version = try pool.read { db -> String? in
                do {
                    return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'tokenizer_version'")
                } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && (error.message ?? "").hasPrefix("no such table") {
                    return nil
                }
            }
            guard let version else { throw IndexError.notAnIndex(path: path, reason: "no tracuu tables") }
            guard version == IndexTerm.tokenizerVersion else { throw IndexError.otherVersion(path: path, found: version) }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError {
            throw IndexError.notAnIndex(path: path, reason: Self.plainReason(error))
        }
    }

    /// Creates a new, empty index at `path`, replacing nothing: the caller picks a fresh path.
    /// A bulk index is written without a journal or fsync, for a build made aside and
    /// swapped in only when complete; `finishBulkBuild()` turns it into a normal index.
    public static func create(path: String, bulk: Bool = false) throws -> IndexDatabase {
        do {
            let pool = try DatabaseQueue(path: path, configuration: configuration())
            try pool.write { db in
                try db.execute(sql: """
                    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE files(
                        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL);
                    CREATE TABLE documents(
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        file TEXT NOT NULL,
                        title TEXT NOT NULL, lead TEXT NOT NULL, body TEXT NOT NULL,
                        date TEXT, source TEXT, url TEXT, kind TEXT NOT NULL, number TEXT,
                        hash TEXT NOT NULL);
                    CREATE VIRTUAL TABLE documents_fts USING fts5(
                        title, lead, body, content='documents', content_rowid='id',
                        tokenize='\(VietnameseTokenizer.name)', detail=full);
                    """)
                try AccentedForms.createTable(db)
                for annotator in DocumentAnnotators.all { try annotator.createTables(db) }
                if !bulk { try createSecondaryIndexes(db) }
                try db.execute(
                    sql: "INSERT INTO meta(key, value) VALUES ('tokenizer_version', ?), ('schema_version', '1')",
                    arguments: [IndexTerm.tokenizerVersion])
            }
            try pool.close()
            return try IndexDatabase(path: path, access: bulk ? .bulkBuild : .update)
        } catch let error as DatabaseError {
            throw IndexError.cannotWrite(path: path, reason: plainReason(error))
        }
    }

    /// The indexes no constraint needs: made with the tables for an index updated in place,
    /// by `finishBulkBuild()` for a bulk build (sorting the finished rows once instead of
    /// inserting into each B-tree per row: on vnnews ~0.7 s of the writer's time became ~0.35 s).
    private static func createSecondaryIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX documents_file ON documents(file);
            CREATE INDEX documents_date ON documents(date);
            """)
        for annotator in DocumentAnnotators.all { try annotator.createIndexes(db) }
    }

    /// FTS5 settings while bulk-building: segments are not merged as they come (`automerge`
    /// 0, `crisismerge` out of reach) but once, by `optimize`, when the build is done; one
    /// flush per 500-file batch (`hashsize` 32 MB instead of 1 MB). On vnnews this takes
    /// the build from ~7.3 s to ~6.2 s and leaves one segment, for the searches.
    static let bulkSettings = [("automerge", 0), ("crisismerge", 1_000), ("hashsize", 32 << 20)]
    /// SQLite's defaults, restored for the incremental updates that follow.
    static let updateSettings = [("automerge", 4), ("crisismerge", 16), ("hashsize", 1 << 20)]

    static func configuration(bulk: Bool = false, readOnly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        // A bulk build only adds rows under documents it has just inserted: the per-row
        // parent lookup of `REFERENCES documents(id)` would find them every time.
        configuration.foreignKeysEnabled = !bulk
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: VietnameseTokenizer.self)
            if bulk {
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
                if try db.hasTable("documents_fts") { try applyFTS5Settings(bulkSettings, db) }
            }
            db.add(function: .lowercase)
        }
        return configuration
    }

    private static func applyFTS5Settings(_ settings: [(String, Int)], _ db: Database) throws {
        for (name, value) in settings {
            try db.execute(sql: "INSERT INTO documents_fts(documents_fts, rank) VALUES (?, ?)", arguments: [name, value])
        }
    }

    /// Makes a bulk-built index a normal one: its secondary indexes, one FTS5 segment, WAL
    /// mode, ready to be swapped in.
    public func finishBulkBuild() throws {
        guard isBulkBuild else { return }
        do {
            try pool.writeWithoutTransaction { db in
                try Self.createSecondaryIndexes(db)
                // One FTS5 segment: every query (each snippet is one) opens an iterator per segment and term.
                try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
                try Self.applyFTS5Settings(Self.updateSettings, db)
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        } catch let error as DatabaseError {
            throw IndexError.cannotWrite(path: path, reason: Self.plainReason(error))
        }
    }

    /// A damaged or foreign file is not a usable index: the message says `--rebuild`.
    static func damage(_ error: DatabaseError, path: String) -> IndexError? {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB ? .notAnIndex(path: path, reason: plainReason(error)) : nil
    }

    /// A failed write: a damaged file, or one the next run may get past (disk full, permissions).
    static func failure(_ error: DatabaseError, path: String) -> IndexError {
        damage(error, path: path) ?? .cannotWrite(path: path, reason: plainReason(error))
    }

    /// A read of tracuu's own tables: a failure means the file is damaged, not that a query was wrong.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw IndexError.notAnIndex(path: path, reason: Self.plainReason(error))
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

    /// How many documents the index holds.
    public func documentCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    /// One stored document by its path or numeric id.
    public func document(pathOrID: String) throws -> StoredDocument? {
        try read { db in
            let columns = "id, path, title, lead, body, date, source, url, kind, number, hash"
            if let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE path = ?", arguments: [pathOrID]) {
                return StoredDocument(row: row)
            }
            if let id = Int64(pathOrID),
               let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE id = ?", arguments: [id]) {
                return StoredDocument(row: row)
            }
            return nil
        }
    }

    public func close() throws { try pool.close() }
}

/// A document as read back from the index, with its id and content hash.
public struct StoredDocument: Sendable, Codable, Equatable {
    public var id: Int64
    public var document: Document
    public var hash: String

    init(row: Row) {
        id = row["id"]
        hash = row["hash"]
        document = Document(
            path: row["path"], title: row["title"], lead: row["lead"], body: row["body"], date: row["date"],
            source: row["source"], url: row["url"], kind: row["kind"], number: row["number"])
    }
}
