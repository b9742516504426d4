import Foundation

/// A token filter after word segmentation: a word that ICU joined across dots between
/// letters (UAX #29 keeps "letter . letter" together) gives its parts as words at their own
/// positions, as news writes place names and sites: "TP.Đà Nẵng" → TP, Đà, Nẵng;
/// "ANTT.VN" → ANTT, VN. A dot between two digits stays (2.000, 10.10.2020), and so does
/// a word holding `@` (an e-mail address is one word).
public enum DottedWordFilter {
    /// Calls `body` with the byte range of each part of the word `text[start..<end]`;
    /// returns false when `body` did.
    @inline(__always)
    public static func parts(_ text: UnsafePointer<UInt8>, start: Int, end: Int, _ body: (Int, Int) -> Bool) -> Bool {
        var index = start
        while index < end, text[index] != dot { index += 1 }
        if index == end { return body(start, end) }
        return split(text, start: start, end: end, firstDot: index, body)
    }

    /// Whether any word of the text can hold a dot to cut at: a dot with a letter (or any
    /// non-ASCII byte) right after it. Most texts have none, and skip the per-word look.
    public static func mayCut(_ text: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 1
        while index + 1 < count {
            guard let found = memchr(text + index, Int32(dot), count - 1 - index) else { return false }
            let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - text
            let next = text[at + 1]
            if next >= 0x80 || (next | 0x20) &- 0x61 < 26 { return true }
            index = at + 1
        }
        return false
    }

    private static let dot = UInt8(ascii: ".")

    private static func split(_ text: UnsafePointer<UInt8>, start: Int, end: Int, firstDot: Int, _ body: (Int, Int) -> Bool) -> Bool {
        for index in start..<end where text[index] == UInt8(ascii: "@") { return body(start, end) }
        func isDigit(_ index: Int) -> Bool { index >= start && index < end && text[index] &- 0x30 < 10 }
        var partStart = start
        var index = firstDot
        while index < end {
            if text[index] == dot, !(isDigit(index - 1) && isDigit(index + 1)) {
                if index > partStart, !body(partStart, index) { return false }
                partStart = index + 1
            }
            index += 1
        }
        return partStart < end ? body(partStart, end) : true
    }
}
