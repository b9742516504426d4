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

    /// Whether well-formed UTF-8 text is certainly NFC without asking ICU: it has no
    /// byte that can start a combining mark or a character NFC changes.
    public static func isObviouslyNFC(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // Lead bytes 0xCC-0xCD cover U+0300-U+036F; 0xE1 0xB7 U+1DC0-; 0xE2 0x83 U+20D0-;
        // 0xE1 0x84-0x87 Hangul jamo; 0xEF 0xA4-0xAB compatibility ideographs; 0xF0 rare others.
        // Read a character at a time (the bytes are well-formed UTF-8): only lead bytes are looked at.
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            if byte < 0xCC { index += 2; continue }
            if byte < 0xE0 {
                if byte <= 0xCD { return false }
                index += 2
                continue
            }
            if byte >= 0xF0 { return false }
            if index + 1 < count {
                let next = bytes[index + 1]
                if byte == 0xE1, next == 0xB7 || (0x84...0x87).contains(next) { return false }
                if byte == 0xE2, next == 0x83 { return false }
                if byte == 0xEF, (0xA4...0xAB).contains(next) { return false }
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
