import GRDB
import VietText

/// What an index knows about abbreviations: the senses learned from its
/// documents, the dictionary they make with the built-in list and the user's
/// file, how many documents use each sense and sentences that use them.
public struct AbbreviationCatalog {
    let database: IndexDatabase

    /// How many defining documents `usage` names.
    static let pathsShown = 5

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// One sense with the documents whose occurrences of the abbreviation count for it.
    public struct SenseUsage: Equatable, Sendable {
        public var expansion: String
        public var source: AbbreviationSense.Source
        public var documents: Int
        /// Documents that define the abbreviation with this sense ("người lao động (NLĐ)").
        public var definingDocuments: Int
        /// The first few of them, by path.
        public var definedIn: [String]
    }

    /// An abbreviation with the use of each of its senses.
    public struct Usage: Equatable, Sendable {
        public var abbr: String
        public var senses: [SenseUsage]
    }

    /// A sentence that uses an abbreviation, and where it comes from.
    public struct Example: Equatable, Sendable {
        public var path: String
        public var sentence: String
    }

    /// A read whose SQLite errors reach the user as one plain line.
    private func read<T>(_ body: (Database) throws -> T) throws -> T { try database.read(body) }

    /// The abbreviations the index's documents define, senses by how many documents define them.
    public func learned() throws -> [Abbreviation] {
        try read { db in try Self.learned(db) }
    }

    static func learned(_ db: Database) throws -> [Abbreviation] {
        guard try db.hasTable(AbbreviationAnnotator.table) else { return [] }
        var abbreviations: [Abbreviation] = []
        var index: [String: Int] = [:]
        func add(_ abbr: String, _ sense: AbbreviationSense) {
            guard let position = index[abbr] else {
                index[abbr] = abbreviations.count
                abbreviations.append(Abbreviation(abbr: abbr, senses: [sense]))
                return
            }
            let key = Abbreviation.expansionKey(sense.expansion)
            if let same = abbreviations[position].senses.firstIndex(where: { Abbreviation.expansionKey($0.expansion) == key }) {
                abbreviations[position].senses[same].definingDocuments += sense.definingDocuments
            } else {
                abbreviations[position].senses.append(sense)
            }
        }
        // The definitions in abbreviation order (read from the index on abbr), counted per
        // expansion here: the order of `GROUP BY abbr, expansion ORDER BY abbr, documents
        // DESC, expansion` (bytes compared), without the two sorts SQLite would make.
        let rows = try Row.fetchCursor(db, sql: "SELECT abbr, expansion FROM \(AbbreviationAnnotator.table) ORDER BY abbr")
        var abbr = ""
        var expansions: [String] = []
        func addDefinitions() {
            for (expansion, documents) in Self.countedByBytes(expansions) {
                add(abbr, AbbreviationSense(expansion: expansion, source: .learned, definingDocuments: documents))
            }
            expansions.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            let rowAbbr: String = row[0]
            if !Self.sameBytes(rowAbbr, abbr) {
                addDefinitions()
                abbr = rowAbbr
            }
            expansions.append(row[1])
        }
        addDefinitions()
        return abbreviations
    }

    /// Distinct strings (byte for byte, as SQLite groups them) with their counts, most frequent
    /// first, then in byte order.
    static func countedByBytes(_ strings: [String]) -> [(string: String, count: Int)] {
        var counted: [(string: String, count: Int)] = []
        for string in strings {
            if let same = counted.firstIndex(where: { sameBytes($0.string, string) }) {
                counted[same].count += 1
            } else {
                counted.append((string, 1))
            }
        }
        if counted.count > 1 {
            counted.sort { $0.count != $1.count ? $0.count > $1.count : $0.string.utf8.lexicographicallyPrecedes($1.string.utf8) }
        }
        return counted
    }

