import GRDB
import VietText

/// How a query was probably meant when the index barely holds its words, judged by the
/// index's own counts: raw Telex or VNI keystrokes read as their syllables (`coong ddoanf`
/// → công đoàn) and a did-you-mean from the words one edit away (`cogn doan` → cong doan,
/// `tham nhũg` → tham nhũng). Works on the parsed query (`SearchQuery`): only its plain
/// words are read or corrected; quoted phrases, prefixes, fields and exclusions stay as typed.
final class QuerySpelling {
    /// A word in this many documents or fewer "matches almost nothing".
    static let rare = 2
    /// Keystrokes are read as their syllable when it is in more than this many times the
    /// documents the keystrokes are in (`coong` matches a rare name, Coỏng; công is everywhere).
    static let readingRatio = 20
    /// Counting stops here: enough to tell a common word from a rare one, at a bounded cost
    /// (a tie between words this common goes to the likelier typo, `SpellingCandidates`).
    static let countCap = 100

    let analyzer: Analyzer
    let db: Database
    /// Documents counted per word, up to the cap they were counted to: each word is counted
    /// once per search, whichever check asks first.
    private var counted: [String: (count: Int, cap: Int)] = [:]

    init(analyzer: Analyzer, db: Database) {
        self.analyzer = analyzer
        self.db = db
    }

    /// The query with each plain word typed as keystrokes read as its syllable, when the word
    /// matches almost nothing and the syllable more; nil when no word is read so.
    func reading(_ query: SearchQuery) throws -> SearchQuery? {
        var read = query
        var changed = false
        for place in Self.plainWords(query) {
            let word = query[place].text
            guard let syllable = KeystrokeDecoder.decode(word)?.syllable else { continue }
            let typed = try documents(word, cap: Self.countCap)
            guard typed < Self.countCap / Self.readingRatio,
                  try documents(syllable, cap: Self.countCap) > typed * Self.readingRatio else { continue }
            read[place].text = syllable
            changed = true
        }
        return changed ? read : nil
    }

    /// The plain words of the query that no document holds.
    func unmatchedWords(_ query: SearchQuery) throws -> [String] {
        try Self.plainWords(query).map { query[$0].text }.filter { try documents($0, cap: 1) == 0 }
    }

    /// The query with each plain word the index barely holds replaced by the word one edit away
    /// (diacritics aside) that most documents hold; nil when no word has such a neighbour.
    func suggestion(_ query: SearchQuery) throws -> SearchQuery? {
        var suggested = query
        var changed = false
        for place in Self.plainWords(query) {
            let word = query[place].text
            let tokens = analyzer.tokens(in: word)
            guard tokens.count == 1, try documents(word, cap: Self.rare + 1) <= Self.rare,
                  let better = try neighbour(of: tokens[0]) else { continue }
            suggested[place].text = better
            changed = true
        }
        return changed ? suggested : nil
    }

    /// The most frequent word one edit from `token`: among diacritic-free words for a word typed
    /// without diacritics, else among the accented forms one edit from the typed form.
    private func neighbour(of token: Token) throws -> String? {
        let candidates = SpellingCandidates.oneEditAway(token.folded ?? token.exact)
        guard !candidates.isEmpty else { return nil }
        // The candidates that are words: those the index holds with diacritics, in one look-up,
        // the candidates bound as one JSON array (they are letters a to z only).
        var forms: [String: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT folded, exact FROM \(AccentedForms.table) WHERE folded IN (SELECT value FROM json_each(?))
            """, arguments: ["[\"" + candidates.joined(separator: "\",\"") + "\"]"])
        while let row = try rows.next() { forms[row[0], default: []].append(row[1]) }
        var found: [(candidate: String, documents: Int)] = []
        for candidate in candidates {
            guard let accented = forms[candidate] else { continue }
            if token.folded == nil {
                found.append((candidate, try documents(candidate, cap: Self.countCap)))
            } else {
                for form in accented where SpellingCandidates.isOneEditAway(form, token.exact) {
                    found.append((form, try documents(form, cap: Self.countCap)))
                }
            }
        }
        return SpellingCandidates.best(found, minimumDocuments: Self.rare + 1)
    }

    /// How many documents hold the word as a query matches it, counting up to `cap`.
    private func documents(_ word: String, cap: Int) throws -> Int {
        if let known = counted[word], known.count < known.cap || known.cap >= cap { return min(known.count, cap) }
        let count = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT \(cap))
            """, arguments: [FTS5QueryCompiler.quote(word)]) ?? 0
        counted[word] = (count, cap)
        return count
    }

    /// Where the query's plain words are: required words or alternatives typed alone, of
    /// letters and digits only (no phrase, prefix, field, exclusion or punctuation).
    private static func plainWords(_ query: SearchQuery) -> [SearchQuery.Place] {
        query.places.filter { place in
            let atom = query[place]
            return !query.clauses[place.clause].negated && !atom.isPhrase && !atom.isPrefix && atom.column == nil
                && atom.text.allSatisfy { $0.isLetter || $0.isNumber }
        }
    }
}
