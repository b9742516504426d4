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
        if let key = plainKey(text) { return key }
        return String(ICUNormalizer.nfc(text).uppercased().map { $0 == "\u{D0}" || $0 == "\u{189}" ? "\u{110}" : $0 })
    }

    /// `key` of text made of ASCII and `đ`/`Đ` only (nearly every abbreviation), on its bytes.
    private static func plainKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingC4 = false
        for byte in text.utf8 {
            if pendingC4 {
                guard byte == 0x90 || byte == 0x91 else { return nil }
                bytes += [0xC4, 0x90]
                pendingC4 = false
            } else if byte < 0x80 {
                bytes.append(byte &- 0x61 < 26 ? byte - 0x20 : byte)
            } else if byte == 0xC4 {
                pendingC4 = true
            } else {
                return nil
            }
        }
        return pendingC4 ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// A sense's expansion reduced for comparison: lower case (`Ð`, `Ɖ` as `đ`), punctuation dropped.
    /// "phòng cháy, chữa cháy" and "Phòng cháy chữa cháy" → `phòng cháy chữa cháy`.
    public static func expansionKey(_ expansion: String) -> String {
        let normalized = ICUNormalizer.nfc(expansion)
        if let key = letterTableExpansionKey(normalized) { return key }
        let lowered = String(String.UnicodeScalarView(normalized.lowercased().unicodeScalars.map {
            $0 == "\u{F0}" || $0 == "\u{256}" ? "\u{111}" : $0
        }))
        return lowered
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    /// `expansionKey` of NFC text made of ASCII and the cased letters of `LetterTable`, each
    /// its own grapheme: lower case, runs of letters and digits joined by one space; nil for other text.
    private static func letterTableExpansionKey(_ text: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var separated = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var lower = value
            if value < 0x80 {
                if value &- 0x41 < 26 { lower = value | 0x20 }
                guard lower &- 0x61 < 26 || lower &- 0x30 < 10 else {
                    separated = true
                    continue
                }
            } else {
                guard let entry = LetterTable.known(value), !entry.needsICU, entry.isUpper || entry.isLower else { return nil }
                if entry.isUpper || entry.small == 0x111 { lower = entry.small }
            }
            if separated, !key.isEmpty { key.append(0x20) }
            separated = false
            UTF8.encode(Unicode.Scalar(lower)!) { key.append($0) }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
