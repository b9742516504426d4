import GRDB
import GRDBSQLite
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

    /// One read transaction: widening the query (references, abbreviations) and ranking
    /// see the same commit, and a search pays for one transaction.
    public func search(_ text: String, options: SearchOptions = SearchOptions(), countOnly: Bool = false) throws -> SearchResults {
        do {
            return try database.pool.read { db in
                var query = ReferenceQueryExpander.mayNameDocument(text)
                    ? (try? ReferenceQueryExpander.expand(parse(ReferenceQueryExpander.quotingReferences(text)), db)) ?? parse(text)
                    : parse(text)
                var expansions: [AbbreviationExpansion] = []
                if options.expandAbbreviations, !query.isEmpty {
                    let expander = try AbbreviationCatalog(database: database).expander(for: query, user: options.userAbbreviations, analyzer: analyzer, db)
                    (query, expansions) = expander.expand(query)
                }
                guard !query.isEmpty, let strict = FTS5QueryCompiler.strict(query) else { throw SearchError.nothingToSearch }
                let filters = try Self.filters(options)
                let spelledOut = accentedForms(db)
                let exact = needsExactTier(query, spelledOut) ? FTS5QueryCompiler.exactOnly(query) : nil
                var relaxed = options.anyWord
                var expression = relaxed ? FTS5QueryCompiler.relaxed(query)! : strict
                let counted = relaxed ? expression : FTS5QueryCompiler.strict(query, phrases: false, spelledOut: spelledOut) ?? expression
                if countOnly {
                    var total = try count(counted, filters, db)
                    if total == 0, !relaxed, query.positiveAtoms.count > 1, let any = FTS5QueryCompiler.relaxed(query) {
                        total = try count(any, filters, db)
                        relaxed = total > 0
                    }
                    return SearchResults(query: text, total: total, relaxed: relaxed, hits: [], expansions: expansions)
                }
                var (hits, total) = try ranked(expression, counted: counted, exact: exact, filters, limit: options.limit, db)
                if total == 0, !relaxed, query.positiveAtoms.count > 1, let any = FTS5QueryCompiler.relaxed(query) {
                    (hits, total) = try ranked(any, counted: any, exact: exact, filters, limit: options.limit, db)
                    relaxed = total > 0
                    expression = any
                }
                return SearchResults(query: text, total: total, relaxed: relaxed, hits: hits, expansions: expansions)
            }
        } catch let error as DatabaseError {
            if let damage = IndexDatabase.damage(error, path: database.path) { throw damage }
            throw SearchError.failed(IndexDatabase.plainReason(error).hasPrefix("fts5") ? "the query could not be compiled" : IndexDatabase.plainReason(error))
        }
    }

    /// The accented forms the query tokenizer would add to a word as synonyms: those
    /// listed under its exact form when that is one unaccented token; none otherwise.
    private func accentedForms(_ db: Database) -> (String) -> [String] {
        { [analyzer] word in
            let tokens = analyzer.tokens(in: word)
            guard tokens.count == 1, tokens[0].folded == nil,
                  let statement = try? db.cachedStatement(sql: "SELECT exact FROM \(AccentedForms.table) WHERE folded = ?")
            else { return [] }
            // SQLite's own calls: GRDB's generic fetchAll costs ~0.5 M instructions of first-use type lookups.
            let handle = statement.sqliteStatement
            defer {
                sqlite3_reset(handle)
                sqlite3_clear_bindings(handle)
            }
            _ = tokens[0].exact.withCString { sqlite3_bind_text(handle, 1, $0, -1, SQLiteBinding.transient) }
            var forms: [String] = []
            while sqlite3_step(handle) == SQLITE_ROW, let text = sqlite3_column_text(handle, 0) {
                forms.append(String(cString: text))
            }
            return forms
        }
    }

    /// Whether an exact tier would rank anything differently: only when a word without
    /// diacritics is also held with them (`tai` → `tài`, `tại`), a prefix lacks them, or
    /// an abbreviation's exact expression leaves out a folding-only sense. For
    /// `100/2015/NĐ-CP` or `CSGT` it would find the same documents, scored the same, twice.
    private func needsExactTier(_ query: SearchQuery, _ accentedForms: (String) -> [String]) -> Bool {
        func widenedByFolding(_ text: String) -> Bool {
            analyzer.tokens(in: text).contains { !$0.hasDiacritics && !accentedForms($0.exact).isEmpty }
        }
        return query.positiveAtoms.contains { atom in
            if atom.isPrefix { return analyzer.tokens(in: atom.text).contains { !$0.hasDiacritics } }
            guard let expression = atom.expression else { return widenedByFolding(atom.text) }
            // The exact form only marks the typed strings exact, unless it drops an alternative.
            let exactMarker = Character(UnicodeScalar(IndexTerm.exactOnlyMarker))
            let capitalsMarker = Character(UnicodeScalar(IndexTerm.capitalsMarker))
            guard let exact = atom.exactExpression,
                  exact.filter({ $0 != exactMarker }) == expression.filter({ $0 != exactMarker }) else { return true }
            return FTS5QueryCompiler.strings(in: expression).contains {
                $0.first != exactMarker && $0.first != capitalsMarker && widenedByFolding($0)
            }
        }
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
            filters.sql += " AND swiftLowercaseString(d.source) = ?"
            filters.arguments.append(ICUNormalizer.nfc(source).lowercased())
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

    /// The top hits and the number of matches. With an `exact` tier, its documents
    /// come first, scored alone; when they fill the page, the others are only
    /// counted (by `counted`, the expression without its phrases).
    private func ranked(_ expression: String, counted: String, exact: String?, _ filters: Filters, limit: Int, _ db: Database) throws -> ([SearchHit], Int) {
        var top: [(id: Int64, score: Double)]
        var total: Int
        if let exact {
            let first = try scored(exact, filters, limit: limit, db)
            if limit > 0, first.top.count == limit {
                top = first.top
                total = try count(counted, filters, db)
            } else {
                let rest = try scored("(\(expression)) NOT (\(exact))", filters, limit: limit == 0 ? 0 : limit - first.top.count, db)
                top = first.top + rest.top
                total = first.count + rest.count
            }
        } else {
            (top, total) = try scored(expression, filters, limit: limit, db)
        }
        let documentStatement = try db.cachedStatement(sql: "SELECT path, title, date, kind FROM documents WHERE id = ?")
        let snippetStatement = try db.cachedStatement(sql: """
            SELECT snippet(documents_fts, -1, char(57344), char(57345), '…', \(Self.snippetTokens))
            FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?
            """)
        let hits = try top.enumerated().compactMap { index, row -> SearchHit? in
            let id = row.id
            guard let document = try Row.fetchOne(documentStatement, arguments: [id]) else { return nil }
            let marked = try String.fetchOne(snippetStatement, arguments: [expression, id]) ?? ""
            return SearchHit(
                rank: index + 1, id: id, path: document["path"], title: document["title"], date: document["date"],
                kind: document["kind"], score: -row.score, snippet: HighlightedText(marked: marked))
        }
        return (hits, total)
    }

    /// The best `limit` matches (all when 0) with their bm25 scores, and the number
    /// of matches, in one pass: only rowids and scores are sorted (bm25 cannot share
    /// a query with a window function).
    private func scored(_ expression: String, _ filters: Filters, limit: Int, _ db: Database) throws -> (top: [(id: Int64, score: Double)], count: Int) {
        let join = filters.sql.isEmpty ? "" : " JOIN documents d ON d.id = documents_fts.rowid"
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT documents_fts.rowid, bm25(documents_fts, \(Self.columnWeights)) AS score
            FROM documents_fts\(join)
            WHERE documents_fts MATCH ?\(filters.sql)
            ORDER BY score
            """, arguments: StatementArguments([expression] + filters.arguments))
        var top: [(id: Int64, score: Double)] = []
        var count = 0
        while let row = try cursor.next() {
            if limit == 0 || count < limit { top.append((row[0], row[1])) }
            count += 1
        }
        return (top, count)
    }
}
