import VietText

/// One stored figure with the document it comes from.
public struct FigureHit: Sendable, Equatable {
    public var documentID: Int64
    public var path: String
    public var title: String
    public var date: String?
    public var text: String
    public var value: Double
    public var upper: Double?
    public var unit: String?
    public var qualifier: FigureQualifier?
    /// A rise or a fall ("tăng 9,5%", "-0,1%"); nil for a level.
    public var direction: FigureDirection?
    /// The sentence the figure stands in.
    public var context: String
    /// UTF-8 byte offset of the figure in the document's title, lead and body joined by newlines.
    public var position: Int
}

/// The figures matching one request.
public struct FigureResults: Sendable, Equatable {
    public var query: String?
    /// How many figures match, whatever the limit.
    public var total: Int
    public var hits: [FigureHit]
}
