import GRDB
import VietText

/// Runs searches against an index: plans the query (`QueryPlanner`), compiles it
/// (`FTS5QueryCompiler`), ranks by bm25 (title above lead above body) with the plan's
/// first tier first, and cuts snippets with the document's own words highlighted.
public final class Searcher {
    let database: IndexDatabase
    private let analyzer = Analyzer()
    /// bm25 weights of title, lead and body.
    static let columnWeights = [4.0, 2.0, 1.0]
    static let snippetTokens = 24
    /// Queries of this many items or more are questions: when fewer than a page of documents
    /// has every word, all documents rank by any word and its adjacent pairs (bag-of-words
    /// retrieval), which finds the answer to a long question more often than every-word-first.
    static let questionLength = 3

    public init(database: IndexDatabase) {
        self.database = database
    }

    private var planner: QueryPlanner { QueryPlanner(database: database, analyzer: analyzer) }

    public func parse(_ text: String) -> SearchQuery { planner.parse(text) }

    /// The plan of `text` as typed, as the index reads now: what `search` plans when the words
    /// need no keystroke reading and no suggestion takes their place.
    func plan(_ text: String, options: SearchOptions = SearchOptions()) throws -> PlannedQuery {
        try database.query { db in try planner.plan(text, options: options, db) }
    }

    /// One read transaction: planning the query (references, abbreviations) and ranking
    /// see the same commit, and a search pays for one transaction.
    ///
    /// Words typed as raw Telex or VNI keystrokes are read as their syllables (`reading`); when
    /// a word matches almost nothing, the index's nearest frequent word is suggested, and its
    /// results shown instead when the query as typed has no document with every word.
    public func search(_ text: String, options: SearchOptions = SearchOptions(), countOnly: Bool = false) throws -> SearchResults {
        try database.query { db in try search(text, options: options, listing: countOnly ? .count : .page, db) }
    }

    /// What a search hands back besides its reading, totals and the expression it found its
    /// documents by (`SearchResults.expression`, which every listing decides alike).
    enum Listing: Equatable {
        /// The best `limit` hits with their snippets.
        case page
        /// Only the totals (`DocumentHighlighter` marks a document by their expression).
        case count
        /// The id of every document found (`documentIDs`), in the order the hits would rank
        /// them when `ranked`, else in index order; no hit.
        case documents(ranked: Bool)
    }

    /// `search(_:options:countOnly:)` in the caller's transaction, listing what `listing` asks for.
    func search(_ text: String, options: SearchOptions, listing: Listing, _ db: Database) throws -> SearchResults {
        var results = try matches(text, options: options, listing: listing, db)
        // The documents a date filter left out are counted by the expression the search found its
        // documents by: the same words, reading, suggestion and fallback, over undated documents.
        if options.since != nil || options.until != nil, listing == .page || listing == .count, let expression = results.expression {
            var undated = options
            (undated.since, undated.until, undated.undatedOnly) = (nil, nil, true)
            results.undatedLeftOut = try count(expression, try Self.filters(undated), db)
        }
        return results
    }

    /// The results of `search(_:options:listing:_:)` before the count of undated documents a date filter left out.
    private func matches(_ text: String, options: SearchOptions, listing: Listing, _ db: Database) throws -> SearchResults {
        let spelling = QuerySpelling(analyzer: analyzer, db: db)
        let typed = planner.parse(text)
        let reading = try spelling.reading(typed)
        let query = reading ?? typed
        func named(_ found: SearchResults) -> SearchResults {
            var found = found
            found.query = text
            found.keystrokeReading = reading?.text
            return found
        }
        // No document with every word: the suggestion's results are shown when it finds some,
        // so the query's fallback to any word is only searched when they are not.
        let (strict, fallsBack) = try search(query, options: options, listing: listing, relaxesNothing: false, db)
        var results = strict
        let foundNothing = results.total == 0
        if !foundNothing, results.total > QuerySpelling.rare { return named(results) }
        let suggestion = try spelling.suggestion(query)
        if let suggestion, foundNothing {
            let suggested = try search(suggestion, options: options, listing: listing, db).results
            if suggested.total > 0, !suggested.relaxed || suggested.everyWordTotal > 0 {
                results = named(suggested)
                results.showsSuggestion = true
                results.suggestion = suggestion.text
                return results
            }
        }
        if fallsBack { results = try search(query, options: options, listing: listing, db).results }
        results = named(results)
        results.suggestion = suggestion?.text
        if results.total == 0 { results.unmatchedWords = try spelling.unmatchedWords(query) }
        return results
    }

