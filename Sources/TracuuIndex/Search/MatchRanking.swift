import Foundation
import GRDB
import GRDBSQLite

/// Ranks every match of one FTS5 statement by bm25, as FTS5's `bm25()` scores it (same
/// formula, same arithmetic, so the same doubles), keeping the best page in `BestScores`.
/// A match's length (its `_docsize` row, a read per match) is looked up only when the match
/// could still enter the page, taking it as short as its hits allow: the score falls as the
/// length grows, and the length is at least one past the last hit of each column. A broad
/// query (`hoà*`) matches far more documents than a page holds, and most never reach it.
/// The phrases that are the expression's top-level alternatives (`UBND` or "Ủy ban nhân dân")
/// have their documents counted among the matches, where bm25 queries each phrase apart.
///
/// The statement selects `tracuu_rank(documents_fts)`; FTS5 calls back here for each match.
final class MatchRanking {
    static let function = "tracuu_rank"
    private static let k1 = 1.2
    private static let b = 0.75

    @exclusivity(unchecked) private(set) var scores: BestScores
    private let weights: UnsafeMutableBufferPointer<Double>
    /// Per column: one past the offset of its last hit in the match.
    private let columnEnds: UnsafeMutableBufferPointer<Int32>
    /// Per phrase: its inverse document frequency, and its hits in the match, weighted.
    @exclusivity(unchecked) private var idf: UnsafeMutableBufferPointer<Double>?
    @exclusivity(unchecked) private var frequencies = UnsafeMutableBufferPointer<Double>(start: nil, count: 0)
    @exclusivity(unchecked) private var averageLength = 0.0
    @exclusivity(unchecked) private var totalRows = 0.0
    @exclusivity(unchecked) private var failure = SQLITE_OK
    /// The phrases whose documents are counted among the matches, not queried apart: the
    /// expression's top-level alternatives, when every match reaches the ranking.
    @exclusivity(unchecked) private var alternatives: [Int]
    /// Reads a match's length from FTS5's `_docsize` row once the scan is over.
    private let lengths: RawStatement?
    /// While the alternatives' documents are counted, each match waits here to be scored:
    /// its id, its shortest length, and its phrases' weighted hits.
    private var waiting: (ids: [Int64], shortest: [Int], frequencies: [Double]) = ([], [], [])
    private var holding: [Int] = []

    private init(limit: Int, weights: [Double], alternatives: [Int], lengths: RawStatement?) {
        scores = BestScores(limit: limit)
        self.weights = .allocate(capacity: weights.count)
        _ = self.weights.initialize(from: weights)
        columnEnds = .allocate(capacity: weights.count)
        self.alternatives = alternatives
        self.lengths = lengths
    }

    deinit {
        weights.deallocate()
        columnEnds.deallocate()
        idf?.deallocate()
        frequencies.deallocate()
    }

