/// The kind of a Vietnamese legal or Party document as its number's symbol
/// writes it, with its Vietnamese name and the `kind` tracuu stores.
///
/// `NQ` → Nghị quyết (`resolution`), `QĐ` (or `QD`) → Quyết định (`decision`), `NĐ` → Nghị định (`decree`).
public struct DocumentType: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The symbol as canonically written: `NQ`, `QĐ`, `VBHN`.
    public let code: String
    /// The Vietnamese name: `Nghị quyết`.
    public let name: String
    /// The `documents.kind` of a document of this type: `resolution`, `decision`, ...
    public let kind: String

    public var description: String { code }

    public static let all: [DocumentType] = [
        DocumentType(code: "NQ", name: "Nghị quyết", kind: "resolution"),
        DocumentType(code: "NQLT", name: "Nghị quyết liên tịch", kind: "joint-resolution"),
        DocumentType(code: "QĐ", name: "Quyết định", kind: "decision"),
        DocumentType(code: "QĐi", name: "Quy định", kind: "regulation"),
        DocumentType(code: "KL", name: "Kết luận", kind: "conclusion"),
        DocumentType(code: "CT", name: "Chỉ thị", kind: "directive"),
        DocumentType(code: "NĐ", name: "Nghị định", kind: "decree"),
        DocumentType(code: "TT", name: "Thông tư", kind: "circular"),
        DocumentType(code: "TTLT", name: "Thông tư liên tịch", kind: "joint-circular"),
        DocumentType(code: "TB", name: "Thông báo", kind: "notice"),
        DocumentType(code: "HD", name: "Hướng dẫn", kind: "guidance"),
        DocumentType(code: "QC", name: "Quy chế", kind: "rules"),
        DocumentType(code: "QH", name: "Luật", kind: "law"),
        DocumentType(code: "VBHN", name: "Văn bản hợp nhất", kind: "consolidated"),
        DocumentType(code: "KH", name: "Kế hoạch", kind: "plan"),
        DocumentType(code: "CTr", name: "Chương trình", kind: "programme"),
        DocumentType(code: "ĐA", name: "Đề án", kind: "project"),
        DocumentType(code: "CĐ", name: "Công điện", kind: "dispatch"),
        DocumentType(code: "PL", name: "Pháp lệnh", kind: "ordinance"),
    ]

    private static let byKey: [String: DocumentType] = Dictionary(
        uniqueKeysWithValues: all.map { (key(of: $0.code), $0) })

    /// The type written as `symbol` in any case, `đ` typed as `d` or not: `qd`, `QĐ`, `Qd` → QĐ.
    public static func symbol(_ symbol: String) -> DocumentType? { byKey[key(of: symbol)] }

    /// The type whose code is exactly `code` (`NQ`).
    public static func code(_ code: String) -> DocumentType? { all.first { $0.code == code } }

    /// Upper case with Đ (and its look-alikes Ð, Ɖ) read as D: the form symbols are compared in.
    static func key(of text: String) -> String {
        String(String.UnicodeScalarView(text.uppercased().unicodeScalars.map { LetterTable.smallLetter($0.value)?.lower == 0x111 ? "D" : $0 }))
    }

    /// The type a heading or a type word names: "NGHỊ QUYẾT", "Thông tư liên tịch", "Luật" → QH.
    public static func named(_ words: String) -> DocumentType? {
        let lower = words.lowercased()
        if lower == "luật" || lower == "bộ luật" { return code("QH") }
        return all.first { $0.name.lowercased() == lower }
    }
}
