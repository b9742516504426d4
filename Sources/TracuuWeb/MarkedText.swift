import TracuuIndex

/// Highlighted text as the `marked` template's segments, so that the template escapes every
/// piece: "Ban chấp hành <mark>Công đoàn</mark>…" with the words a search matched marked.
enum MarkedText {
    static func segments(_ text: HighlightedText) -> [String: Any] {
        ["segments": pieces(Array(text.text), text.highlights, from: 0, to: text.text.count)]
    }

    static func plain(_ text: String) -> [String: Any] {
        ["segments": [["text": text, "mark": false]]]
    }

    /// A figure's sentence with the figure marked (`range`: UTF-8 offsets, as `FigureHit` gives them).
    static func figure(_ context: String, _ range: Range<Int>?) -> [String: Any] {
        guard let range else { return plain(context) }
        let utf8 = Array(context.utf8)
        guard range.lowerBound >= 0, range.upperBound <= utf8.count, range.lowerBound <= range.upperBound else { return plain(context) }
        let before = String(decoding: utf8[..<range.lowerBound], as: UTF8.self)
        let figure = String(decoding: utf8[range], as: UTF8.self)
        let after = String(decoding: utf8[range.upperBound...], as: UTF8.self)
        return ["segments": [["text": before, "mark": false], ["text": figure, "mark": true], ["text": after, "mark": false]]]
    }

    /// The text cut at line breaks into paragraphs, each with its own marked segments.
    static func paragraphs(_ text: HighlightedText) -> [[String: Any]] {
        let characters = Array(text.text)
        var paragraphs: [[String: Any]] = []
        var start = 0
        for index in 0...characters.count where index == characters.count || characters[index].isNewline {
            let segments = pieces(characters, text.highlights, from: start, to: index)
            if characters[start..<index].contains(where: { !$0.isWhitespace }) { paragraphs.append(["segments": segments]) }
            start = index + 1
        }
        return paragraphs
    }

    /// Characters `from..<to` split at the highlights (character offsets) that fall inside.
    private static func pieces(_ characters: [Character], _ highlights: [Range<Int>], from: Int, to: Int) -> [[String: Any]] {
        var pieces: [[String: Any]] = []
        var cursor = from
        for range in highlights where range.lowerBound < to && range.upperBound > from {
            let lower = max(range.lowerBound, cursor), upper = min(range.upperBound, to)
            guard lower < upper else { continue }
            if cursor < lower { pieces.append(["text": String(characters[cursor..<lower]), "mark": false]) }
            pieces.append(["text": String(characters[lower..<upper]), "mark": true])
            cursor = upper
        }
        if cursor < to { pieces.append(["text": String(characters[cursor..<to]), "mark": false]) }
        return pieces
    }
}