    /// Registers `tracuu_rank` on a connection.
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), function, nil, { api, context, _, _, _ in
            guard let api, let context, let ranking = MatchRanking.current else { return }
            ranking.add(api.pointee, context)
        }, nil)
    }

    /// Steps `statement` (which selects `tracuu_rank(documents_fts)`) through its matches:
    /// the best `limit` (all when 0) with their scores, title, lead and body weighted by
    /// `weights`, and how many matches there were.
    ///
    /// `alternatives`: phrases of the expression that stand alone as its top-level alternatives
    /// (`FTS5Expression.alternatives`), given when every match reaches the ranking (no
    /// filter leaves any out): a document holding one of them is a match, so the matches holding
    /// it are its documents, and its inverse document frequency needs no query of its own.
    /// The matches then wait for the scan's end to be scored, and the page's lengths are read
    /// with `lengths` (`SELECT sz FROM <table>_docsize WHERE id = ?`).
    static func rank(_ statement: RawStatement, limit: Int, weights: [Double], alternatives: [Int] = [], lengths: RawStatement? = nil) throws -> BestScores {
        let counts = limit > 0 && lengths != nil ? alternatives : []
        let ranking = MatchRanking(limit: limit, weights: weights, alternatives: counts, lengths: lengths)
        let previous = pthread_getspecific(slot)
        pthread_setspecific(slot, Unmanaged.passUnretained(ranking).toOpaque())
        defer { pthread_setspecific(slot, previous) }
        while try statement.step() {}
        guard ranking.failure == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: ranking.failure)) }
        if !counts.isEmpty { try ranking.scoreWaiting() }
        return ranking.scores
    }

    /// The ranking of the statement this thread is stepping.
    private static let slot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var current: MatchRanking? {
        pthread_getspecific(slot).map { Unmanaged<MatchRanking>.fromOpaque($0).takeUnretainedValue() }
    }

    private func add(_ api: Fts5ExtensionApi, _ context: OpaquePointer) {
        guard failure == SQLITE_OK, let idf = idf ?? prepare(api, context) else { return }
        columnEnds.update(repeating: 0)
        // Each phrase's hits in its own position list, in the order `xInst` lists them for
        // that phrase, so each frequency adds up to the same double as bm25's.
        var hits = Fts5PhraseIter()
        for phrase in frequencies.indices {
            var frequency = 0.0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard succeeded(api.xPhraseFirst(context, Int32(phrase), &hits, &column, &offset)) else { return }
            while column >= 0 {
                let known = Int(column) < weights.count
                frequency += known ? weights[Int(column)] : 1.0
                if known, offset >= columnEnds[Int(column)] { columnEnds[Int(column)] = offset + 1 }
                api.xPhraseNext(context, &hits, &column, &offset)
            }
            frequencies[phrase] = frequency
        }
        var shortest = 0
        for end in columnEnds { shortest += Int(end) }
        guard alternatives.isEmpty else {
            waiting.ids.append(api.xRowid(context))
            waiting.shortest.append(shortest)
            waiting.frequencies.append(contentsOf: frequencies)
            for phrase in alternatives where frequencies[phrase] > 0 { holding[phrase] += 1 }
            return
        }
        guard scores.admits(-1.0 * score(length: Double(shortest), idf)) else { return scores.countTurnedAway() }
        var tokens: Int32 = 0
        guard succeeded(api.xColumnSize(context, -1, &tokens)) else { return }
        scores.add(api.xRowid(context), score: -1.0 * score(length: Double(tokens), idf))
    }

    /// Scores the matches that waited for the alternatives' documents to be counted, in the
    /// order the scan handed them over, as `add` scores them.
    private func scoreWaiting() throws {
        guard let idf, let lengths else { return }
        for phrase in alternatives { idf[phrase] = Self.inverseFrequency(rows: totalRows, holding: Int64(holding[phrase])) }
        let phrases = frequencies.count
        for (match, id) in waiting.ids.enumerated() {
            for phrase in 0..<phrases { frequencies[phrase] = waiting.frequencies[match * phrases + phrase] }
            guard scores.admits(-1.0 * score(length: Double(waiting.shortest[match]), idf)) else {
                scores.countTurnedAway()
                continue
            }
            scores.add(id, score: -1.0 * score(length: Double(try length(of: id, lengths)), idf))
        }
    }

    /// A document's length in tokens, every column's added up as `xColumnSize(-1)` adds them:
    /// its `_docsize` row holds one varint per column.
    private func length(of id: Int64, _ lengths: RawStatement) throws -> Int {
        lengths.bind(id, at: 1)
        guard try lengths.step() else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
        let sizes = lengths.text(at: 0)
        var total = 0
        var at = 0
        for _ in 0..<weights.count {
            var value = 0
            var ended = false
            for _ in 0..<5 where !ended && at < sizes.count {
                value = value << 7 | Int(sizes[at] & 0x7F)
                ended = sizes[at] & 0x80 == 0
                at += 1
            }
            guard ended else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
            total += value
        }
        _ = try lengths.step()
        return Int(Int32(truncatingIfNeeded: total))
    }

    /// bm25's sum over the phrases, as `fts5Bm25Function` adds it up.
    private func score(length: Double, _ idf: UnsafeMutableBufferPointer<Double>) -> Double {
        var score = 0.0
        for phrase in idf.indices {
            score += idf[phrase] * ((frequencies[phrase] * (Self.k1 + 1.0))
                / (frequencies[phrase] + Self.k1 * (1 - Self.b + Self.b * length / averageLength)))
        }
        return score
    }

    /// The average length and each phrase's inverse document frequency, once a statement,
    /// as `fts5Bm25GetData` computes them.
    private func prepare(_ api: Fts5ExtensionApi, _ context: OpaquePointer) -> UnsafeMutableBufferPointer<Double>? {
        var rows: Int64 = 0
        var tokens: Int64 = 0
        guard succeeded(api.xRowCount(context, &rows)), succeeded(api.xColumnTotalSize(context, -1, &tokens)) else { return nil }
        averageLength = Double(tokens) / Double(rows)
        totalRows = Double(rows)
        let phrases = Int(api.xPhraseCount(context))
        let idf = UnsafeMutableBufferPointer<Double>.allocate(capacity: phrases)
        idf.initialize(repeating: 0)
        self.idf = idf
        frequencies = .allocate(capacity: phrases)
        holding = [Int](repeating: 0, count: phrases)
        alternatives.removeAll { $0 >= phrases }
        for phrase in 0..<phrases where !alternatives.contains(phrase) {
            var hits: Int64 = 0
            guard succeeded(api.xQueryPhrase(context, Int32(phrase), &hits, { _, _, hits in
                hits?.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            })) else { return nil }
            idf[phrase] = Self.inverseFrequency(rows: Double(rows), holding: hits)
        }
        return idf
    }

    /// A phrase's inverse document frequency, as `fts5Bm25GetData` computes it.
    private static func inverseFrequency(rows: Double, holding hits: Int64) -> Double {
        let value = log((rows - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return value <= 0.0 ? 1e-6 : value
    }

    private func succeeded(_ code: Int32) -> Bool {
        if code != SQLITE_OK { failure = code }
        return code == SQLITE_OK
    }
}
