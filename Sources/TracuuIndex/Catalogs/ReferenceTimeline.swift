/// How often a reference is mentioned over time, by the citing documents' dates: per month
/// when they span three years or less, else per year; every period between the first and the
/// last is listed, empty ones with 0.
public struct ReferenceTimeline: Sendable, Equatable {
    /// The length of one period of the timeline.
    public enum Unit: String, Sendable { case month, year }

    public var unit: Unit
    /// `2017-03` (month) or `2017` (year), with its mention count, oldest first.
    public var periods: [(period: String, mentions: Int)]
    /// Mentions in documents without a date.
    public var undated: Int

    public init(dates: [String?]) {
        let known = dates.compactMap { $0 }.filter { $0.count >= 7 }
        undated = dates.count - known.count
        let months = known.compactMap { date -> Int? in
            guard let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)) else { return nil }
            return year * 12 + (month - 1)
        }
        guard let first = months.min(), let last = months.max() else {
            unit = .month
            periods = []
            return
        }
        var counts: [Int: Int] = [:]
        if last - first < 36 {
            unit = .month
            for month in months { counts[month, default: 0] += 1 }
            periods = (first...last).map { month in
                let number = month % 12 + 1
                return ("\(month / 12)-\(number < 10 ? "0" : "")\(number)", counts[month] ?? 0)
            }
        } else {
            unit = .year
            for month in months { counts[month / 12, default: 0] += 1 }
            periods = (first / 12...last / 12).map { ("\($0)", counts[$0] ?? 0) }
        }
    }

    /// Written out because tuples (`periods`) are not `Equatable`.
    public static func == (lhs: ReferenceTimeline, rhs: ReferenceTimeline) -> Bool {
        lhs.unit == rhs.unit && lhs.undated == rhs.undated && lhs.periods.elementsEqual(rhs.periods) { $0 == $1 }
    }
}
