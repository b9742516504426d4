import Foundation
import GRDB
import VietText

/// How often two words stand together in the indexed titles and leads, by their exact
/// forms, filed under their unaccented spelling: `tham nhung` → tham nhũng 61, thăm nhưng 2…;
/// and three words, in a table of their own (`tong lien doan` → tổng liên đoàn, never
/// "tông liên đoàn" though "xe tông liên hoàn" writes tông liên).
/// Counted on the analysis workers (`SyllablePairCounter`), added up once they are done
/// (`Totals`) and stored at the end of a run; read by `QueryPlanner` to choose the reading of an unaccented
/// query. The pairs of a document removed or changed are taken off in the same run.
enum SyllablePairs {
    static let table = "syllable_pairs"
    static let triples = "syllable_triples"
    /// A pair counts once seen this often in one run: the rest is noise that would only
    /// make the table (and the build) larger.
    static let minimumCount = 2

    /// A run's pairs, added up from each worker's `SyllablePairCounter`, each filed under its
    /// unaccented spelling, on a thread of their own once every worker is done (while the writer
    /// still stores the last files); the writer then stores them (`store`).
    final class Totals: @unchecked Sendable {
        private var rows: [Row] = []
        private let ready = DispatchSemaphore(value: 0)
        private let counters: [SyllablePairCounter]

        /// Starts adding up `counters` when the last of `workers` (entered already) leaves.
        init(after workers: DispatchGroup, counters: [SyllablePairCounter]) {
            self.counters = counters
            workers.notify(queue: .global()) { [self] in
                rows = SyllablePairs.rows(counters)
                ready.signal()
            }
        }

        /// Adds the run's counts to the table, inside the writer's transaction, less the pairs of
        /// the documents the run removed or replaced (`removed`, counted as they were indexed): a
        /// pair counted no more leaves the table.
        func store(_ db: Database, removed: SyllablePairCounter? = nil) throws {
            ready.wait()
            if let removed, !removed.counts.isEmpty { try takeOff(removed, db) }
            guard !rows.isEmpty else { return }
            let statements = try [table, triples].map { table in
                RawStatement(try db.cachedStatement(sql: """
                    INSERT INTO \(table)(folded, exact, count) VALUES (?, ?, ?)
                    ON CONFLICT(folded, exact) DO UPDATE SET count = count + excluded.count
                    """), db)
            }
            defer { statements.forEach { $0.clearBindings() } }
            for row in rows {
                let statement = statements[row.isTriple ? 1 : 0]
                try row.folded.withUnsafeBufferPointer { folded in
                    try row.exact.withUnsafeBufferPointer { exact in
                        statement.bind(borrowing: folded, at: 1)
                        statement.bind(borrowing: exact, at: 2)
                        statement.bind(Int64(row.count), at: 3)
                        try statement.execute()
                    }
                }
            }
        }

        /// Takes off the removed pairs, less those this run counted again but did not store (too few).
        private func takeOff(_ removed: SyllablePairCounter, _ db: Database) throws {
            let analyzer = Analyzer()
            let statements = try [table, triples].map { table in
                try db.cachedStatement(sql: "UPDATE \(table) SET count = count - ? WHERE folded = ? AND exact = ?")
            }
            for (pair, count) in removed.counts {
                let added = counters.reduce(Int32(0)) { $0 + ($1.counts[pair] ?? 0) }
                let taken = count - (added < minimumCount ? added : 0)
                let words = pair.bytes.split(separator: 0x20)
                guard taken > 0, words.count == 2 || words.count == 3 else { continue }
                let folded = words.map { word -> String in
                    let tokens = analyzer.tokens(in: String(decoding: word, as: UTF8.self))
                    return tokens.count == 1 ? tokens[0].folded ?? tokens[0].exact : String(decoding: word, as: UTF8.self)
                }.joined(separator: " ")
                try statements[words.count - 2].execute(arguments: [Int64(taken), folded, String(decoding: pair.bytes, as: UTF8.self)])
            }
            try db.execute(sql: "DELETE FROM \(table) WHERE count <= 0")
            try db.execute(sql: "DELETE FROM \(triples) WHERE count <= 0")
        }
    }

