import VietText

/// Filters and limits for a search.
public struct SearchOptions: Sendable, Equatable {
    public var since: String?
    public var until: String?
    public var kind: String?
    public var source: String?
    /// 0 means every result.
    public var limit = 10
    /// The results a page shows when `limit` reaches past the first page (the web's page 2 asks
    /// for 20): a question falls back to any word when fewer than a page of documents hold every
    /// word, so every page of it decides as the first did. Nil: `limit`.
    public var pageSize: Int?
    /// Match any word instead of all of them.
    public var anyWord = false
    /// Match abbreviations and their expansions as each other (`--no-expand` turns it off).
    public var expandAbbreviations = true
    /// The user's abbreviations, which override the built-in and learned ones.
    public var userAbbreviations: [Abbreviation] = []
    /// Only the documents without a date: how many a date filter left out.
    var undatedOnly = false

    public init(since: String? = nil, until: String? = nil, kind: String? = nil, source: String? = nil, limit: Int = 10, anyWord: Bool = false) {
        self.since = since
        self.until = until
        self.kind = kind
        self.source = source
        self.limit = limit
        self.anyWord = anyWord
    }
}
