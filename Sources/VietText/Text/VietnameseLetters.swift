/// The scalars Vietnamese text is written with: ASCII, the Latin-1 letters and
/// the Vietnamese letters outside it (ă, đ, ĩ, ũ, ơ, ư and U+1EA0–U+1EF9). Each
/// is a letter (or an ASCII digit or mark) of its own grapheme, with a one-scalar
/// lower case, so word keys of such text can be built scalar by scalar.
enum VietnameseLetters {
    /// The lower case of a scalar of the set, or nil for a scalar outside it.
    static func lowercase(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x41...0x5A: scalar + 0x20
        case 0...0x7F: scalar
        case 0xC0...0xDE where scalar != 0xD7: scalar + 0x20
        case 0xDF...0xFF where scalar != 0xF7: scalar
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: scalar + 1
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: scalar
        case 0x1EA0...0x1EF9: scalar | 1
        default: nil
        }
    }

    /// `Abbreviation.expansionKey` of NFC text made only of the set's scalars:
    /// lower case, runs of letters and digits joined by one space; nil for other text.
    static func expansionKey(_ text: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var separated = false
        for scalar in text.unicodeScalars {
            guard let lower = lowercase(scalar.value) else { return nil }
            let isWordScalar = lower >= 0x80 || (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower)
            guard isWordScalar else {
                separated = true
                continue
            }
            if separated, !key.isEmpty { key.append(0x20) }
            separated = false
            switch lower {
            case 0..<0x80:
                key.append(UInt8(lower))
            case 0x80..<0x800:
                key.append(UInt8(0xC0 | lower >> 6))
                key.append(UInt8(0x80 | lower & 0x3F))
            default:
                key.append(UInt8(0xE0 | lower >> 12))
                key.append(UInt8(0x80 | lower >> 6 & 0x3F))
                key.append(UInt8(0x80 | lower & 0x3F))
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
