/// The best-scored matches of a search as FTS5 hands them over, without sorting them all:
/// the `limit` lowest bm25 scores (lower is better; every match when `limit` is 0), best
/// first, and how many matches there were. On equal scores the match handed over first
/// ranks first, as SQLite's `ORDER BY` leaves rows of equal keys.
struct BestScores {
    let limit: Int
    private(set) var top: [(id: Int64, score: Double)] = []
    private(set) var count = 0

    init(limit: Int) {
        self.limit = limit
        if limit > 0 { top.reserveCapacity(limit) }
    }

    /// Whether a match of `score` would be kept (a page not yet full keeps every match).
    func admits(_ score: Double) -> Bool {
        limit == 0 || top.count < limit || score < top[limit - 1].score
    }

    /// Counts a match that `admits` turned away.
    mutating func countTurnedAway() {
        count += 1
    }

    mutating func add(_ id: Int64, score: Double) {
        count += 1
        guard limit > 0 else {
            top.append((id, score))
            return
        }
        if top.count == limit {
            guard score < top[limit - 1].score else { return }
            top.removeLast()
        }
        // After every score it does not beat: the first of equal scores stays first.
        var low = 0
        var high = top.count
        while low < high {
            let middle = (low + high) / 2
            if top[middle].score <= score { low = middle + 1 } else { high = middle }
        }
        top.insert((id, score), at: low)
    }

    /// The best matches, best first.
    var best: [(id: Int64, score: Double)] {
        guard limit == 0 else { return top }
        return top.indices.sorted { top[$0].score < top[$1].score || (top[$0].score == top[$1].score && $0 < $1) }.map { top[$0] }
    }
}
