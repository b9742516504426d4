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

/// One ranked hit.
public struct SearchHit: Sendable, Equatable {
    public var rank: Int
    public var id: Int64
    public var path: String
    public var title: String
    public var date: String?
    public var kind: String
    /// bm25 score, higher is better.
    public var score: Double
    public var snippet: HighlightedText
}

/// The answer to one search.
public struct SearchResults: Sendable, Equatable {
    public var query: String
    /// How many documents match, whatever the limit.
    public var total: Int
    /// True when the search ranked documents with any of the words: none had every word, or
    /// (a question of three items or more) fewer than a page did.
    public var relaxed: Bool
    /// How many documents have every word (as `total` when not relaxed).
    public var everyWordTotal = 0
    /// The query as read when words were typed as raw Telex or VNI keystrokes (`coong ddoanf` → công đoàn).
    public var keystrokeReading: String?
    /// The query with a word the index barely holds replaced by its nearest frequent word.
    public var suggestion: String?
    /// True when the hits are those of `suggestion`: the query as typed found no document with every word.
    public var showsSuggestion = false
    /// With no result: the plain words no document holds.
    public var unmatchedWords: [String] = []
    /// With a date filter: how many documents without a date the same search finds, which the filter left out.
    public var undatedLeftOut = 0
    public var hits: [SearchHit]
    /// Abbreviations and expansions the search also matched.
    public var expansions: [AbbreviationExpansion] = []
    /// How the unaccented words were read (`tham nhũng` for `tham nhung`): documents holding
    /// this reading rank first. Nil when the query is read as typed.
    public var reading: String?
    /// Another reading of those words that the index writes almost as often (`hải quan` beside
    /// `hải quân`): its documents rank with the others, after those of `reading`.
    public var otherReading: String?
    /// The FTS5 expression the search found its documents by and marks their words with
    /// (any word when it fell back to any word; the suggestion's when it shows the suggestion's
    /// results), for marking a document found in full (`DocumentHighlighter`).
    var expression: String?
    /// Listing every document found (`Searcher.Listing.documents`): their ids, best first when ranked.
    var documentIDs: [Int64] = []
}

/// Why a query could not be run, in words for the user.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case nothingToSearch
    case badDate(String)
    case failed(String)

    public var description: String {
        switch self {
        case .nothingToSearch: "the query has no word to look for (only punctuation, operators or excluded words)"
        case .badDate(let text): "'\(text)' is not a date; use YYYY-MM-DD"
        case .failed(let reason): "the search could not be run: \(reason)"
        }
    }
}
