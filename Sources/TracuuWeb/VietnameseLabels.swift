import TracuuIndex
import VietText

/// The Vietnamese words the pages use for tracuu's stored values: `article` → "Bài báo",
/// `decree` → "Nghị định", the relation `amends` → "Được sửa đổi bởi".
enum VietnameseLabels {
    static func kind(_ kind: String) -> String {
        if kind == "article" { return "Bài báo" }
        return DocumentType.all.first { $0.kind == kind }?.name ?? kind
    }

    /// Every kind, for the search form's list: "" is all kinds.
    static var kinds: [(value: String, label: String)] {
        [("", "Tất cả"), ("article", "Bài báo")] + DocumentType.all.map { ($0.kind, $0.name) }
    }

    /// What a document does to the one it names: "sửa đổi".
    static func relation(_ relation: DocumentRelation) -> String {
        switch relation {
        case .basedOn: "căn cứ"
        case .amends: "sửa đổi"
        case .replaces: "thay thế"
        case .repeals: "bãi bỏ"
        case .guides: "hướng dẫn"
        case .consolidates: "hợp nhất"
        case .cites: "nhắc tới"
        }
    }

    /// What the citing documents do to the one cited, as a heading: "Được sửa đổi bởi".
    static func passive(_ relation: DocumentRelation) -> String {
        switch relation {
        case .basedOn: "Được lấy làm căn cứ"
        case .amends: "Được sửa đổi bởi"
        case .replaces: "Bị thay thế bởi"
        case .repeals: "Bị bãi bỏ bởi"
        case .guides: "Được hướng dẫn bởi"
        case .consolidates: "Được hợp nhất bởi"
        case .cites: "Được nhắc tới trong"
        }
    }

    static func source(_ source: String) -> String {
        switch source {
        case "built-in": "có sẵn"
        case "learned": "học từ văn bản"
        case "user": "của bạn"
        default: source
        }
    }

    /// A count as Vietnamese writes it: 35.440.
    static func number(_ count: Int) -> String {
        var digits = String(count), grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped
    }
}
