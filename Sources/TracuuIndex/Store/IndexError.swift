/// What can go wrong with the index file itself, in words for the user.
public enum IndexError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case otherVersion(path: String, found: String)
    /// A schema this tracuu can neither read nor migrate (a newer tracuu made it).
    case otherSchema(path: String, found: String)
    case notAnIndex(path: String, reason: String)
    /// A file tracuu did not create (a text file, another program's database): never replaced.
    case foreignFile(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case busy(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no index at \(path); build it with `tracuu index`"
        case .otherVersion(let path, let found):
            "the index at \(path) was built by another version of tracuu (tokenizer \(found), this one uses \(IndexTerm.tokenizerVersion)); run `tracuu index --rebuild`"
        case .otherSchema(let path, let found):
            "the index at \(path) has schema version \(found), which this tracuu (schema \(IndexSchema.version)) cannot read or migrate; run `tracuu index --rebuild`"
        case .notAnIndex(let path, let reason):
            "\(path) is not a usable tracuu index (\(reason)); run `tracuu index --rebuild` to replace it"
        case .foreignFile(let path, let reason):
            "\(path) is not a tracuu index (\(reason)); tracuu leaves it as it is: give `--index` another path, or move the file away"
        case .cannotWrite(let path, let reason):
            "cannot write the index at \(path): \(reason)"
        case .busy(let path):
            "another `tracuu index` is writing \(path); wait for it to finish and try again"
        }
    }
}
