import TracuuIndex

/// Renders search results for people: rank, title, date, path, and a snippet
/// with matched words highlighted (in colour on a terminal, plain when piped).
public struct SearchPrinter {
    public var colored: Bool

    public init(colored: Bool) { self.colored = colored }

    /// Each hit as its rank and title, its path, its snippet, and a last line when the limit
    /// left documents out; empty without a hit.
    public func render(_ results: SearchResults) -> String {
        guard !results.hits.isEmpty else { return "" }
        var output = ""
        for hit in results.hits {
            let date = hit.date.map { "  " + $0 } ?? ""
            output += Terminal.style("\(hit.rank).", .bold, enabled: colored) + " "
                + Terminal.style(hit.title, .title, enabled: colored) + Terminal.style(date, .dim, enabled: colored) + "\n"
            output += "   " + Terminal.style(hit.path, .path, enabled: colored) + "\n"
            let snippet = highlighted(hit.snippet)
            if !snippet.isEmpty { output += "   " + snippet + "\n" }
            output += "\n"
        }
        let shown = results.hits.count
        if shown < results.total {
            output += Terminal.style("\(shown) of \(results.total) documents; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    /// The snippet on one line, its matched words in the match colour when colours are on.
    public func highlighted(_ snippet: HighlightedText) -> String {
        let text = snippet.text.replacingNewlines()
        guard colored, !snippet.highlights.isEmpty else { return text }
        let characters = Array(text)
        var output = ""
        var cursor = 0
        for range in snippet.highlights where range.lowerBound >= cursor && range.upperBound <= characters.count {
            output += String(characters[cursor..<range.lowerBound])
            output += Terminal.style(String(characters[range]), .match, enabled: true)
            cursor = range.upperBound
        }
        return output + String(characters[cursor...])
    }
}
