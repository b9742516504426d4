/// How far an index run has got, for a progress bar.
public struct IndexProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
    public var elapsed: Double
}
