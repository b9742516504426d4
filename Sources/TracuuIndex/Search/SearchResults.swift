/// The answer to one search.
public struct SearchResults: Sendable, Equatable {
    public var query: String
    /// How many documents match, whatever the limit.
    public var total: Int
    /// True when the search ranked documents with any of the words: none had every word, or
    /// (a question of three items or more) fewer than a page did.
    public var relaxed: Bool
    /// How many documents have every word (as `total` when not relaxed).
    public var everyWordTotal = 0
    /// The query as read when words were typed as raw Telex or VNI keystrokes (`coong ddoanf` → công đoàn).
    public var keystrokeReading: String?
    /// The query with a word the index barely holds replaced by its nearest frequent word.
    public var suggestion: String?
    /// True when the hits are those of `suggestion`: the query as typed found no document with every word.
    public var showsSuggestion = false
    /// With no result: the plain words no document holds.
    public var unmatchedWords: [String] = []
    /// With a date filter: how many documents without a date the same search finds, which the filter left out.
    public var undatedLeftOut = 0
    public var hits: [SearchHit]
    /// Abbreviations and expansions the search also matched.
    public var expansions: [AbbreviationExpansion] = []
    /// How the unaccented words were read (`tham nhũng` for `tham nhung`): documents holding
    /// this reading rank first. Nil when the query is read as typed.
    public var reading: String?
    /// Another reading of those words that the index writes almost as often (`hải quan` beside
    /// `hải quân`): its documents rank with the others, after those of `reading`.
    public var otherReading: String?
    /// The FTS5 expression the search found its documents by and marks their words with
    /// (any word when it fell back to any word; the suggestion's when it shows the suggestion's
    /// results), for marking a document found in full (`DocumentHighlighter`).
    var expression: String?
    /// Listing every document found (`Searcher.Listing.documents`): their ids, best first when ranked.
    var documentIDs: [Int64] = []
}