    /// A pair or triple to store: its unaccented spelling, its exact forms, how often.
    struct Row {
        var folded: [UInt8]
        var exact: [UInt8]
        var count: Int32
        var isTriple: Bool
    }

    /// The pairs and triples seen at least `minimumCount` times, with their unaccented spelling, in the
    /// order of the tables' keys (SQLite compares text bytes): each row goes to the end of its B-tree.
    private static func rows(_ counters: [SyllablePairCounter]) -> [Row] {
        guard var counts = counters.first?.counts else { return [] }
        counts.reserveCapacity(counters.reduce(0) { $0 + $1.counts.count })
        for counter in counters.dropFirst() {
            for (pair, count) in counter.counts { counts[pair, default: 0] += count }
        }
        let analyzer = Analyzer()
        var folded: [SyllablePairCounter.Pair: [UInt8]] = [:]
        func fold(_ word: ArraySlice<UInt8>) -> [UInt8] {
            let key = SyllablePairCounter.Pair(bytes: Array(word))
            if let known = folded[key] { return known }
            let tokens = analyzer.tokens(in: String(decoding: word, as: UTF8.self))
            let form = tokens.count == 1 ? Array((tokens[0].folded ?? tokens[0].exact).utf8) : key.bytes
            folded[key] = form
            return form
        }
        var rows: [Row] = []
        for (pair, count) in counts where count >= minimumCount {
            let words = pair.bytes.split(separator: 0x20, omittingEmptySubsequences: false)
            guard words.count == 2 || words.count == 3, !words.contains(where: \.isEmpty) else { continue }
            rows.append(Row(folded: Array(words.map(fold).joined(separator: [0x20])), exact: pair.bytes, count: count, isTriple: words.count == 3))
        }
        rows.sort { $0.folded == $1.folded ? $0.exact.lexicographicallyPrecedes($1.exact) : $0.folded.lexicographicallyPrecedes($1.folded) }
        return rows
    }

    /// Counts the pairs and triples of every stored title and lead again, in place of the tables' rows: the
    /// step to schema 4, whose counts also hold pairs of two unaccented words ("thanh tra"), and to schema 5 (triples).
    static func recount(_ db: Database) throws {
        let counter = SyllablePairCounter()
        let analyzer = IndexTermAnalyzer()
        let texts = try GRDB.Row.fetchCursor(db, sql: "SELECT title, lead FROM documents")
        while let row = try texts.next() {
            counter.count(analyzer.analyze(row[0]))
            counter.count(analyzer.analyze(row[1]))
        }
        try db.execute(sql: "DELETE FROM \(table)")
        try db.execute(sql: "DELETE FROM \(triples)")
        try Totals(after: DispatchGroup(), counters: [counter]).store(db)
    }

    /// The exact pairs filed under an unaccented pair (`tham nhung`), or the exact triples under
    /// three unaccented words, with their counts.
    static func readings(of folded: String, _ db: Database) throws -> [String: Int] {
        let table = folded.split(separator: " ").count == 3 ? triples : table
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT exact, count FROM \(table) WHERE folded = ?", arguments: [folded])
        return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: +)
    }
}

extension SyllablePairs {
    /// Where a pair stands in the words read: nothing typed before it, or nothing after it.
    enum Edge { case start, end }

