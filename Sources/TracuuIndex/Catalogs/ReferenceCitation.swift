import VietText

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
    /// How this document cites the reference: its typed relation if any, else `cites`.
    public var relation: DocumentRelation = .cites
    /// The part the citing clause names ("Điều 1"), if any.
    public var scope: String?
    /// How the mention was placed among documents sharing the number (`SameNumberGrouping`).
    public var matchedBy: String = "only"
}
