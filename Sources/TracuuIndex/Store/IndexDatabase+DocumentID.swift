import GRDB

extension IndexDatabase {
    /// One stored document by its numeric id only (never by a path): what the web pages address.
    public func document(id: Int64) throws -> StoredDocument? {
        try read { db in
            let columns = "id, path, title, lead, body, date, source, url, kind, number, hash"
            return try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE id = ?", arguments: [id]).map(StoredDocument.init(row:))
        }
    }
}
