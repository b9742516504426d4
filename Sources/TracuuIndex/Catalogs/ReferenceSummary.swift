import VietText

/// One cited document number across the index: how many documents cite it,
/// how often, the date of issue they give, and the document itself when indexed.
public struct ReferenceSummary: Sendable, Equatable {
    /// Canonical id: `02-NQ/TW`, `100/2015/NĐ-CP`, or `Đề án 06` for a weak reference.
    public var id: String
    /// The type code, `NQ`.
    public var type: String
    public var issuer: String?
    /// The date of issue most mentions give, else the cited document's own date.
    public var date: String?
    public var documents: Int
    public var mentions: Int
    public var isWeak: Bool
    /// The indexed document with this number, if any.
    public var citedDocumentID: Int64?

    /// `Nghị quyết` for `NQ`.
    public var typeName: String { DocumentType.code(type)?.name ?? type }
}

/// How `tracuu refs` orders references.
public enum ReferenceOrder: String, Sendable, CaseIterable {
    /// Most citing documents first.
    case count
    /// Newest date of issue first; undated last.
    case date
    /// By canonical id.
    case id
}
