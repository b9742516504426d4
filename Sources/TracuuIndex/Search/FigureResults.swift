/// The figures matching one request.
public struct FigureResults: Sendable, Equatable {
    public var query: String?
    /// How many figures match, whatever the limit.
    public var total: Int
    public var hits: [FigureHit]
    /// The search that chose the documents, without its hits: how it read the query (`reading`,
    /// `keystrokeReading`), what it suggests, whether it fell back to any word, how many
    /// documents it found. Nil without a query.
    public var searched: SearchResults?

    public init(query: String?, total: Int, hits: [FigureHit], searched: SearchResults? = nil) {
        self.query = query
        self.total = total
        self.hits = hits
        self.searched = searched
    }
}
