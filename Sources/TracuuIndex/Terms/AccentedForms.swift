import GRDB

/// The accented forms each unaccented spelling has in the index, so an unaccented query
/// word can match all of them while a document word is stored once, by its exact form:
/// `tai` → tài, tái, tại, tải; `doan` → đoàn, đoán, đoạn, doãn…
/// Written at index time (`AccentedFormCollector`), read by the query tokenizer
/// (`AccentedFormLookup`). Forms whose documents are gone stay listed: they match nothing.
enum AccentedForms {
    static let table = "accented_forms"
    /// The statement `insert` runs.
    static func insertStatement(_ db: Database) throws -> RawStatement {
        RawStatement(try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(table)(folded, exact) VALUES (?, ?)"), db)
    }

    /// Records forms found in the documents being stored, inside the writer's transaction,
    /// each once per run (`listed`: the forms this run has recorded; the workers report a
    /// form again when their caches forget it).
    static func insert(_ forms: [AccentedForm], listed: inout Set<AccentedForm>, with statement: RawStatement) throws {
        for form in forms where listed.insert(form).inserted {
            statement.bind(form.folded, at: 1)
            statement.bind(form.exact, at: 2)
            try statement.execute()
        }
    }
}
