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

    /// `text.lowercased()` and whether it is plain; without Unicode's tables when every
    /// character is ASCII, Latin-1, a Vietnamese letter or a combining mark (see `lowerDelta`).
    static func lowercased(_ text: String) -> (String, isPlain: Bool) {
        var text = text
        // nil: some character needs the tables; otherwise whether any is upper case, and plainness.
        let scan = text.withUTF8 { bytes -> (hasUpper: Bool, isPlain: Bool)? in
            var hasUpper = false, isPlain = true
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decode(bytes, at: index)
                guard let delta = lowerDelta(scalar) else { return nil }
                if delta != 0 { hasUpper = true }
                if !Self.isPlain(scalar + UInt32(delta)) { isPlain = false }
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
            String(unsafeUninitializedCapacity: bytes.count) { lowered -> Int in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = decode(bytes, at: index)
                    for offset in 0..<length { lowered[index + offset] = bytes[index + offset] }
                    lowered[index + length - 1] &+= lowerDelta(scalar)!
                    index += length
                }
                return bytes.count
            }
        }
        return (lowered, scan.isPlain)
    }

    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, length: Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var scalar = UInt32(lead)
        if length > 1 {
            scalar &= 0xFF >> UInt32(length + 1)
            for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        }
        return (scalar, length)
    }

    /// What lower-casing adds to the last UTF-8 byte of `scalar` (0 when it is not upper case),
    /// for the characters where that is all it does; nil for the others.
    static func lowerDelta(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x41...0x5A: return 0x20
        case 0xC0...0xDE where scalar != 0xD7: return 0x20
        case 0..<0x100: return 0
        case 0x130: return nil
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9: return scalar & 1 == 0 ? 1 : 0
        case 0x1A0, 0x1AF: return 1
        case 0x1A1, 0x1B0, 0x300...0x36F: return 0
        default: return nil
        }
    }
}
