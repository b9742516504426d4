/// One meaning of an abbreviation and where tracuu got it: `CĐ` → "Công đoàn"
/// (built-in), "cao đẳng" (built-in), or a sense learned from "… (CĐ)" in a document.
public struct AbbreviationSense: Equatable, Hashable, Sendable, Codable {
    /// Where a sense comes from; a user's file overrides the others.
    public enum Source: String, Equatable, Hashable, Sendable, Codable {
        case builtIn = "built-in"
        case learned
        case user
    }

    /// The full form as written, e.g. "Liên đoàn Lao động".
    public var expansion: String
    public var source: Source
    /// How many indexed documents define the abbreviation with this sense ("Công đoàn (CĐ)").
    public var definingDocuments: Int

    public init(expansion: String, source: Source, definingDocuments: Int = 0) {
        self.expansion = expansion
        self.source = source
        self.definingDocuments = definingDocuments
    }
}
