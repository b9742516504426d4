import VietText

/// The figures of a request grouped by what they count, for "how many were injured, what
/// did fuel cost" at a glance: per unit (and per direction, so that "giảm 13 người bị thương"
/// is not mixed with "5 người bị thương"), how many figures and documents, the smallest,
/// median and largest value, and the most recent figure with its source.
///
/// `FigureSummary(FigureFinder(database: index).figures(matching: "tai nạn giao thông"))`
public struct FigureSummary: Sendable, Equatable {
    /// The figures of one unit and direction.
    public struct Group: Sendable, Equatable {
        /// The unit as most of its figures write it ("người bị thương"); nil for amounts without one.
        public var unit: String?
        public var direction: FigureDirection?
        public var count: Int
        public var documents: Int
        public var smallest: Double
        /// The middle value (the mean of the two middle ones for an even count); ranges count by their lower end.
        public var median: Double
        public var largest: Double
        /// The figure of the newest dated document (the first figure when none is dated).
        public var latest: FigureHit
    }

    public var query: String?
    /// How many figures were summarized.
    public var total: Int
    /// Largest group first.
    public var groups: [Group]

    public init(_ results: FigureResults) {
        query = results.query
        total = results.hits.count
        var order: [String] = []
        var members: [String: [FigureHit]] = [:]
        for hit in results.hits {
            let key = (hit.unit.map(FigureExtractor.unitKey) ?? "") + "\u{0}" + (hit.direction?.rawValue ?? "")
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(hit)
        }
        groups = order.map { key in Self.group(members[key]!) }
        groups.sort { ($0.count, $1.unit ?? "") > ($1.count, $0.unit ?? "") }
    }

    private static func group(_ hits: [FigureHit]) -> Group {
        let values = hits.map(\.value).sorted()
        let middle = values.count / 2
        let median = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
        var spellings: [String: Int] = [:]
        for unit in hits.compactMap(\.unit) { spellings[unit, default: 0] += 1 }
        let unit = spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var latest = hits[0]
        for hit in hits.dropFirst() where (hit.date ?? "") > (latest.date ?? "") { latest = hit }
        return Group(
            unit: unit, direction: hits[0].direction, count: hits.count, documents: Set(hits.map(\.documentID)).count,
            smallest: values[0], median: median, largest: values[values.count - 1], latest: latest)
    }
}
