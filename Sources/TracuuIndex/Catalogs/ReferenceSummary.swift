import VietText

/// One cited document across the index: its number, how many documents cite it, how often,
/// the date of issue, issuer and subject they give, and the document itself when indexed.
/// Two documents with one number ("39-NQ/TW" of 1962 and of 2015) are two summaries.
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
    /// The issuing body most mentions name: "Bộ Chính trị".
    public var issuerName: String?
    /// For a document known by the term its mentions name ("khóa XI") and no date: `XI`.
    public var term: String?
    /// The subject most mentions quote: "Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam…".
    public var subject: String?

    /// `Nghị quyết` for `NQ`.
    public var typeName: String { DocumentType.code(type)?.name ?? type }
}
