/// One document citing a reference, with the sentence around its first mention.
public struct ReferenceCitation: Sendable, Equatable {
    public var documentID: Int64
    public var path: String
    public var title: String
    public var date: String?
    /// The reference as this document writes it.
    public var surface: String
    /// The sentence around the mention, the mention highlighted.
    public var context: HighlightedText
    public var mentions: Int
}

/// A reference looked up by any spelling: its summary, the cited document when indexed, and who cites it.
public struct ReferenceLookup: Sendable, Equatable {
    public var reference: ReferenceSummary
    public var document: StoredDocument?
    public var citations: [ReferenceCitation]
}
