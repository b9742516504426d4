
/// One searchable document as stored: an article, or a resolution with its number.
public struct Document: Equatable, Sendable, Codable {
    /// Path as indexed; documents from a `.jsonl` file get `file.jsonl#id`.
    public var path: String
    public var title: String
    /// The first paragraph.
    public var lead: String
    public var body: String
    /// `YYYY-MM-DD`, or nil when unknown.
    public var date: String?
    public var source: String?
    public var url: String?
    public var kind: String
    public var number: String?

    public init(
        path: String, title: String, lead: String, body: String, date: String? = nil,
        source: String? = nil, url: String? = nil, kind: String = "article", number: String? = nil
    ) {
        self.path = path
        self.title = title
        self.lead = lead
        self.body = body
        self.date = date
        self.source = source
        self.url = url
        self.kind = kind
        self.number = number
    }

    /// Title, lead and body as one text, for hashing and re-analysis.
    public var fullText: String { Self.fullText(title: title, lead: lead, body: body) }

    /// The full text of a stored row's columns (figure and reference offsets count in it).
    public static func fullText(title: String, lead: String, body: String) -> String { [title, lead, body].joined(separator: "\n") }
}
