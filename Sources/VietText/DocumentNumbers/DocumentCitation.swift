/// One mention of a numbered document in a text, with what the sentence says
/// about it: every spelling of one number shares one canonical `id`.
///
/// "Nghị quyết số 02/NQ-TW, ngày 12/6/2021 của Bộ Chính trị về “Đổi mới…”" →
/// id `02-NQ/TW`, type NQ, issuer TW, number 2, issued 2021-06-12,
/// type word "Nghị quyết số", body "Bộ Chính trị", title "Đổi mới…".
public struct DocumentCitation: Equatable, Sendable {
    /// Canonical id: `02-NQ/TW` (Party style), `100/2015/NĐ-CP`, `113/NQ-CP`, `12/2012/QH13` (State style);
    /// for a weak reference the type word and number, `Đề án 06`.
    public var id: String
    public var type: DocumentType
    /// As canonically spelled (`TW`, `CP`, `TTg`, `BLĐTBXH-BTC`, `QH13`); nil for a weak reference.
    public var issuer: String?
    public var number: Int
    public var year: Int?
    /// The text as written, e.g. `02 - nq/tw`.
    public var surface: String
    /// UTF-8 byte offsets of `surface` in the text analyzed.
    public var start: Int
    public var end: Int
    /// The date of issue the sentence gives, `YYYY-MM-DD`.
    public var issued: String?
    /// The words before the number: "Nghị quyết số".
    public var typeWord: String?
    /// The issuing body after "của": "Bộ Chính trị".
    public var issuingBody: String?
    /// A quoted title after "về".
    public var title: String?
    /// The term the sentence names after the issuer, as a Roman numeral: "khóa XI" → `XI`.
    public var term: String?
    /// A number without a symbol ("Đề án 06", "Quy chế phối hợp số 04"): known only by its type word.
    public var isWeak: Bool

    public init(
        id: String, type: DocumentType, issuer: String?, number: Int, year: Int?, surface: String, start: Int, end: Int,
        issued: String? = nil, typeWord: String? = nil, issuingBody: String? = nil, title: String? = nil, isWeak: Bool = false
    ) {
        self.id = id
        self.type = type
        self.issuer = issuer
        self.number = number
        self.year = year
        self.surface = surface
        self.start = start
        self.end = end
        self.issued = issued
        self.typeWord = typeWord
        self.issuingBody = issuingBody
        self.title = title
        self.isWeak = isWeak
    }

    /// Folded words for comparing issuers and subjects: "Bộ Chính trị," → "bo chinh tri".
    public static func foldedKey(_ text: String) -> String {
        DocumentNumberScanner.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// The canonical id of a number written in any spelling (`02/NQ-TW`, `2-nq/tw` → `02-NQ/TW`), or nil.
    public static func canonicalID(_ text: String) -> String? {
        DocumentNumberExtractor.parseWhole(text)?.id
    }
}
