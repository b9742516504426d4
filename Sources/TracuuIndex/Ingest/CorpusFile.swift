/// A file that may hold documents, with what `stat` says of it.
public struct CorpusFile: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var mtime: Double
}
