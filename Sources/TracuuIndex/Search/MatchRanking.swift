import Foundation
import GRDB
import GRDBSQLite

/// Ranks every match of one FTS5 statement by bm25, as FTS5's `bm25()` scores it (same
/// formula, same arithmetic, so the same doubles), keeping the best page in `BestScores`.
/// Reading a match's length (the `_docsize` row, about 3,600 instructions) is skipped when
/// the match could not enter the page even if it were as short as its hits allow: the
/// score falls as the length grows, and the length is at least one past the last hit of each
/// column. `hoà*` ranks 17,457 matches for a page of ten; most of them never reach it.
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
    @exclusivity(unchecked) private var failure = SQLITE_OK

    private init(limit: Int, weights: [Double]) {
        scores = BestScores(limit: limit)
        self.weights = .allocate(capacity: weights.count)
        _ = self.weights.initialize(from: weights)
        columnEnds = .allocate(capacity: weights.count)
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
    static func rank(_ statement: RawStatement, limit: Int, weights: [Double]) throws -> BestScores {
        let ranking = MatchRanking(limit: limit, weights: weights)
        let previous = pthread_getspecific(slot)
        pthread_setspecific(slot, Unmanaged.passUnretained(ranking).toOpaque())
        defer { pthread_setspecific(slot, previous) }
        while try statement.step() {}
        guard ranking.failure == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: ranking.failure)) }
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
        var instances: Int32 = 0
        guard succeeded(api.xInstCount(context, &instances)) else { return }
        frequencies.update(repeating: 0)
        columnEnds.update(repeating: 0)
        for instance in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard succeeded(api.xInst(context, instance, &phrase, &column, &offset)) else { return }
            let known = Int(column) < weights.count
            frequencies[Int(phrase)] += known ? weights[Int(column)] : 1.0
            if known, offset >= columnEnds[Int(column)] { columnEnds[Int(column)] = offset + 1 }
        }
        var shortest = 0
        for end in columnEnds { shortest += Int(end) }
        guard scores.admits(-1.0 * score(length: Double(shortest), idf)) else { return scores.countTurnedAway() }
        var tokens: Int32 = 0
        guard succeeded(api.xColumnSize(context, -1, &tokens)) else { return }
        scores.add(api.xRowid(context), score: -1.0 * score(length: Double(tokens), idf))
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
        let phrases = Int(api.xPhraseCount(context))
        let idf = UnsafeMutableBufferPointer<Double>.allocate(capacity: phrases)
        idf.initialize(repeating: 0)
        self.idf = idf
        frequencies = .allocate(capacity: phrases)
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            guard succeeded(api.xQueryPhrase(context, Int32(phrase), &hits, { _, _, hits in
                hits?.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            })) else { return nil }
            let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            idf[phrase] = value <= 0.0 ? 1e-6 : value
        }
        return idf
    }

    private func succeeded(_ code: Int32) -> Bool {
        if code != SQLITE_OK { failure = code }
        return code == SQLITE_OK
    }
}
