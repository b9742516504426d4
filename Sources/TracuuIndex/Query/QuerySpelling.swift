import GRDB
import VietText

/// How a query was probably meant when the index barely holds its words, judged by the
/// index's own counts: raw Telex or VNI keystrokes read as their syllables (`coong ddoanf`
/// → công đoàn) and a did-you-mean from the words one edit away (`cogn doan` → cong doan,
/// `tham nhũg` → tham nhũng). Only plain words are read or corrected: quoted phrases,
/// prefixes, fields and exclusions stay as typed.
struct QuerySpelling {
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

    /// The text with each plain word typed as keystrokes read as its syllable, when the word
    /// matches almost nothing and the syllable more; nil when no word is read so.
    func reading(_ text: String) throws -> String? {
        var changed = false
        var pieces = Self.pieces(text)
        for index in pieces.indices where Self.isPlainWord(pieces[index]) {
            guard let syllable = KeystrokeDecoder.decode(pieces[index])?.syllable else { continue }
            let typed = try documents(pieces[index], cap: Self.countCap)
            guard typed < Self.countCap / Self.readingRatio,
                  try documents(syllable, cap: Self.countCap) > typed * Self.readingRatio else { continue }
            pieces[index] = syllable
            changed = true
        }
        return changed ? Self.joined(pieces) : nil
    }

    /// The plain words of the text that no document holds.
    func unmatchedWords(_ text: String) throws -> [String] {
        try Self.pieces(text).filter { Self.isPlainWord($0) }.filter { try documents($0, cap: 1) == 0 }
    }

    /// The text with each plain word the index barely holds replaced by the word one edit away
    /// (diacritics aside) that most documents hold; nil when no word has such a neighbour.
    func suggestion(_ text: String) throws -> String? {
        var changed = false
        var pieces = Self.pieces(text)
        for index in pieces.indices where Self.isPlainWord(pieces[index]) {
            let tokens = analyzer.tokens(in: pieces[index])
            guard tokens.count == 1, try documents(pieces[index], cap: Self.rare + 1) <= Self.rare,
                  let better = try neighbour(of: tokens[0]) else { continue }
            pieces[index] = better
            changed = true
        }
        return changed ? Self.joined(pieces) : nil
    }

    /// The most frequent word one edit from `token`: among diacritic-free words for a word typed
    /// without diacritics, else among the accented forms one edit from the typed form.
    private func neighbour(of token: Token) throws -> String? {
        let candidates = SpellingCandidates.oneEditAway(token.folded ?? token.exact)
        guard !candidates.isEmpty else { return nil }
        // The candidates that are words: those the index holds with diacritics, in one look-up.
        var forms: [String: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT folded, exact FROM \(AccentedForms.table) WHERE folded IN (\(Array(repeating: "?", count: candidates.count).joined(separator: ",")))
            """, arguments: StatementArguments(candidates))
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
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT \(cap))
            """, arguments: [FTS5QueryCompiler.quote(word)]) ?? 0
    }

    /// The text cut at white space; a piece inside a quoted phrase is marked with a leading quote
    /// so it never reads as a plain word (the pieces are joined back as typed, spaces aside).
    private static func pieces(_ text: String) -> [String] {
        var inPhrase = false
        return text.split(whereSeparator: { $0.isWhitespace }).map { piece in
            let quoted = inPhrase
            if piece.filter({ $0 == "\"" }).count % 2 == 1 { inPhrase.toggle() }
            return quoted && !piece.contains("\"") ? "\u{0}" + piece : String(piece)
        }
    }

    /// A word of letters (and digits) only: no syntax, no punctuation, not the operator OR.
    private static func isPlainWord(_ piece: String) -> Bool {
        piece != "OR" && piece.allSatisfy { $0.isLetter || $0.isNumber }
    }

    private static func joined(_ pieces: [String]) -> String {
        pieces.map { $0.hasPrefix("\u{0}") ? String($0.dropFirst()) : $0 }.joined(separator: " ")
    }
}
