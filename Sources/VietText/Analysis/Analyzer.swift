/// The one analyzer documents and queries share: ICU word segmentation (its
/// boundaries computed directly for plain Latin text by `LatinWordSegmenter`),
/// dotted words cut into their parts (`DottedWordFilter`), then each word's exact
/// and folded forms (see `TermNormalizer`), a glued administrative prefix read as
/// its word (`AdministrativePrefix`: "Q.1" → quận 1).
///
/// Not thread-safe: it reuses its buffers, so give each thread its own.
///
/// ```swift
/// Analyzer().tokens(in: "Công đoàn CAND")
/// // công/cong@0[0..<6], đoàn/doan@1[7..<13], cand@2[14..<18]
/// ```
public final class Analyzer {
    /// A view of one token inside the analyzer's buffers, valid only during the callback.
    public struct TokenView {
        /// Exact form bytes.
        public let exact: UnsafeBufferPointer<UInt8>
        /// Folded form bytes; empty when it equals the exact form.
        public let folded: UnsafeBufferPointer<UInt8>
        public let start: Int
        public let end: Int
        public let position: Int
    }

    private let segmenter = WordSegmenter()
    private let normalizer = TermNormalizer()
    @exclusivity(unchecked) private var boundaries = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << 12)
    @exclusivity(unchecked) private var boundaryCapacity = 1 << 12

    public init() {}

    deinit { boundaries.deallocate() }

    /// Analyzes UTF-8 bytes, calling `body` per token; `body` returns false to stop.
    public func analyze(_ text: UnsafePointer<CChar>, count: Int, _ body: (TokenView) -> Bool) {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var position = 0
        func emit(_ start: Int, _ end: Int) -> Bool {
            let forms = AdministrativePrefix.forms(bytes, start: start, end: end, count: count)
                ?? forms(ofWord: bytes + start, count: end - start)
            let view = TokenView(exact: forms.exact, folded: forms.folded, start: start, end: end, position: position)
            position += 1
            return body(view)
        }
        segments(text, count: count, emit)
    }

    /// The exact and folded forms (folded empty when equal) of one word, bytes that
    /// `segments` delimited; valid until the next call.
    @inline(__always)
    public func forms(ofWord word: UnsafePointer<UInt8>, count: Int) -> (exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) {
        normalizer.normalize(word, count: count)
        return (UnsafeBufferPointer(start: normalizer.exact, count: normalizer.exactCount),
                UnsafeBufferPointer(start: normalizer.folded + 1, count: normalizer.foldedCount))
    }

    /// The byte range of each token `analyze` would give, in the same order (one token per
    /// word), without computing its forms: what a caller needs that only counts positions
    /// and cuts text, such as FTS5 cutting a snippet. A caller computing forms itself asks
    /// `AdministrativePrefix` first, as `analyze` does.
    @inline(__always)
    public func segments(_ text: UnsafePointer<CChar>, count: Int, _ body: (_ start: Int, _ end: Int) -> Bool) {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        let needed = LatinWordSegmenter.maximumBoundaries(count)
        if needed > boundaryCapacity {
            boundaries.deallocate()
            boundaryCapacity = max(needed, boundaryCapacity * 2)
            boundaries = .allocate(capacity: boundaryCapacity)
        }
        let cutDots = DottedWordFilter.mayCut(bytes, count: count)
        func filtered(_ start: Int, _ end: Int) -> Bool {
            cutDots ? DottedWordFilter.parts(bytes, start: start, end: end) { AdministrativePrefix.parts(bytes, start: $0, end: $1, body) }
                : AdministrativePrefix.parts(bytes, start: start, end: end, body)
        }
        /// The words of `count` bytes at `start`, from the fast segmentation; false when it
        /// declined them, or when `body` returned false (then `stopped`).
        func segmented(from start: Int, count: Int, stopped: inout Bool) -> Bool {
            guard let found = LatinWordSegmenter.segment(bytes + start, count: count, writingTo: boundaries) else { return false }
            let offset = Int32(start)
            var index = 0
            if cutDots {
                while index < found {
                    if !filtered(Int(boundaries[index] + offset), Int(boundaries[index + 1] + offset)) { stopped = true; return true }
                    index += 2
                }
            } else {
                while index < found {
                    if !AdministrativePrefix.parts(bytes, start: Int(boundaries[index] + offset), end: Int(boundaries[index + 1] + offset), body) {
                        stopped = true
                        return true
                    }
                    index += 2
                }
            }
            return true
        }
        var stopped = false
        if segmented(from: 0, count: count, stopped: &stopped) { return }
        // ICU's boundary before an ASCII letter or digit that follows a space is certain, and no
        // boundary before it depends on what comes after it (UAX #29 looks past no space): the text
        // is read in pieces cut there, and only the pieces holding a character the fast
        // segmentation does not know (an e-mail address, `_`) go to ICU.
        var pieceStart = 0
        while pieceStart < count, !stopped {
            let pieceEnd = Self.pieceEnd(bytes, after: pieceStart + Self.pieceBytes, count: count)
            if !segmented(from: pieceStart, count: pieceEnd - pieceStart, stopped: &stopped) {
                segmenter.forEachWord(in: text + pieceStart, count: pieceEnd - pieceStart) { start, end in
                    if filtered(start + pieceStart, end + pieceStart) { return true }
                    stopped = true
                    return false
                }
            }
            pieceStart = pieceEnd
        }
    }

    /// About how long a piece of a text the fast segmentation declined is.
    private static let pieceBytes = 512

    /// The first offset from `from` on where an ASCII letter or digit follows a space; `count` for none.
    private static func pieceEnd(_ bytes: UnsafePointer<UInt8>, after from: Int, count: Int) -> Int {
        var index = max(from, 1)
        while index < count {
            if bytes[index - 1] == 0x20, (bytes[index] | 0x20) &- 0x61 < 26 || bytes[index] &- 0x30 < 10 { return index }
            index += 1
        }
        return count
    }

    /// The tokens of a string, for queries, tests and `tracuu tokenize`.
    public func tokens(in text: String) -> [Token] {
        var text = text
        var tokens: [Token] = []
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { pointer in
                analyze(pointer, count: utf8.count) { view in
                    tokens.append(Token(
                        exact: String(decoding: view.exact, as: UTF8.self),
                        folded: view.folded.isEmpty ? nil : String(decoding: view.folded, as: UTF8.self),
                        start: view.start, end: view.end, position: view.position))
                    return true
                }
            }
        }
        return tokens
    }
}
