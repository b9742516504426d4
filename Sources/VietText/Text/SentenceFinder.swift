/// The sentence around a span of UTF-8 text, and the part of it quoted as context:
/// the one sentence cutter of figures, reference citations and abbreviation examples.
/// A sentence starts after a line break or after `.`, `!`, `?` and a space; it stops at a
/// line break (left out) or at `.`, `!`, `?` before a space, a line break or the end (kept).
/// A sentence up to `longestContext` bytes is quoted whole; a longer one as a window of
/// `contextMargin` bytes each side of the span, cut at spaces, "…" marking the cut parts.
///
/// In "Năm 2023 có 120 đoàn viên. Họ mới vào." the sentence around `120` is
/// "Năm 2023 có 120 đoàn viên.".
///
/// Spans come in text order, often several to a sentence, so each search starts where the
/// last one stopped.
public struct SentenceFinder {
    /// The longest sentence quoted whole, in bytes.
    public static let longestContext = 400
    /// What a window keeps each side of the span in a longer sentence, in bytes.
    public static let contextMargin = 160

    public let bytes: UnsafeBufferPointer<UInt8>
    /// The last span start searched from, and the sentence start found for it.
    private var lower = Int.max, start = 0
    /// The last span end searched from, and where the search forward stopped (see `sentenceStop`).
    private var upper = Int.max, stop = 0

    public init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// What a sentence quotes around a span: the bytes shown (spaces trimmed) and whether
    /// "…" stands for a cut part before or after them.
    public struct Context: Equatable {
        public var range: Range<Int>
        public var elidedBefore: Bool
        public var elidedAfter: Bool
    }

    /// The sentence around `range` (offsets into `bytes`), without its outer spaces.
    public mutating func sentence(around range: Range<Int>) -> Range<Int> {
        let count = bytes.count
        var start: Int
        if lower <= range.lowerBound {
            start = sentenceStart(from: range.lowerBound, after: lower) ?? self.start
        } else {
            start = sentenceStart(from: range.lowerBound, after: 0) ?? 0
        }
        lower = range.lowerBound
        self.start = start
        let stop: Int
        if upper <= range.upperBound, range.upperBound <= self.stop {
            stop = self.stop
        } else {
            stop = sentenceStop(from: range.upperBound)
        }
        upper = range.upperBound
        self.stop = stop
        var end = stop < count && bytes[stop] != 0x0A ? stop + 1 : stop
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// What `sentence` (found by `sentence(around:)`) quotes around `span`.
    public func context(of span: Range<Int>, in sentence: Range<Int>) -> Context {
        guard sentence.count > Self.longestContext else {
            return Context(range: sentence, elidedBefore: false, elidedAfter: false)
        }
        var start = max(sentence.lowerBound, span.lowerBound - Self.contextMargin)
        var end = min(sentence.upperBound, span.upperBound + Self.contextMargin)
        if start > sentence.lowerBound {
            while start < span.lowerBound, bytes[start] != 0x20 { start += 1 }
        }
        if end < sentence.upperBound {
            while end > span.upperBound, bytes[end] != 0x20 { end -= 1 }
        }
        let elidedBefore = start > sentence.lowerBound, elidedAfter = end < sentence.upperBound
        while start < end, let width = Self.spaceWidth(bytes, at: start) { start += width }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 } else if end - 2 >= start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 } else { break }
        }
        return Context(range: start..<end, elidedBefore: elidedBefore, elidedAfter: elidedAfter)
    }

    /// The context of `span` (UTF-8 offsets) in a whole text: the quoted text with its "…"
    /// marks, and where the span stands in it, in characters.
    public static func context(in text: String, around span: Range<Int>) -> (text: String, span: Range<Int>) {
        let bytes = Array(text.utf8)
        guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return ("", 0..<0) }
        let context = bytes.withUnsafeBufferPointer { buffer in
            var finder = SentenceFinder(bytes: buffer)
            return finder.context(of: span, in: finder.sentence(around: span))
        }
        let shown = min(context.range.lowerBound, span.lowerBound)..<max(context.range.upperBound, span.upperBound)
        let before = (context.elidedBefore ? "…" : "") + String(decoding: bytes[shown.lowerBound..<span.lowerBound], as: UTF8.self)
        let mention = String(decoding: bytes[span], as: UTF8.self)
        let after = String(decoding: bytes[span.upperBound..<shown.upperBound], as: UTF8.self) + (context.elidedAfter ? "…" : "")
        let start = before.count
        return (before + mention + after, start..<(start + mention.count))
    }

    /// The width of a space (` `, tab, no-break space) at `index`, nil for anything else.
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : nil
    }

    /// Whether one of the 8 bytes of `word` may be `\n`, `.`, `!` or `?` (never missing one).
    @inline(__always)
    private static func mayHoldSentenceMark(_ word: UInt64) -> Bool {
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x }
        let marks = zeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroByte(word ^ 0x2E2E_2E2E_2E2E_2E2E)
            | zeroByte(word ^ 0x2121_2121_2121_2121) | zeroByte(word ^ 0x3F3F_3F3F_3F3F_3F3F)
        return marks & 0x8080_8080_8080_8080 != 0
    }

    @inline(__always)
    private func word(at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// The greatest offset in `floor + 1 ... from` where a sentence starts: after a line break,
    /// or after `.`, `!`, `?` followed by a space; nil when there is none.
    private func sentenceStart(from: Int, after floor: Int) -> Int? {
        // `mark` runs over the byte before each possible start.
        var mark = from - 1
        while mark >= floor {
            if mark - 7 >= floor, !Self.mayHoldSentenceMark(word(at: mark - 7)) {
                mark -= 8
                continue
            }
            let low = max(floor, mark - 7)
            while mark >= low {
                let byte = bytes[mark]
                if byte == 0x0A { return mark + 1 }
                if (byte == 0x2E || byte == 0x21 || byte == 0x3F), mark + 1 < bytes.count, bytes[mark + 1] == 0x20 { return mark + 1 }
                mark -= 1
            }
        }
        return nil
    }

    /// The first offset from `from` on where a sentence stops: a line break (left out), or
    /// `.`, `!`, `?` followed by a space, a line break or the end (kept); the end when none.
    private func sentenceStop(from: Int) -> Int {
        let count = bytes.count
        var index = from
        while index < count {
            if index + 8 <= count, !Self.mayHoldSentenceMark(word(at: index)) {
                index += 8
                continue
            }
            let high = min(count, index + 8)
            while index < high {
                let byte = bytes[index]
                if byte == 0x0A { return index }
                if byte == 0x2E || byte == 0x21 || byte == 0x3F, index + 1 == count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A {
                    return index
                }
                index += 1
            }
        }
        return count
    }
}
