/// Which figures `FigureFinder` returns and in what order.
public struct FigureOptions: Sendable, Equatable {
    /// How figures are ordered.
    public enum Sort: String, Sendable, CaseIterable {
        /// Largest value first.
        case value
        /// Newest document first, undated last.
        case date
        /// Best-matching document first (newest first without a query), figures in text order.
        case rank
    }

    public var since: String?
    public var until: String?
    public var kind: String?
    public var source: String?
    /// `đoàn viên` matches "đoàn viên" and "đoàn viên công đoàn"; `đồng` matches "đồng/suất".
    public var unit: String?
    public var min: Double?
    public var max: Double?
    public var sort: Sort
    /// 0 means every figure.
    public var limit: Int
    /// Documents with any of the query's words instead of all of them.
    public var anyWord: Bool
    /// Only the figures of this document (its id), as the web page of one document lists them.
    public var document: Int64?

    public init(
        since: String? = nil, until: String? = nil, kind: String? = nil, source: String? = nil, unit: String? = nil,
        min: Double? = nil, max: Double? = nil, sort: Sort = .rank, limit: Int = 0, anyWord: Bool = false
    ) {
        self.since = since
        self.until = until
        self.kind = kind
        self.source = source
        self.unit = unit
        self.min = min
        self.max = max
        self.sort = sort
        self.limit = limit
        self.anyWord = anyWord
    }
}
