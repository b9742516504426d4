import GRDB
import VietText

/// The words that, written just before an abbreviation, tell which of its senses it means where
/// its document spells none out, from the index's own syllable pair counts: "Công ty CP" is
/// cổ phần, as titles and leads write "công ty cổ phần" often and "công ty Chính phủ" hardly
/// ever; "Thủ tướng CP" is Chính phủ. Found when the abbreviation snapshot is written (after the
/// run's pairs are stored) and kept in `meta`; read by `AbbreviationExpander` and the usage counts.
struct AbbreviationContexts {
    static let metaKey = "abbreviation_contexts"
    /// A word tells a sense when the titles and leads write it before the sense's first word at
    /// least this often, and never (fewer times than `SyllablePairs` keeps) before the first
    /// word of another sense: "cấp" does not tell cao đẳng, as "cấp cao" is common but "cấp
    /// công đoàn" is written too.
    static let minimumCount = 5
    /// …and at least this share of all the pairs it starts: "của" or "đã" stand before every
    /// word, so they tell nothing.
    static let minimumShare = 0.05
    /// The most frequent such words kept for each sense.
    static let perSense = 3

    /// Words by abbreviation key, then by sense expansion key.
    private var words: [String: [String: [String]]] = [:]

    static let none = AbbreviationContexts()

    /// The words of each sense of `abbreviation`, in its sense order (none when it has no contexts).
    func contexts(of abbreviation: Abbreviation) -> [[String]] {
        guard abbreviation.senses.count > 1, let senses = words[Abbreviation.key(abbreviation.abbr)] else { return [] }
        return abbreviation.senses.map { senses[Abbreviation.expansionKey($0.expansion)] ?? [] }
    }

    /// The contexts the last snapshot stored (none in an index without them).
    static func read(_ db: Database) throws -> AbbreviationContexts {
        guard let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey]) else { return .none }
        var contexts = AbbreviationContexts()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            contexts.words[String(fields[0]), default: [:]][String(fields[1])] = fields[2].split(separator: " ").map(String.init)
        }
        return contexts
    }

    /// Finds the contexts of every abbreviation of `dictionary` whose senses start with different
    /// words, and stores them. Senses sharing a first word (cổ phần, cổ phiếu) get its words
    /// for the one whose first two words are written most.
    static func write(_ dictionary: AbbreviationDictionary, _ db: Database) throws {
        let analyzer = Analyzer()
        var ambiguous: [(abbreviation: Abbreviation, firsts: [String], pairs: [String?])] = []
        for abbreviation in dictionary.abbreviations where abbreviation.senses.count > 1 {
            let tokens = abbreviation.senses.map { analyzer.tokens(in: $0.expansion) }
            guard tokens.allSatisfy({ !$0.isEmpty }) else { continue }
            let firsts = tokens.map { $0[0].exact }
            guard Set(firsts).count > 1 else { continue }
            let pairs = tokens.map { $0.count > 1 ? ($0[0].folded ?? $0[0].exact) + " " + ($0[1].folded ?? $0[1].exact) + "\t" + $0[0].exact + " " + $0[1].exact : nil }
            ambiguous.append((abbreviation, firsts, pairs))
        }
        var lines: [String] = []
        if !ambiguous.isEmpty, try db.hasTable(SyllablePairs.table) {
            // Every pair of the table is read: its words are compared as bytes (exact forms are NFC).
            let needed = Set(ambiguous.flatMap(\.firsts).map { Array($0.utf8) })
            var before: [String: [String: Int]] = [:]
            var starting: [[UInt8]: Int] = [:]
            let rows = RawStatement(try db.makeStatement(sql: "SELECT exact, count FROM \(SyllablePairs.table)"), db)
            while try rows.step() {
                let pair = rows.text(at: 0)
                let count = Int(rows.int64(at: 1))
                guard let space = pair.firstIndex(of: 0x20) else { continue }
                let first = Array(pair[..<space])
                starting[first, default: 0] += count
                let second = Array(pair[(space + 1)...])
                guard needed.contains(second) else { continue }
                before[String(decoding: second, as: UTF8.self), default: [:]][String(decoding: first, as: UTF8.self), default: 0] += count
            }
            var written: [String: Int] = [:]
            func count(_ pair: String?) throws -> Int {
                guard let pair else { return 0 }
                if let known = written[pair] { return known }
                let parts = pair.split(separator: "\t")
                let value = try SyllablePairs.readings(of: String(parts[0]), db)[String(parts[1])] ?? 0
                written[pair] = value
                return value
            }
            for entry in ambiguous {
                for first in Set(entry.firsts).sorted() {
                    let senses = entry.firsts.indices.filter { entry.firsts[$0] == first }
                    var owner = senses[0]
                    for sense in senses.dropFirst() where try count(entry.pairs[sense]) > count(entry.pairs[owner]) { owner = sense }
                    let others = Set(entry.firsts).subtracting([first])
                    let words = (before[first] ?? [:]).filter { word, written in
                        written >= minimumCount && Double(written) >= minimumShare * Double(starting[Array(word.utf8)] ?? 0)
                            && others.allSatisfy { before[$0]?[word] == nil }
                    }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(perSense).map(\.key)
                    guard !words.isEmpty else { continue }
                    lines.append("\(Abbreviation.key(entry.abbreviation.abbr))\t\(Abbreviation.expansionKey(entry.abbreviation.senses[owner].expansion))\t\(words.joined(separator: " "))")
                }
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [metaKey, lines.joined(separator: "\n")])
    }
}
