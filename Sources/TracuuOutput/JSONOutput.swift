import Foundation
import TracuuIndex

/// The JSON that scripts read: one document per command, keys as in the README.
public enum JSONOutput {
    struct SearchDocument: Encodable {
        var query: String
        var total: Int
        var relaxed: Bool
        var results: [Result]
        var expansions: [AbbreviationExpansion]
        @JSONNullable var reading: String?
        @JSONNullable var otherReading: String?
        @JSONNullable var suggestion: String?
        var corrected: Bool
    }

    struct Result: Encodable {
        var rank: Int
        var path: String
        var title: String
        @JSONNullable var date: String?
        var kind: String
        var score: Double
        var snippet: String
        /// `[start, end)` character offsets of matched words in `snippet`.
        var highlights: [[Int]]
    }

    /// The encoder of every JSON answer: keys sorted, `/` left unescaped (`02-NQ/TW`).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `tracuu search --json`: the results with their highlights as `[start, end)` offsets, one line.
    public static func search(_ results: SearchResults) throws -> String {
        let document = SearchDocument(
            query: results.query, total: results.total, relaxed: results.relaxed,
            results: results.hits.map { hit in
                Result(
                    rank: hit.rank, path: hit.path, title: hit.title, date: hit.date, kind: hit.kind, score: hit.score,
                    snippet: hit.snippet.text, highlights: hit.snippet.highlights.map { [$0.lowerBound, $0.upperBound] })
            },
            expansions: results.expansions, reading: results.keystrokeReading ?? results.reading,
            otherReading: results.otherReading, suggestion: results.suggestion,
            corrected: results.showsSuggestion)
        return String(decoding: try encoder().encode(document), as: UTF8.self) + "\n"
    }

    /// Any answer as one line of JSON, ending with a newline.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
    }

    /// `text` as a JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        String(decoding: (try? encoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
