/// What one `tracuu index` run did.
public struct IndexSummary: Sendable, Codable, Equatable {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    public var skipped = 0
    /// Files added or updated by this run, by kind: `["text": 3, "web page": 1, "PDF": 1, "Word": 1]`.
    public var types: [String: Int] = [:]
    /// Documents in the index after the run.
    public var documents = 0
    public var bytesRead: Int64 = 0
    public var seconds = 0.0
    public var warnings: [String] = []

    public init() {}
}
