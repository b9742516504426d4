/// An abbreviation with its senses, the first being the default for this
/// domain: `CĐ` → "Công đoàn", then "cao đẳng".
public struct Abbreviation: Equatable, Hashable, Sendable, Codable {
    /// As it is written: `CĐ`, `TP.HCM`, `GD-ĐT`.
    public var abbr: String
    public var senses: [AbbreviationSense]

    public init(abbr: String, senses: [AbbreviationSense]) {
        self.abbr = abbr
        self.senses = senses
    }

    /// The lookup key: NFC, upper case, with the look-alikes of `Đ` read as `Đ`.
    /// `cđ`, `CĐ` and `CÐ` (U+00D0) → `CĐ`.
    public static func key(_ text: String) -> String {
        String(ICUNormalizer.nfc(text).uppercased().map { $0 == "\u{D0}" || $0 == "\u{189}" ? "\u{110}" : $0 })
    }

    /// A sense's expansion reduced for comparison: lower case (`Ð`, `Ɖ` as `đ`), punctuation dropped.
    /// "phòng cháy, chữa cháy" and "Phòng cháy chữa cháy" → `phòng cháy chữa cháy`.
    public static func expansionKey(_ expansion: String) -> String {
        let lowered = ICUNormalizer.nfc(expansion).lowercased().unicodeScalars.map {
            $0 == "\u{F0}" || $0 == "\u{256}" ? "\u{111}" : $0
        }
        return String(String.UnicodeScalarView(lowered))
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }
}
