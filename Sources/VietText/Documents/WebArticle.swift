/// The article a saved web page carries, without the page around it: headline, date of
/// publication, source and the paragraphs of the body in order (lead first).
public struct WebArticle: Sendable, Equatable {
    public var headline: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    /// The publication: `og:site_name`, the JSON-LD publisher, or the page's host ("vnexpress.net").
    public var source: String?
    public var url: String?
    public var paragraphs: [String]

    public init(headline: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, paragraphs: [String] = []) {
        self.headline = headline
        self.date = date
        self.source = source
        self.url = url
        self.paragraphs = paragraphs
    }
}
