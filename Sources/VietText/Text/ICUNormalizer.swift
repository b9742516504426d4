import CICU

/// NFC and case folding of whole strings through ICU, for text the analyzer's
/// table does not cover (combining marks, other scripts) and for documents.
public enum ICUNormalizer {
    /// NFC, optionally after full case folding (`ẞ` → `ss`).
    public static func normalize<Bytes: Collection>(_ utf8: Bytes, foldCase: Bool = false) -> String
    where Bytes.Element == UInt8 {
        let input = Array(utf8)
        return input.withUnsafeBufferPointer { buffer in
            normalize(UnsafeRawBufferPointer(buffer), foldCase: foldCase)
        }
    }

    /// NFC of raw UTF-8 bytes; invalid sequences become U+FFFD.
    public static func normalize(_ bytes: UnsafeRawBufferPointer, foldCase: Bool = false) -> String {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), !bytes.isEmpty else { return "" }
        var capacity = bytes.count + bytes.count / 2 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let needed = output.withUnsafeMutableBufferPointer { out in
                out.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) {
                    tracuu_normalize_utf8(base, Int32(bytes.count), foldCase ? 1 : 0, $0, Int32(capacity))
                }
            }
            if needed < 0 { return String(decoding: bytes, as: UTF8.self) }
            if Int(needed) <= capacity { return String(decoding: output[0..<Int(needed)], as: UTF8.self) }
            capacity = Int(needed)
        }
    }

    /// Whether well-formed UTF-8 text is certainly NFC without asking ICU: every character
    /// belongs to a block where each one is its own NFC and none composes with what stands
    /// before it: ASCII, U+0080-U+02FF (Latin-1, Latin Extended-A and -B, IPA), U+1E00-U+1EFF
    /// (Latin Extended Additional, the precomposed Vietnamese letters), U+2002-U+206F
    /// (General Punctuation without U+2000 and U+2001, which NFC changes) and U+20A0-U+20BF
    /// (currency signs, ₫). Anything else (a combining mark, Å written as U+212B, Greek,
    /// Cyrillic, CJK) is left to ICU.
    public static func isObviouslyNFC(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            if (0xC2...0xCB).contains(byte) { index += 2; continue }
            guard index + 2 < count else { return false }
            let second = bytes[index + 1], third = bytes[index + 2]
            switch (byte, second) {
            case (0xE1, 0xB8...0xBB): break
            case (0xE2, 0x80) where third >= 0x82: break
            case (0xE2, 0x81) where third <= 0xAF: break
            case (0xE2, 0x82) where third >= 0xA0: break
            default: return false
            }
            index += 3
        }
        return true
    }

    /// NFC of a whole document, skipping ICU when the text is obviously NFC already.
    public static func nfc(_ text: String) -> String {
        var text = text
        let normalized: String? = text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            return isObviouslyNFC(raw) ? nil : normalize(raw)
        }
        return normalized ?? text
    }
}
