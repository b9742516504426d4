/// Whether a word is written in capitals, as abbreviations are: at least two
/// capital letters and no small one. `CĐ`, `TP.HCM`, `NĐ-CP` yes; `Công`, `A`, `2023` no.
public enum CapitalizedWord {
    /// Reads UTF-8 bytes; most words are rejected at their first letter.
    public static func isWrittenInCapitals(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count >= 2 else { return false }
        let first = bytes[0]
        if first &- 0x61 < 26 || first &- 0x30 < 10 { return false }
        var capitals = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x61 < 26 { return false }
                if byte &- 0x41 < 26 { capitals += 1 }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= count else { return false }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
            switch letterCase(value) {
            case .lower: return false
            case .upper: capitals += 1
            case .none: break
            }
            index += length
        }
        return capitals >= 2
    }

    private enum LetterCase { case lower, upper, none }

    /// The case of a letter, from the layout of the Latin blocks Vietnamese uses
    /// (this runs once per word of every document); other scripts ask Unicode.
    @inline(__always)
    private static func letterCase(_ value: UInt32) -> LetterCase {
        switch value {
        case 0xC0...0xDE where value != 0xD7: return .upper
        case 0xDF...0xFF where value != 0xF7: return .lower
        case 0x100...0x137, 0x14A...0x177, 0x1E00...0x1E95, 0x1EA0...0x1EFF: return value & 1 == 0 ? .upper : .lower
        case 0x1A0, 0x1AF, 0x189: return .upper
        case 0x1A1, 0x1B0, 0x256: return .lower
        default:
            guard let scalar = Unicode.Scalar(value) else { return .none }
            if scalar.properties.isLowercase { return .lower }
            if scalar.properties.isUppercase { return .upper }
            return .none
        }
    }
}
