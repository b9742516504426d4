import GRDB
import GRDBSQLite

/// The accented forms each unaccented spelling has in the index, so an unaccented query
/// word can match all of them while a document word is stored once, by its exact form:
/// `tai` → tài, tái, tại, tải; `doan` → đoàn, đoán, đoạn, doãn…
/// Written at index time (`AccentedFormCollector`), read by the query tokenizer
/// (`AccentedFormLookup`). Forms whose documents are gone stay listed: they match nothing.
enum AccentedForms {
    static let table = "accented_forms"

    static func createTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(table)(folded TEXT NOT NULL, exact TEXT NOT NULL, PRIMARY KEY (folded, exact)) WITHOUT ROWID
            """)
    }

    /// Records forms found in the documents being stored, inside the writer's transaction,
    /// each once per run (`listed`: the forms this run has recorded; the workers report a
    /// form again when their caches forget it).
    static func insert(_ forms: [AccentedForm], listed: inout Set<AccentedForm>, _ db: Database) throws {
        guard !forms.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(table)(folded, exact) VALUES (?, ?)")
        let prepared = statement.sqliteStatement
        for form in forms where listed.insert(form).inserted {
            let code = form.folded.withCString { folded in
                form.exact.withCString { exact in
                    sqlite3_bind_text(prepared, 1, folded, -1, SQLiteBinding.transient)
                    sqlite3_bind_text(prepared, 2, exact, -1, SQLiteBinding.transient)
                    defer { sqlite3_reset(prepared) }
                    return sqlite3_step(prepared)
                }
            }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
        }
    }
}

/// One accented form of a word and its unaccented spelling: `tại` (`tai`).
struct AccentedForm: Hashable, Sendable {
    var folded: String
    var exact: String
}
