import GRDB

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

    /// Records forms found in the documents being stored, inside the writer's transaction.
    static func insert(_ forms: [AccentedForm], _ db: Database) throws {
        guard !forms.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(table)(folded, exact) VALUES (?, ?)")
        for form in forms { try statement.execute(arguments: [form.folded, form.exact]) }
    }
}

/// One accented form of a word and its unaccented spelling: `tại` (`tai`).
struct AccentedForm: Hashable, Sendable {
    var folded: String
    var exact: String
}
