/// An abbreviation defined in a text, either way round:
/// "người lao động (NLĐ)" or "KCN (khu công nghiệp)".
public struct AbbreviationDefinition: Equatable, Hashable, Sendable {
    /// As written, e.g. `NLĐ`.
    public var abbr: String
    /// As written, e.g. "người lao động".
    public var expansion: String

    public init(abbr: String, expansion: String) {
        self.abbr = abbr
        self.expansion = expansion
    }
}
