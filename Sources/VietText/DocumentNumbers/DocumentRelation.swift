/// How a document cites another, as the citing sentence states it.
///
/// "Căn cứ Luật …" → `basedOn`; "Sửa đổi, bổ sung một số điều của Nghị định …" → `amends`;
/// "… thay thế Thông tư …", "Thông tư … hết hiệu lực" → `replaces`; "Bãi bỏ Điều 5 …" → `repeals`;
/// "Hướng dẫn thực hiện … Nghị định …" → `guides`; a Văn bản hợp nhất → `consolidates` its base
/// act and each amendment; any other mention → `cites`.
public enum DocumentRelation: String, Sendable, CaseIterable, Codable {
    case basedOn = "based_on"
    case amends
    case replaces
    case repeals
    case guides
    case consolidates
    case cites

    /// Every relation but `cites`.
    public var isTyped: Bool { self != .cites }

    /// What the citing document does, for a list of its own relations: "amends".
    public var phrase: String {
        switch self {
        case .basedOn: "is based on"
        case .amends: "amends"
        case .replaces: "replaces"
        case .repeals: "repeals"
        case .guides: "guides"
        case .consolidates: "consolidates"
        case .cites: "cites"
        }
    }

    /// How the cited document is related to those citing it: "amended by".
    public var passivePhrase: String {
        switch self {
        case .basedOn: "based on it"
        case .amends: "amended by"
        case .replaces: "replaced by"
        case .repeals: "repealed by"
        case .guides: "guided by"
        case .consolidates: "consolidated in"
        case .cites: "cites it"
        }
    }
}
