/// The one-letter administrative prefixes news glues to a place with a dot, read as the
/// words they stand for: "Q.1" quận 1, "P.Tân Định" phường Tân Định, "H.Hòa Vang" huyện
/// Hòa Vang. Only a capital Q, P or H directly followed by a dot and a number or a
/// capitalised word counts: initials such as "P.T" or "H. (30 tuổi)" stay letters.
/// (TP. and TX. stay the words TP and TX, which the abbreviation list spells out; the glued
/// `TPHCM` gives TP and HCM, as "TP.HCM" does.)
public enum AdministrativePrefix {
    /// The exact and folded forms of the word a prefix stands for, when the word
    /// `text[start..<end]` (of a text of `count` bytes) is one.
    @inline(__always)
    public static func forms(_ text: UnsafePointer<UInt8>, start: Int, end: Int, count: Int)
        -> (exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>)? {
        guard end - start == 1, end + 1 < count, text[end] == UInt8(ascii: ".") else { return nil }
        let word: Int
        switch text[start] {
        case UInt8(ascii: "Q"): word = 0
        case UInt8(ascii: "P"): word = 1
        case UInt8(ascii: "H"): word = 2
        default: return nil
        }
        guard namesPlace(text + end + 1, count: min(count - end - 1, 16)) else { return nil }
        return (words[word].exact, words[word].folded)
    }

    /// Calls `body` with the parts of a word that glues the city prefix to its name, `TPHCM`
    /// → TP, HCM (as "TP.HCM" gives them), else with the word itself; returns false when `body` did.
    @inline(__always)
    public static func parts(_ text: UnsafePointer<UInt8>, start: Int, end: Int, _ body: (Int, Int) -> Bool) -> Bool {
        guard end - start == 5, text[start] == UInt8(ascii: "T"), isGluedCity(text + start) else { return body(start, end) }
        return body(start, start + 2) && body(start + 2, end)
    }

    private static func isGluedCity(_ word: UnsafePointer<UInt8>) -> Bool {
        word[1] == UInt8(ascii: "P") && word[2] == UInt8(ascii: "H") && word[3] == UInt8(ascii: "C") && word[4] == UInt8(ascii: "M")
    }

    /// quận, phường, huyện with their folded forms (written once, then only read).
    nonisolated(unsafe) private static let words: [(exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>)] =
        [("quận", "quan"), ("phường", "phuong"), ("huyện", "huyen")].map { (stored($0.0), stored($0.1)) }

    private static func stored(_ text: String) -> UnsafeBufferPointer<UInt8> {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        return UnsafeBufferPointer(bytes)
    }

    /// Whether the text after the dot starts with a digit or with a capital followed by a small
    /// letter (a combining mark may come between, as in NFD "Bi\u{0300}nh").
    private static func namesPlace(_ next: UnsafePointer<UInt8>, count: Int) -> Bool {
        if next[0] &- 0x30 < 10 { return true }
        guard let first = UTF8Decoder.decode(next, count: count, at: 0), LetterTable.letterCase(first.scalar) == .upper else { return false }
        var index = first.length
        while index < count, let scalar = UTF8Decoder.decode(next, count: count, at: index) {
            if (0x300...0x36F).contains(scalar.scalar) {
                index += scalar.length
                continue
            }
            return LetterTable.letterCase(scalar.scalar) == .lower
        }
        return false
    }
}
