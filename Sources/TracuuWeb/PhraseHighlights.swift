import TracuuIndex
import VietText

/// The marks of a document read in full (`/doc/ID?q=…`), kept where the query's words stand
/// together: FTS5's `highlight()` marks every instance of every word the search looked up, so
/// `cong doan` also marks "công" in "công tác" and "đoàn" in "đoàn viên". Here the phrases it
/// matched ("Công đoàn") and the matched words that stand side by side keep their mark; a word
/// marked alone loses it where the same word is marked inside such a phrase somewhere in the
/// document. Other lone marks stay: an abbreviation (`CĐ`), a word typed apart that never
/// stands beside another ("2017" in `hoc sinh 2017`), or every mark of a document whose words
/// never stand together.
enum PhraseHighlights {
    static func keep(_ columns: [HighlightedText]) -> [HighlightedText] {
        let analyzer = Analyzer()
        let marked = columns.map { Self.runs($0, analyzer) }
        let joined = Set(marked.joined().filter { $0.forms.count > 1 }.flatMap { $0.forms })
        return zip(columns, marked).map { column, runs in
            HighlightedText(text: column.text, highlights: runs.compactMap { run in
                run.forms.count == 1 && joined.contains(run.forms[0]) ? nil : run.range
            })
        }
    }

    /// Marked characters and the words they hold (folded: "cong", "doan").
    private struct Run {
        var range: Range<Int>
        var forms: [String]
    }

    /// The highlights, those separated by spaces only joined into one ("Công" "đoàn" → "Công
    /// đoàn") unless the next one repeats a word of the run ("Công đoàn" "Công" of "Công ty").
    private static func runs(_ text: HighlightedText, _ analyzer: Analyzer) -> [Run] {
        let characters = Array(text.text)
        var runs: [Run] = []
        for range in text.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound <= characters.count {
            if let last = runs.last, last.range.upperBound > range.lowerBound { continue }
            let forms = analyzer.tokens(in: String(characters[range])).map { $0.folded ?? $0.exact }
            if let last = runs.last, !forms.contains(where: last.forms.contains),
               characters[last.range.upperBound..<range.lowerBound].allSatisfy({ $0.isWhitespace && !$0.isNewline }) {
                runs[runs.count - 1] = Run(range: last.range.lowerBound..<range.upperBound, forms: last.forms + forms)
            } else {
                runs.append(Run(range: range, forms: forms))
            }
        }
        return runs
    }
}
