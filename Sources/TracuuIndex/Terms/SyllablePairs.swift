import GRDB
import VietText

/// How often two words stand together in the indexed titles and leads, by their exact
/// forms, filed under their unaccented spelling: `tham nhung` → tham nhũng 61, thăm nhưng 2…
/// Counted on the analysis workers (`SyllablePairCounter`), added up by the writer and
/// stored at the end of a run; read by `QueryPlanner` to choose the reading of an unaccented
/// query. Counts only grow: pairs of documents removed since stay counted.
enum SyllablePairs {
    static let table = "syllable_pairs"
    /// A pair counts once seen this often in one run: the rest is noise that would only
    /// make the table (and the build) larger.
    static let minimumCount = 2

    /// Adds a run's counts, each pair filed under its unaccented spelling.
    static func add(_ counts: [String: Int], _ db: Database) throws {
        let analyzer = Analyzer()
        var folded: [Substring: String] = [:]
        func fold(_ word: Substring) -> String {
            if let known = folded[word] { return known }
            let tokens = analyzer.tokens(in: String(word))
            let form = tokens.count == 1 ? tokens[0].folded ?? tokens[0].exact : String(word)
            folded[word] = form
            return form
        }
        let rows = counts.filter { $0.value >= minimumCount }.sorted { $0.key < $1.key }
        guard !rows.isEmpty else { return }
        let statement = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO \(table)(folded, exact, count) VALUES (?, ?, ?)
            ON CONFLICT(folded, exact) DO UPDATE SET count = count + excluded.count
            """), db)
        for (pair, count) in rows {
            let words = pair.split(separator: " ", maxSplits: 1)
            guard words.count == 2 else { continue }
            statement.bind(fold(words[0]) + " " + fold(words[1]), at: 1)
            statement.bind(pair, at: 2)
            statement.bind(Int64(count), at: 3)
            try statement.execute()
        }
    }

    /// The exact pairs filed under an unaccented pair (`tham nhung`), with their counts.
    static func readings(of folded: String, _ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: "SELECT exact, count FROM \(table) WHERE folded = ?", arguments: [folded])
        return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: +)
    }
}

/// An analysis worker's side of `SyllablePairs`: counts the adjacent words of the texts it is
/// given (two words separated by spaces only, one of them at least with a diacritic).
final class SyllablePairCounter {
    private var counts: [String: Int32] = [:]

    func count(_ text: AnalyzedText) {
        let bytes = Array(text.text.utf8)
        var previous: (exact: [UInt8], end: Int, accented: Bool)?
        _ = text.replay { word in
            let exact = Array(word.exact)
            let accented = exact.contains { $0 >= 0x80 }
            if let last = previous, last.accented || accented,
               bytes[last.end..<Int(word.start)].allSatisfy({ $0 == 0x20 }) {
                counts[String(decoding: last.exact + [0x20] + exact, as: UTF8.self), default: 0] += 1
            }
            previous = (exact, Int(word.end), accented)
            return 0
        }
    }

    /// Counts made since the last call.
    func take() -> [String: Int32] {
        defer { counts.removeAll(keepingCapacity: true) }
        return counts
    }
}
