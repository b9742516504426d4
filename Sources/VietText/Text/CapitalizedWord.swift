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
            guard let (value, length) = UTF8Decoder.decode(bytes, count: count, at: index) else { return false }
            switch LetterTable.letterCase(value) {
            case .lower: return false
            case .upper: capitals += 1
            case .none: break
            }
            index += length
        }
        return capitals >= 2
    }
}