    /// The results of a parsed query, and whether they would fall back to any word had
    /// `relaxesNothing` not held that back (no document has every word).
    private func search(_ query: SearchQuery, options: SearchOptions, listing: Listing, relaxesNothing: Bool = true, _ db: Database) throws -> (results: SearchResults, fallsBack: Bool) {
        do {
            let text = query.text
            let plan = try planner.plan(query, options: options, db)
            guard !plan.isEmpty, let strict = FTS5QueryCompiler.strict(plan) else { throw SearchError.nothingToSearch }
            let filters = try Self.filters(options)
            let first = FTS5QueryCompiler.firstTier(plan)
            var relaxed = options.anyWord
            let expression = relaxed ? FTS5QueryCompiler.relaxed(plan)! : strict
            let counted = relaxed ? expression : FTS5QueryCompiler.strict(plan, phrases: false, spelledOut: true) ?? expression
            let relaxable = !relaxed && plan.positiveItems.count > 1
            // Every document found is listed whatever the page: none of them is a question's page.
            var limit = options.limit
            if case .documents = listing { limit = 0 }
            let isQuestion = plan.positiveItems.count >= Self.questionLength && limit > 0
            let page = min(options.pageSize ?? limit, limit)
            // A question quoting a term asks what it is (`Định nghĩa của "Người lao động"?`): the
            // article defining it need not hold the question's other words, so it is always
            // searched by any word, where the term's definition ("Người lao động là…") scores.
            let asksForATerm = isQuestion && plan.positiveItems.contains { $0.kind == .phrase && $0.column == nil && !$0.isDocumentNumber }
            func relaxes(_ everyWord: Int) -> Bool { relaxable && (everyWord == 0 || asksForATerm || (isQuestion && everyWord < page)) }
            var heldBack = false
            func relaxing(_ everyWord: Int) -> Bool {
                guard relaxes(everyWord) else { return false }
                heldBack = everyWord == 0 && !relaxesNothing
                return !heldBack
            }
            var marked = expression.text
            if listing == .count {
                var total = try count(counted.text, filters, db)
                let everyWord = total
                if relaxing(everyWord), let any = FTS5QueryCompiler.relaxed(plan) {
                    total = try count(any.text, filters, db)
                    marked = any.text
                    relaxed = total > everyWord
                }
                return (SearchResults(query: text, total: total, relaxed: relaxed, everyWordTotal: everyWord, hits: [], expansions: plan.expansions, reading: plan.reading, otherReading: plan.otherReading, expression: marked), heldBack)
            }
            func found(_ expression: FTS5Expression, counted: FTS5Expression, first: FTS5Expression?) throws -> (top: [(id: Int64, score: Double)], total: Int) {
                guard listing != .documents(ranked: false) else {
                    let ids = try matches(expression.text, filters, db)
                    return (ids.map { ($0, 0) }, ids.count)
                }
                return try ranked(expression, counted: counted, first: first, filters, limit: limit, db)
            }
            var (top, total) = try found(expression, counted: counted, first: first)
            let everyWord = total
            if relaxing(everyWord), let any = FTS5QueryCompiler.relaxed(plan) {
                (top, total) = try found(any, counted: any, first: everyWord == 0 ? first : nil)
                marked = any.text
                relaxed = total > everyWord
            }
            var results = SearchResults(query: text, total: total, relaxed: relaxed, everyWordTotal: everyWord, hits: [], expansions: plan.expansions, reading: plan.reading, otherReading: plan.otherReading, expression: marked)
            if listing == .page {
                results.hits = try hits(top, marking: marked, db)
            } else {
                results.documentIDs = top.map(\.id)
            }
            return (results, heldBack)
        }
    }

