import Foundation
import GRDB
import VietText

/// How often two words stand together in the indexed titles and leads, by their exact
/// forms, filed under their unaccented spelling: `tham nhung` → tham nhũng 61, thăm nhưng 2…
/// Counted on the analysis workers (`SyllablePairCounter`), added up once they are done
/// (`Totals`) and stored at the end of a run; read by `QueryPlanner` to choose the reading of an unaccented
/// query. The pairs of a document removed or changed are taken off in the same run.
enum SyllablePairs {
    static let table = "syllable_pairs"
    /// A pair counts once seen this often in one run: the rest is noise that would only
    /// make the table (and the build) larger.
    static let minimumCount = 2

    /// A run's pairs, added up from each worker's `SyllablePairCounter`, each filed under its
    /// unaccented spelling, on a thread of their own once every worker is done (while the writer
    /// still stores the last files); the writer then stores them (`store`).
    final class Totals: @unchecked Sendable {
        private var rows: [(folded: [UInt8], exact: [UInt8], count: Int32)] = []
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
            let statement = RawStatement(try db.cachedStatement(sql: """
                INSERT INTO \(table)(folded, exact, count) VALUES (?, ?, ?)
                ON CONFLICT(folded, exact) DO UPDATE SET count = count + excluded.count
                """), db)
            defer { statement.clearBindings() }
            for row in rows {
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
            let statement = try db.cachedStatement(sql: "UPDATE \(table) SET count = count - ? WHERE folded = ? AND exact = ?")
            for (pair, count) in removed.counts {
                let added = counters.reduce(Int32(0)) { $0 + ($1.counts[pair] ?? 0) }
                let taken = count - (added < minimumCount ? added : 0)
                let bytes = pair.bytes
                guard taken > 0, let space = bytes.firstIndex(of: 0x20) else { continue }
                let folded = [bytes[..<space], bytes[(space + 1)...]].map { word -> String in
                    let tokens = analyzer.tokens(in: String(decoding: word, as: UTF8.self))
                    return tokens.count == 1 ? tokens[0].folded ?? tokens[0].exact : String(decoding: word, as: UTF8.self)
                }.joined(separator: " ")
                try statement.execute(arguments: [Int64(taken), folded, String(decoding: bytes, as: UTF8.self)])
            }
            try db.execute(sql: "DELETE FROM \(table) WHERE count <= 0")
        }
    }

    /// The pairs seen at least `minimumCount` times, with their unaccented spelling, in the
    /// order of the table's key (SQLite compares text bytes): each row goes to the end of the B-tree.
    private static func rows(_ counters: [SyllablePairCounter]) -> [(folded: [UInt8], exact: [UInt8], count: Int32)] {
        guard var counts = counters.first?.counts else { return [] }
        counts.reserveCapacity(counters.reduce(0) { $0 + $1.counts.count })
        for counter in counters.dropFirst() {
            for (pair, count) in counter.counts { counts[pair, default: 0] += count }
        }
        let analyzer = Analyzer()
        var folded: [SyllablePairCounter.Pair: [UInt8]] = [:]
        func fold(_ word: ArraySlice<UInt8>) -> [UInt8] {
            let key = word.withUnsafeBufferPointer { SyllablePairCounter.Pair($0, nil) }
            if let known = folded[key] { return known }
            let tokens = analyzer.tokens(in: String(decoding: word, as: UTF8.self))
            let form = tokens.count == 1 ? Array((tokens[0].folded ?? tokens[0].exact).utf8) : key.bytes
            folded[key] = form
            return form
        }
        var rows: [(folded: [UInt8], exact: [UInt8], count: Int32)] = []
        for (pair, count) in counts where count >= minimumCount {
            let bytes = pair.bytes
            guard let space = bytes.firstIndex(of: 0x20), space > 0, space + 1 < bytes.count else { continue }
            rows.append((fold(bytes[..<space]) + [0x20] + fold(bytes[(space + 1)...]), bytes, count))
        }
        rows.sort { $0.folded == $1.folded ? $0.exact.lexicographicallyPrecedes($1.exact) : $0.folded.lexicographicallyPrecedes($1.folded) }
        return rows
    }

    /// Counts the pairs of every stored title and lead again, in place of the table's rows: the
    /// step to schema 4, whose counts also hold pairs of two unaccented words ("thanh tra").
    static func recount(_ db: Database) throws {
        let counter = SyllablePairCounter()
        let analyzer = IndexTermAnalyzer()
        let texts = try Row.fetchCursor(db, sql: "SELECT title, lead FROM documents")
        while let row = try texts.next() {
            counter.count(analyzer.analyze(row[0]))
            counter.count(analyzer.analyze(row[1]))
        }
        try db.execute(sql: "DELETE FROM \(table)")
        try Totals(after: DispatchGroup(), counters: [counter]).store(db)
    }

    /// The exact pairs filed under an unaccented pair (`tham nhung`), with their counts.
    static func readings(of folded: String, _ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: "SELECT exact, count FROM \(table) WHERE folded = ?", arguments: [folded])
        return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: +)
    }
}
