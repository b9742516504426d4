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
            if let scalar = Unicode.Scalar(value) {
                if scalar.properties.isLowercase { return false }
                if scalar.properties.isUppercase { capitals += 1 }
            }
            index += length
        }
        return capitals >= 2
    }
}
