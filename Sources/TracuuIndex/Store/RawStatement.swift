import GRDB
import GRDBSQLite

/// SQLite's C calls, kept for the few statements where GRDB's per-call work shows: the
/// writer's document, text, figure and accented-form rows (bound for every document), the
/// query tokenizer's accented-form lookups (run inside FTS5's tokenizer callback, where no
/// GRDB `Database` is at hand), the rows a search scores (every match of the query) and the
/// syllable pairs read whole for `AbbreviationContexts`. Failures come out as GRDB's
/// `DatabaseError`, which `SQLiteFailure` reads like any other.
final class RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer?
    /// GRDB's statement, when it prepared this one: its `sql` (read only for an error) trims the text.
    private let statement: Statement?
    private let owned: Bool

    /// Has SQLite copy a bound string (`SQLITE_TRANSIENT`, a macro Swift does not import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// A statement GRDB prepared (and keeps), driven directly.
    init(_ statement: Statement, _ db: Database) {
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        self.statement = statement
        owned = false
    }

    /// A statement of its own on a connection, finalized with this object; nil when it does
    /// not prepare (a table an older index lacks).
    init?(sql: String, connection: OpaquePointer?) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            return nil
        }
        handle = statement
        self.connection = connection
        self.statement = nil
        owned = true
    }

    deinit {
        if owned { sqlite3_finalize(handle) }
    }

    private var sql: String { statement?.sql ?? String(cString: sqlite3_sql(handle)) }

    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ value: Double?, at index: Int32) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ text: String?, at index: Int32) {
        guard let text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withCString { sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), Self.transient) }
    }

    /// UTF-8 bytes bound as text.
    func bind(utf8 bytes: [UInt8], at index: Int32) {
        guard !bytes.isEmpty else { return bind("", at: index) }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                _ = sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
            }
        }
    }

    /// UTF-8 bytes bound as text without a copy (`SQLITE_STATIC`): SQLite reads them when the
    /// statement runs, so they must outlive that run and the bindings be replaced or cleared after.
    func bind(borrowing bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return bind("", at: index) }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), nil)
        }
    }

    /// Runs a statement that returns no row and resets it for the next bindings.
    func execute() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    /// The first column of every row, as bytes; the statement is reset after.
    func firstColumnBytes() -> [[UInt8]] {
        defer { sqlite3_reset(handle) }
        var rows: [[UInt8]] = []
        while sqlite3_step(handle) == SQLITE_ROW {
            guard let text = sqlite3_column_text(handle, 0) else { continue }
            rows.append(Array(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))))
        }
        return rows
    }

    /// Moves to the next row; false when there is none. The statement is reset once done or failed.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        return false
    }

    func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// A text column's UTF-8 bytes, valid until the statement steps or resets.
    func text(at column: Int32) -> UnsafeBufferPointer<UInt8> {
        let text = sqlite3_column_text(handle, column)
        return UnsafeBufferPointer(start: text, count: text == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
    }

    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// A number that changes whenever any connection commits to the main database
    /// (`SQLITE_FCNTL_DATA_VERSION`), or nil when SQLite cannot tell.
    static func dataVersion(of connection: OpaquePointer?) -> UInt32? {
        var version: UInt32 = 0
        return sqlite3_file_control(connection, "main", SQLITE_FCNTL_DATA_VERSION, &version) == SQLITE_OK ? version : nil
    }
}