    /// The pairs `written` of the unaccented pair `folded`, less the times one of their words
    /// was held by a pair written more often with its neighbour outside them: at the start of
    /// the words read, "báo lũ" is written 8 times, all in "cảnh báo lũ" (cảnh báo 363), so
    /// `bao lu` has no evidence for báo lũ. A pair so held every time is left out.
    static func unglued(_ written: [String: Int], of folded: String, at edge: Edge, _ db: Database) throws -> [String: Int] {
        guard !written.isEmpty else { return written }
        let rows = try GRDB.Row.fetchAll(db, sql: edge == .start
            ? "SELECT folded, exact, count FROM \(triples) WHERE substr(folded, instr(folded, ' ') + 1) = ?"
            : "SELECT folded, exact, count FROM \(triples) WHERE folded >= ? || ' ' AND folded < ? || '!'",
            arguments: edge == .start ? [folded] : [folded, folded])
        var unglued = written
        var neighbours: [String: [String: Int]] = [:]
        for row in rows {
            let foldedWords = (row[0] as String).split(separator: " ").map(String.init)
            let words = (row[1] as String).split(separator: " ").map(String.init)
            guard words.count == 3, foldedWords.count == 3 else { continue }
            let pair = edge == .start ? words[1] + " " + words[2] : words[0] + " " + words[1]
            let outer = edge == .start ? (foldedWords[0] + " " + foldedWords[1], words[0] + " " + words[1])
                : (foldedWords[1] + " " + foldedWords[2], words[1] + " " + words[2])
            guard let times = unglued[pair], let own = written[pair] else { continue }
            if neighbours[outer.0] == nil { neighbours[outer.0] = try readings(of: outer.0, db) }
            guard neighbours[outer.0]?[outer.1] ?? 0 > own else { continue }
            unglued[pair] = times - (row[2] as Int)
        }
        return unglued.filter { $0.value > 0 }
    }
}

/// An analysis worker's side of `SyllablePairs`: counts the adjacent words of the texts it is
/// given (two words separated by spaces only, with or without diacritics: "thanh tra" must be
/// counted to outweigh "thanh trà"), for the whole run; the writer adds up the workers' counts once they are done. Used by one
/// thread at a time: its worker, then the writer after that worker has finished.
final class SyllablePairCounter: @unchecked Sendable {
    /// Two exact forms with a space between, as UTF-8.
    struct Pair: Hashable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

    }

    private(set) var counts: [Pair: Int32] = Dictionary(minimumCapacity: 1 << 15)
    /// The last one or two words' exact forms, a space between (reused: only a new pair or
    /// triple allocates, its key), and where the last of them starts.
    private var run: [UInt8] = []
    /// The pair a triple ends with, copied out of `run` to be looked up.
    private var pair: [UInt8] = []

    func count(_ text: AnalyzedText) {
        // Worked on as locals (swapped out and back), not as properties checked for exclusive access at each use.
        var counts: [Pair: Int32] = [:]
        var run: [UInt8] = []
        var pair: [UInt8] = []
        swap(&counts, &self.counts)
        swap(&run, &self.run)
        swap(&pair, &self.pair)
        defer {
            swap(&counts, &self.counts)
            swap(&run, &self.run)
            swap(&pair, &self.pair)
        }
        func add(_ key: [UInt8]) {
            if let index = counts.index(forKey: Pair(bytes: key)) {
                counts.values[index] += 1
            } else {
                // A key of its own size: the buffer's capacity is that of the longest yet.
                counts[Pair(bytes: key.withUnsafeBufferPointer { Array($0) })] = 1
            }
        }
        var string = text.text
        string.withUTF8 { bytes in
            var previousEnd = -1
            var words = 0
            var lastStart = 0
            run.removeAll(keepingCapacity: true)
            _ = text.replay { word in
                let start = Int(word.start)
                if previousEnd >= 0, bytes[previousEnd..<start].allSatisfy({ $0 == 0x20 }) {
                    run.append(0x20)
                    run.append(contentsOf: word.exact)
                    if words == 2 {
                        add(run)
                        pair.removeAll(keepingCapacity: true)
                        pair.append(contentsOf: run[lastStart...])
                        add(pair)
                        run.removeSubrange(0..<lastStart)
                    } else {
                        add(run)
                        words = 2
                    }
                    lastStart = run.count - word.exact.count
                } else {
                    run.removeAll(keepingCapacity: true)
                    run.append(contentsOf: word.exact)
                    words = 1
                }
                previousEnd = Int(word.end)
                return 0
            }
        }
    }
}
