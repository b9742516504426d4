/// One ranked hit.
public struct SearchHit: Sendable, Equatable {
    public var rank: Int
    public var id: Int64
    public var path: String
    public var title: String
    public var date: String?
    public var kind: String
    /// bm25 score, higher is better.
    public var score: Double
    public var snippet: HighlightedText
}
