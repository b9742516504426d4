/// A reference looked up by any spelling: its summary, the cited document when indexed, and who cites it.
public struct ReferenceLookup: Sendable, Equatable {
    public var reference: ReferenceSummary
    public var document: StoredDocument?
    public var citations: [ReferenceCitation]
    /// What the indexed document itself cites, amends, is based on…
    public var links: [DocumentLink] = []
    /// Dates of the citing documents, one per mention, for a timeline.
    public var mentionDates: [String?] = []
}
