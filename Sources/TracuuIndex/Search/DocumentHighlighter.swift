import GRDB

/// One stored document's title, lead and body with the words a search marks in its snippets
/// marked throughout, to read a result in full: "cong doan" marks "Công đoàn" and "CĐ" meaning it.
public struct DocumentHighlighter {
    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The marked columns, or nil when the document does not match the query (or the query has no word).
    public func highlight(_ query: String, documentID: Int64, options: SearchOptions = SearchOptions())
        throws -> (title: HighlightedText, lead: HighlightedText, body: HighlightedText)? {
        let searcher = Searcher(database: database)
        return try database.query { db in
            let expression: String
            do {
                expression = try searcher.selection(query, options: options, db)
            } catch is SearchError {
                return nil
            }
            guard let row = try Row.fetchOne(db, sql: """
                SELECT highlight(documents_fts, 0, char(57344), char(57345)), highlight(documents_fts, 1, char(57344), char(57345)),
                       highlight(documents_fts, 2, char(57344), char(57345))
                FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?
                """, arguments: [expression, documentID]) else { return nil }
            return (HighlightedText(marked: row[0] ?? ""), HighlightedText(marked: row[1] ?? ""), HighlightedText(marked: row[2] ?? ""))
        }
    }
}
