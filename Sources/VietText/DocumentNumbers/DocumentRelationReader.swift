/// Reads how a document cites each number it mentions, from the clause around the mention:
/// "Căn cứ Nghị định số 62/2022/NĐ-CP …;" → based on; "Sửa đổi, bổ sung Điều 1 của Thông tư
/// số 09/2022/TT-BLĐTBXH" → amends, scope "Điều 1"; "Bãi bỏ toàn bộ các văn bản sau: 1. Chỉ thị
/// số 03/2005/CT-BTS …" → repeals; "Thông tư số 20/2023/TT-BLĐTBXH … hết hiệu lực" → replaces.
///
/// A verb governs the numbers after it only when no other number stands before it in the clause
/// ("Nghị định 245/2025/NĐ-CP … sửa đổi … Nghị định 155/2020/NĐ-CP" describes 245, so 155 is only
/// cited), and not in the passive ("đã được sửa đổi, bổ sung bởi …"). Numbers inside quotation
/// marks (amended wording) are cited, not acted on.
public struct DocumentRelationReader: Sendable {
    /// Whether the document is a Văn bản hợp nhất: the acts its opening lists are consolidated.
    public var consolidated: Bool
    /// The document's own number: its mentions (an annex's "Kèm theo Thông tư số …") are no other act.
    public var ownNumber: String?

    public init(consolidated: Bool = false, ownNumber: String? = nil) {
        self.consolidated = consolidated
        self.ownNumber = ownNumber
    }

    /// The relation and scope of each of `references` (in text order, offsets into `text`).
    public func relations(of references: [DocumentCitation], in text: String) -> [(relation: DocumentRelation, scope: String?)] {
        guard !references.isEmpty else { return [] }
        let others = references.filter { $0.id != ownNumber }
        let reading = ClauseReading(bytes: Array(text.utf8), references: others, consolidated: consolidated)
        var next = 0
        return references.map { reference in
            guard reference.id != ownNumber else { return (.cites, nil) }
            defer { next += 1 }
            return reading.relation(of: next)
        }
    }
}
