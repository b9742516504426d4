import Foundation

/// Removes what scrapers leave around an article: the block of related
/// headlines at its end ("Có thể bạn quan tâm", "Tin khác", "Tin liên quan",
/// "Xem thêm", "Nên xem") and markdown image residue like `![]() |`, keeping
/// caption text. Works on UTF-8 bytes: it runs on every line of every document.
public enum TrailerCutter {
    static let trailerHeadings: Set<String> = [
        "có thể bạn quan tâm", "tin khác", "tin liên quan", "xem thêm", "nên xem", "tin cùng chuyên mục",
        "bài liên quan", "đọc thêm", "tin mới", "tin nổi bật", "tin đọc nhiều", "bài viết liên quan",
    ]
    /// Headings are short; longer lines are never compared.
    static let longestHeadingBytes = 48
    /// Lines after a trailer heading are headlines or date lines, never paragraphs.
    static let longestTrailerLine = 200

    /// The lines of `text` with image residue cleaned and any trailer cut.
    public static func clean(_ text: Substring) -> [String] {
        // Lines are found on the bytes but cut from `text` itself: no second UTF-8 validation.
        let utf8 = text.utf8
        var scanned = text
        var lines: [String] = []
        scanned.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var start = 0
            while start < count {
                var end = count
                if let newline = memchr(base + start, 0x0A, count - start) {
                    end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
                }
                if end > start {
                    let line = cleanLine(UnsafeBufferPointer(start: base + start, count: end - start)) { range in
                        let lower = utf8.index(utf8.startIndex, offsetBy: start + range.lowerBound)
                        return String(Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)]))
                    }
                    if !line.isEmpty { lines.append(line) }
                }
                start = end + 1
            }
        }
        if let start = trailerStart(lines) { lines.removeSubrange(start...) }
        return lines
    }

    private static let headingTrimmed = CharacterSet(charactersIn: " :.-–—|")
    /// First bytes a line can start with (after what `headingTrimmed` trims) and lower-case
    /// to a heading: only a heading's own first letter, in either case, lower-cases to it.
    private static let headingFirstBytes = Set(trailerHeadings.flatMap { [$0.utf8.first!, $0.uppercased().utf8.first!] })

    /// "Tin liên quan", "Xem thêm:", "CÓ THỂ BẠN QUAN TÂM": the heading of a block of related headlines.
    public static func isTrailerHeading(_ line: String) -> Bool {
        line.utf8.count <= longestHeadingBytes && trailerHeadings.contains(line.lowercased().trimmingCharacters(in: headingTrimmed))
    }

    static func trailerStart(_ lines: [String]) -> Int? {
        for (index, line) in lines.enumerated() where index > 0 && line.utf8.count <= longestHeadingBytes {
            guard let first = firstUntrimmedByte(line), headingFirstBytes.contains(first) else { continue }
            let heading = line.lowercased().trimmingCharacters(in: headingTrimmed)
            guard trailerHeadings.contains(heading) else { continue }
            if lines[(index + 1)...].allSatisfy({ $0.utf8.count <= longestTrailerLine || $0.count <= longestTrailerLine }) {
                return index
            }
        }
        return nil
    }

    /// The first byte of `line` past the spaces, colons, dots, dashes and pipes a heading may start with.
    private static func firstUntrimmedByte(_ line: String) -> UInt8? {
        var bytes = line.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20, 0x3A, 0x2E, 0x2D, 0x7C: continue
            case 0xE2:
                // – and — are E2 80 93 and E2 80 94.
                guard bytes.next() == 0x80, let last = bytes.next(), last == 0x93 || last == 0x94 else { return 0xE2 }
            default: return byte
            }
        }
        return nil
    }

    /// Trims spaces, drops `![alt](url)` and the table pipes around a caption; the caption stays.
    /// `text` gives the line's bytes in a range as a string.
    static func cleanLine(_ raw: UnsafeBufferPointer<UInt8>, text: (Range<Int>) -> String) -> String {
        guard hasResidue(raw) else {
            var start = 0
            var end = raw.count
            while start < end, isSpace(raw[start]) { start += 1 }
            while end > start, isSpace(raw[end - 1]) { end -= 1 }
            return start == end ? "" : text(start..<end)
        }
        // Cut as bytes: every mark removed is ASCII, so what is left stays whole characters.
        var kept: [UInt8] = []
        kept.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if let end = imageEnd(raw, at: index) {
                index = end
            } else {
                kept.append(raw[index])
                index += 1
            }
        }
        var start = 0
        var end = kept.count
        while start < end, isResidueSpace(kept[start]) { start += 1 }
        while end > start, isResidueSpace(kept[end - 1]) { end -= 1 }
        return start == end ? "" : String(decoding: kept[start..<end], as: UTF8.self)
    }

    /// The end of `![alt](url)` when one starts at `index`: `alt` holds no `]` and `url` no `)`.
    private static func imageEnd(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 1 < raw.count, raw[index] == 0x21, raw[index + 1] == 0x5B else { return nil }
        var close = index + 2
        while close < raw.count, raw[close] != 0x5D { close += 1 }
        guard close + 1 < raw.count, raw[close + 1] == 0x28 else { return nil }
        var end = close + 2
        while end < raw.count, raw[end] != 0x29 { end += 1 }
        return end < raw.count ? end + 1 : nil
    }

    private static func isResidueSpace(_ byte: UInt8) -> Bool { byte == 0x7C || isSpace(byte) }

    /// A `|` or a `![` in the line.
    private static func hasResidue(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = raw.baseAddress else { return false }
        if memchr(base, 0x7C, raw.count) != nil { return true }
        var from = 1
        while from < raw.count, let bracket = memchr(base + from, 0x5B, raw.count - from) {
            let index = UnsafeRawPointer(bracket) - UnsafeRawPointer(base)
            if raw[index - 1] == 0x21 { return true }
            from = index + 1
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
