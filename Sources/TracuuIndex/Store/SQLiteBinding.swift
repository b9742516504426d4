import GRDBSQLite

/// Raw SQLite binding for the writer's and tokenizer's hot statements.
enum SQLiteBinding {
    /// Has SQLite copy a bound string (`SQLITE_TRANSIENT`, a macro Swift does not import).
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
