import GRDB
import VietText

/// Runs searches against an index: compiles the query, ranks by bm25 (title
/// above lead above body) with exact-form matches first, and cuts snippets
/// with the document's own words highlighted.
public final class Searcher {
    let database: IndexDatabase
    private let analyzer = Analyzer()
    /// bm25 weights of title, lead and body.
    static let columnWeights = "10.0, 4.0, 1.0"
    static let snippetTokens = 24

    public init(database: IndexDatabase) {
        self.database = database
    }

    public func parse(_ text: String) -> SearchQuery { SearchQuery(text, analyzer: analyzer) }

    public func search(_ text: String, options: SearchOptions = SearchOptions(), countOnly: Bool = false) throws -> SearchResults {
        let query = parse(text)
        guard !query.isEmpty, let strict = FTS5QueryCompiler.strict(query) else { throw SearchError.nothingToSearch }
        let filters = try Self.filters(options)
        do {
            return try database.pool.read { db in
                var relaxed = options.anyWord
                var expression = relaxed ? FTS5QueryCompiler.relaxed(query)! : strict
                var total = try count(expression, filters, db)
                if total == 0, !relaxed, query.positiveAtoms.count > 1, let any = FTS5QueryCompiler.relaxed(query) {
                    let anyTotal = try count(any, filters, db)
                    if anyTotal > 0 {
                        relaxed = true
                        expression = any
                        total = anyTotal
                    }
                }
                var results = SearchResults(query: text, total: total, relaxed: relaxed, hits: [])
                guard !countOnly, total > 0 else { return results }
                results.hits = try hits(expression, exact: needsExactTier(query) ? FTS5QueryCompiler.exactOnly(query) : nil,
                                        filters, limit: options.limit, db)
                return results
            }
        } catch let error as DatabaseError {
            throw SearchError.failed(IndexDatabase.plainReason(error).hasPrefix("fts5") ? "the query could not be compiled" : IndexDatabase.plainReason(error))
        }
    }

    /// Only queries with an unaccented word have folding-only matches to rank lower.
    private func needsExactTier(_ query: SearchQuery) -> Bool {
        query.positiveAtoms.contains { atom in analyzer.tokens(in: atom.text).contains { !$0.hasDiacritics } }
    }

    struct Filters {
        var sql = ""
        var arguments: [DatabaseValueConvertible?] = []
    }

    static func filters(_ options: SearchOptions) throws -> Filters {
        var filters = Filters()
        if let since = options.since {
            guard let date = DocumentDate.normalize(since) else { throw SearchError.badDate(since) }
            filters.sql += " AND d.date >= ?"
            filters.arguments.append(date)
        }
        if let until = options.until {
            guard let date = DocumentDate.normalize(until) else { throw SearchError.badDate(until) }
            filters.sql += " AND d.date <= ?"
            filters.arguments.append(date)
        }
        if let kind = options.kind {
            filters.sql += " AND d.kind = ?"
            filters.arguments.append(kind.lowercased())
        }
        if let source = options.source {
            filters.sql += " AND d.source = ? COLLATE NOCASE"
            filters.arguments.append(source)
        }
        return filters
    }

    private func count(_ expression: String, _ filters: Filters, _ db: Database) throws -> Int {
        if filters.sql.isEmpty {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", arguments: [expression]) ?? 0
        }
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH ?\(filters.sql)
            """, arguments: StatementArguments([expression] + filters.arguments)) ?? 0
    }

    private func hits(_ expression: String, exact: String?, _ filters: Filters, limit: Int, _ db: Database) throws -> [SearchHit] {
        var arguments: [DatabaseValueConvertible?] = []
        var tier = "0"
        if let exact {
            tier = "(documents_fts.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"
            arguments.append(exact)
        }
        arguments.append(expression)
        arguments.append(contentsOf: filters.arguments)
        let limitSQL = limit > 0 ? " LIMIT \(limit)" : ""
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id, d.path, d.title, d.date, d.kind, \(tier) AS tier,
                   bm25(documents_fts, \(Self.columnWeights)) AS score
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH ?\(filters.sql)
            ORDER BY tier DESC, score\(limitSQL)
            """, arguments: StatementArguments(arguments))
        let snippetStatement = try db.cachedStatement(sql: """
            SELECT snippet(documents_fts, -1, char(57344), char(57345), '…', \(Self.snippetTokens))
            FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?
            """)
        return try rows.enumerated().map { index, row in
            let id: Int64 = row["id"]
            let marked = try String.fetchOne(snippetStatement, arguments: [expression, id]) ?? ""
            return SearchHit(
                rank: index + 1, id: id, path: row["path"], title: row["title"], date: row["date"], kind: row["kind"],
                score: -(row["score"] as Double), snippet: HighlightedText(marked: marked))
        }
    }
}
