/// A unit in the form figures are stored and filtered by (see `FigureExtractor.unitKey`),
/// and whether it is plain: made only of characters that are one code point each and
/// that Unicode normalization leaves alone (printable ASCII, Latin-1 and the Latin
/// letters Vietnamese writes). Plain strings are equal, or one starts with another,
/// exactly when their bytes are and do, so plain keys are compared without Unicode's
/// tables, which figure extraction would otherwise consult for every figure.
struct FigureUnitKey {
    let text: String
    let isPlain: Bool

    /// No unit.
    static let none = FigureUnitKey(text: "", isPlain: true)

    private init(text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }

    /// Lower case, with `VND`/`VNĐ` → `đồng`, `phần trăm` → `%`, `USD`/`đô la` → `usd`.
    init(unit: String) {
        let (lowered, isPlain) = Self.lowercased(unit)
        let alias = Self.aliases.first { alias in
            alias.forms.contains { isPlain ? $0.utf8.elementsEqual(lowered.utf8) : $0 == lowered }
        }
        if let alias {
            self.init(text: alias.key, isPlain: true)
        } else {
            self.init(text: lowered, isPlain: isPlain)
        }
    }

    /// Units stored under another name (all plain).
    private static let aliases: [(key: String, forms: [String])] = [
        ("đồng", ["vnd", "vnđ", "đ"]), ("%", ["phần trăm"]), ("usd", ["usd", "đô la", "đô la mỹ", "đôla"]),
    ]

    /// `text == other.text`.
    func isSame(as other: FigureUnitKey) -> Bool {
        guard isPlain, other.isPlain else { return text == other.text }
        return text.utf8.elementsEqual(other.text.utf8)
    }

    /// `text.hasPrefix(other.text + " ")`: this unit is `other` with more words.
    func extends(_ other: FigureUnitKey) -> Bool {
        guard isPlain, other.isPlain else { return text.hasPrefix(other.text + " ") }
        let count = other.text.utf8.count
        guard text.utf8.count > count else { return false }
        return text.utf8.starts(with: other.text.utf8) && text.utf8.dropFirst(count).first == UInt8(ascii: " ")
    }

    /// Whether `scalar` may stand in a plain string.
    static func isPlain(_ scalar: UInt32) -> Bool {
        (0x20...0x7E).contains(scalar) || (0xA0...0x1B0).contains(scalar) || (0x1EA0...0x1EF9).contains(scalar)
    }

    /// The text in small letters (`LetterTable.smallLetter`: `VNĐ`, `VNÐ` → `vnđ`) and whether
    /// it is plain; through `String.lowercased()` when some character is not in the table.
    static func lowercased(_ text: String) -> (String, isPlain: Bool) {
        var text = text
        // nil: some character needs the tables; otherwise whether any is upper case, and plainness.
        let scan = text.withUTF8 { bytes -> (hasUpper: Bool, isPlain: Bool)? in
            guard let base = bytes.baseAddress else { return (false, true) }
            var hasUpper = false, isPlain = true
            var index = 0
            while index < bytes.count {
                guard let (scalar, length) = UTF8Decoder.decode(base, count: bytes.count, at: index),
                      let small = LetterTable.smallLetter(scalar) else { return nil }
                if small.lower != scalar { hasUpper = true }
                if !Self.isPlain(small.lower) { isPlain = false }
                index += length
            }
            return (hasUpper, isPlain)
        }
        guard let scan else {
            let lowered = text.lowercased()
            return (lowered, lowered.unicodeScalars.allSatisfy { Self.isPlain($0.value) })
        }
        guard scan.hasUpper else { return (text, scan.isPlain) }
        let lowered = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { lowered -> Int in
                var index = 0, written = 0
                while index < bytes.count, let (scalar, length) = UTF8Decoder.decode(bytes.baseAddress!, count: bytes.count, at: index) {
                    written = UTF8Decoder.encode(LetterTable.smallLetter(scalar)!.lower, into: lowered.baseAddress!, at: written)
                    index += length
                }
                return written
            }
        }
        return (lowered, scan.isPlain)
    }
}
