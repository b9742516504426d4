import VietText

/// A text with the spans to highlight, in Character offsets.
public struct HighlightedText: Sendable, Equatable, Codable {
    public var text: String
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// Reads FTS5 `snippet()`/`highlight()` output made with `open`/`close` as markers.
    init(marked: String) {
        if let simple = Self.scalarPerCharacter(marked) {
            self = simple
            return
        }
        var text = ""
        var highlights: [Range<Int>] = []
        var count = 0
        var start: Int?
        for character in marked {
            switch character {
            case Self.open: start = count
            case Self.close:
                if let begin = start, begin < count { highlights.append(begin..<count) }
                start = nil
            default:
                text.append(character)
                count += 1
            }
        }
        self.init(text: text, highlights: highlights)
    }

    /// `init(marked:)` counting scalars instead of Characters, for the usual snippet where each
    /// scalar is a Character of its own: Latin letters (Vietnamese precomposed ones included),
    /// digits, punctuation (`…`, `–`, `“”`), currency signs (`₫`); no combining mark, no
    /// joiner, no CR LF pair. Nil for any other text.
    private static func scalarPerCharacter(_ marked: String) -> HighlightedText? {
        var marked = marked
        return marked.withUTF8 { bytes -> HighlightedText? in
            guard let base = bytes.baseAddress else { return HighlightedText(text: "", highlights: []) }
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var highlights: [Range<Int>] = []
            var count = 0
            var start: Int?
            var previous: UInt32 = 0
            var index = 0
            while index < bytes.count {
                guard let (scalar, length) = UTF8Decoder.decode(base, count: bytes.count, at: index) else { return nil }
                switch scalar {
                case 0xE000: start = count
                case 0xE001:
                    if let begin = start, begin < count { highlights.append(begin..<count) }
                    start = nil
                case 0x0A where previous == 0x0D: return nil
                case 0...0x2FF, 0x1E00...0x1EFF, 0x2000...0x200B, 0x200E...0x206F, 0x20A0...0x20CF:
                    text.append(contentsOf: UnsafeBufferPointer(start: base + index, count: length))
                    count += 1
                default: return nil
                }
                previous = scalar
                index += length
            }
            return HighlightedText(text: String(decoding: text, as: UTF8.self), highlights: highlights)
        }
    }
}
