/// One expansion a search applied: `LĐLĐ` → "Liên đoàn Lao động", `cong an nhan dan` → `CAND`.
public struct AbbreviationExpansion: Equatable, Hashable, Sendable, Codable {
    /// The query text as typed.
    public var from: String
    /// What it also matched.
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
