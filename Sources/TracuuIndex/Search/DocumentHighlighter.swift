import GRDB

/// One stored document's title, lead and body with the words the search of a query found it by
/// marked throughout, to read a result in full: "cong doan" marks "Công đoàn" and "CĐ" meaning
/// it; "coong ddoanf" (Telex), read as "công đoàn", marks the same words.
public struct DocumentHighlighter {
    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The marked columns, or nil when the search of `query` does not find the document (or the
    /// query has no word). The marks are those of the search's snippets: the expression it found
    /// its documents by, after its reading, suggestion and fallback to any word.
    public func highlight(_ query: String, documentID: Int64, options: SearchOptions = SearchOptions())
        throws -> (title: HighlightedText, lead: HighlightedText, body: HighlightedText)? {
        let searcher = Searcher(database: database)
        return try database.query { db in
            let found: SearchResults
            do {
                found = try searcher.search(query, options: options, listing: .count, db)
            } catch is SearchError {
                return nil
            }
            guard found.total > 0, let expression = found.expression, let row = try Row.fetchOne(db, sql: """
                SELECT highlight(documents_fts, 0, char(57344), char(57345)), highlight(documents_fts, 1, char(57344), char(57345)),
                       highlight(documents_fts, 2, char(57344), char(57345))
                FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?
                """, arguments: [expression, documentID]) else { return nil }
            return (HighlightedText(marked: row[0] ?? ""), HighlightedText(marked: row[1] ?? ""), HighlightedText(marked: row[2] ?? ""))
        }
    }
}
