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
    /// UTF-8 byte offsets of the figure's `text` in `context`.
    public var highlight: Range<Int>?
    /// UTF-8 byte offset of the figure in the document's title, lead and body joined by newlines.
    public var position: Int

    public init(
        documentID: Int64, path: String, title: String, date: String?, text: String, value: Double, upper: Double?,
        unit: String?, qualifier: FigureQualifier?, direction: FigureDirection?, context: String, highlight: Range<Int>?, position: Int
    ) {
        self.documentID = documentID
        self.path = path
        self.title = title
        self.date = date
        self.text = text
        self.value = value
        self.upper = upper
        self.unit = unit
        self.qualifier = qualifier
        self.direction = direction
        self.context = context
        self.highlight = highlight
        self.position = position
    }
}