    struct Filters {
        var sql = ""
        var arguments: [DatabaseValueConvertible?] = []
    }

    static func filters(_ options: SearchOptions) throws -> Filters {
        var filters = Filters()
        if options.undatedOnly { filters.sql += " AND d.date IS NULL" }
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

    /// The best `limit` matches (all when 0), best first, and the number of matches. With a
    /// `first` tier, its documents come first, scored alone; when they fill the page, the
    /// others are only counted (by `counted`, the expression without its phrases).
    private func ranked(_ expression: FTS5Expression, counted: FTS5Expression, first tier: FTS5Expression?, _ filters: Filters, limit: Int, _ db: Database) throws -> (top: [(id: Int64, score: Double)], total: Int) {
        guard let tier else { return try scored(expression, filters, limit: limit, db) }
        // Only the tier's best `limit` are needed: when they fill the page the total is counted below.
        let first = try scored(tier, filters, limit: limit, db)
        if limit > 0, first.top.count == limit { return (first.top, try count(counted.text, filters, db)) }
        let rest = try scored(FTS5QueryCompiler.rest(of: expression, after: tier), filters, limit: limit == 0 ? 0 : limit - first.top.count, db)
        return (first.top + rest.top, first.total + rest.total)
    }

    /// The documents matching `expression`, in index order.
    private func matches(_ expression: String, _ filters: Filters, _ db: Database) throws -> [Int64] {
        let join = filters.sql.isEmpty ? "" : " JOIN documents d ON d.id = documents_fts.rowid"
        return try Int64.fetchAll(db, sql: "SELECT documents_fts.rowid FROM documents_fts\(join) WHERE documents_fts MATCH ?\(filters.sql)",
                                  arguments: StatementArguments([expression] + filters.arguments))
    }

    /// The hits of ranked matches, snippets cut with the words of `expression` marked.
    private func hits(_ top: [(id: Int64, score: Double)], marking expression: String, _ db: Database) throws -> [SearchHit] {
        let documentStatement = try db.cachedStatement(sql: "SELECT path, title, date, kind FROM documents WHERE id = ?")
        let snippetStatement = try db.cachedStatement(sql: """
            SELECT snippet(documents_fts, -1, char(57344), char(57345), '…', \(Self.snippetTokens))
            FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?
            """)
        return try top.enumerated().compactMap { index, row -> SearchHit? in
            let id = row.id
            guard let document = try Row.fetchOne(documentStatement, arguments: [id]) else { return nil }
            let marked = try String.fetchOne(snippetStatement, arguments: [expression, id]) ?? ""
            return SearchHit(
                rank: index + 1, id: id, path: document["path"], title: document["title"], date: document["date"],
                kind: document["kind"], score: -row.score, snippet: HighlightedText(marked: marked))
        }
    }

    /// The best `limit` matches (all when 0) with their bm25 scores, and the number
    /// of matches, in one pass: SQLite hands over every match unsorted and `MatchRanking`
    /// keeps the best (an `ORDER BY` would sort them all to use a page of them).
    private func scored(_ expression: FTS5Expression, _ filters: Filters, limit: Int, _ db: Database) throws -> (top: [(id: Int64, score: Double)], total: Int) {
        let join = filters.sql.isEmpty ? "" : " JOIN documents d ON d.id = documents_fts.rowid"
        let statement = try db.cachedStatement(sql: """
            SELECT \(MatchRanking.function)(documents_fts)
            FROM documents_fts\(join)
            WHERE documents_fts MATCH ?\(filters.sql)
            """)
        try statement.setArguments(StatementArguments([expression.text] + filters.arguments))
        // Unfiltered, every match reaches the ranking, which then counts its alternatives' documents.
        let alternatives = filters.sql.isEmpty ? expression.alternatives : []
        let lengths = alternatives.isEmpty ? nil : try db.cachedStatement(sql: "SELECT sz FROM documents_fts_docsize WHERE id = ?")
        let scores = try MatchRanking.rank(RawStatement(statement, db), limit: limit, weights: Self.columnWeights,
                                           alternatives: alternatives, lengths: lengths.map { RawStatement($0, db) })
        return (scores.best, scores.count)
    }
}
