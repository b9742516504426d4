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
        let runs = columns.map(Self.runs)
        var joined: Set<String> = []
        var lone: [[(range: Range<Int>, form: String?)]] = []
        for (column, columnRuns) in zip(columns, runs) {
            let characters = Array(column.text)
            var marks: [(range: Range<Int>, form: String?)] = []
            for run in columnRuns {
                let tokens = analyzer.tokens(in: String(characters[run]))
                if tokens.count > 1 {
                    for token in tokens { joined.insert(token.folded ?? token.exact) }
                    marks.append((run, nil))
                } else {
                    marks.append((run, tokens.first.map { $0.folded ?? $0.exact } ?? ""))
                }
            }
            lone.append(marks)
        }
        return zip(columns, lone).map { column, marks in
            HighlightedText(text: column.text, highlights: marks.compactMap { mark in
                guard let form = mark.form else { return mark.range }
                return joined.contains(form) ? nil : mark.range
            })
        }
    }

    /// The highlights with those separated by spaces only joined into one: "Công" "đoàn" → "Công đoàn".
    private static func runs(_ text: HighlightedText) -> [Range<Int>] {
        let characters = Array(text.text)
        var runs: [Range<Int>] = []
        for range in text.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound <= characters.count {
            if let last = runs.last, last.upperBound <= range.lowerBound,
               characters[last.upperBound..<range.lowerBound].allSatisfy({ $0.isWhitespace && !$0.isNewline }) {
                runs[runs.count - 1] = last.lowerBound..<range.upperBound
            } else if let last = runs.last, last.upperBound > range.lowerBound {
                runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                runs.append(range)
            }
        }
        return runs
    }
}