    /// Byte equality, as SQLite compares text (Swift's `==` is canonical equivalence).
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        return left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { leftBytes.elementsEqual($0) }
        }.flatMap { $0 } ?? left.utf8.elementsEqual(right.utf8)
    }

    /// Built-in, learned and the user's abbreviations, the user's first.
    public func dictionary(user: [Abbreviation] = []) throws -> AbbreviationDictionary {
        AbbreviationDictionary(learned: try learned(), user: user)
    }

    /// The expander for `query`: from the index's snapshot, only the entries the query's
    /// words reach; from the whole dictionary when the index has no current snapshot.
    func expander(for query: SearchQuery, user: [Abbreviation], analyzer: Analyzer, _ db: Database) throws -> AbbreviationExpander {
        let keys = AbbreviationExpander.lookupKeys(of: query, analyzer: analyzer)
        // A snapshot that does not read is left for the merge, which reports a damaged index.
        func contexts(_ abbreviations: [Abbreviation]) throws -> AbbreviationContexts {
            abbreviations.contains { $0.senses.count > 1 } ? try AbbreviationContexts.read(db) : .none
        }
        if let entries = (try? AbbreviationSnapshot.entries(filedUnder: keys, db)) ?? nil {
            let abbreviations = AbbreviationSnapshot.overriding(entries, with: user)
            return AbbreviationExpander(abbreviations: abbreviations, analyzer: analyzer, contexts: try contexts(abbreviations))
        }
        do {
            let dictionary = AbbreviationDictionary(learned: try Self.learned(db), user: user)
            return AbbreviationExpander(dictionary: dictionary, analyzer: analyzer, contexts: try contexts(dictionary.abbreviations))
        } catch let error as DatabaseError {
            throw SQLiteFailure.error(error, path: database.path, during: .reading)
        }
    }

    /// How many documents use each sense: an occurrence in capitals counts for the
    /// sense its document spells out, else for the first sense.
    public func usage(of abbreviations: [Abbreviation]) throws -> [Usage] {
        let analyzer = Analyzer()
        return try read { db in
            let count = try db.cachedStatement(sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?")
            let defining = try db.cachedStatement(sql: """
                SELECT a.expansion, d.path FROM \(AbbreviationAnnotator.table) a JOIN documents d ON d.id = a.document
                WHERE a.abbr = ? ORDER BY d.path
                """)
            let contexts = try AbbreviationContexts.read(db)
            return try abbreviations.map { abbreviation in
                let expressions = Self.senseExpressions(abbreviation, analyzer: analyzer, contexts: contexts.contexts(of: abbreviation))
                var paths: [String: [String]] = [:]
                for row in try Row.fetchAll(defining, arguments: [Abbreviation.key(abbreviation.abbr)]) {
                    paths[Abbreviation.expansionKey(row["expansion"]), default: []].append(row["path"])
                }
                return Usage(abbr: abbreviation.abbr, senses: try zip(abbreviation.senses, expressions).map { sense, expression in
                    let definedIn = paths[Abbreviation.expansionKey(sense.expansion)] ?? []
                    return SenseUsage(expansion: sense.expansion, source: sense.source,
                                      documents: try Int.fetchOne(count, arguments: [expression]) ?? 0,
                                      definingDocuments: definedIn.count, definedIn: Array(definedIn.prefix(Self.pathsShown)))
                })
            }
        }
    }

    /// For each sense, the FTS5 expression of documents whose capitals count for it
    /// (`PlannedQuery.SenseCondition`, the rule a search applies).
    static func senseExpressions(_ abbreviation: Abbreviation, analyzer: Analyzer, contexts: [[String]] = []) -> [String] {
        let capitals = AbbreviationExpander.capitalsText(abbreviation.abbr, analyzer)
        let expansions = abbreviation.senses.map(\.expansion)
        return expansions.indices.map { sense in
            FTS5QueryCompiler.capitals(capitals, under: PlannedQuery.SenseCondition.conditions(
                forSense: sense, of: expansions, contexts: contexts, capitals: capitals))
        }
    }

    /// Sentences that use the abbreviation, from documents that define it first.
    public func examples(of abbreviation: Abbreviation, limit: Int = 3) throws -> [Example] {
        let capitals = FTS5QueryCompiler.capitals(AbbreviationExpander.capitalsText(abbreviation.abbr, Analyzer()), under: [.init()])
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.path, d.title, d.lead, d.body FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
                WHERE documents_fts MATCH ?
                ORDER BY d.id IN (SELECT document FROM \(AbbreviationAnnotator.table) WHERE abbr = ?) DESC, d.id
                LIMIT ?
                """, arguments: [capitals, Abbreviation.key(abbreviation.abbr), limit * 4])
            var examples: [Example] = []
            for row in rows where examples.count < limit {
                let text = Document.fullText(of: row)
                if let sentence = AbbreviationSentence.first(using: abbreviation.abbr, in: text) {
                    examples.append(Example(path: row["path"], sentence: sentence))
                }
            }
            return examples
        }
    }
}
