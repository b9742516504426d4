import TracuuIndex
import TracuuOutput

/// What a search read, relaxed, suggests or could not find, said on stderr in the words
/// `tracuu search` uses; `tracuu figures` says the same of the search that chose its documents
/// (`tham nhung` → reading "tham nhũng").
struct SearchNotes {
    /// Whether --since, --until, --kind or --source narrowed the search.
    var filtered: Bool
    /// Whether --any asked for any word.
    var anyWord: Bool

    /// A search with no result always says why; the reading is said only where it orders results.
    func write(_ results: SearchResults, ordered: Bool) {
        explain(results)
        if !results.expansions.isEmpty {
            Terminal.diagnostic("tracuu: also matching " + results.expansions.map { "\($0.from) → \($0.to)" }.joined(separator: ", "))
        }
        if let reading = results.reading, ordered {
            if let other = results.otherReading {
                Terminal.diagnostic("tracuu: reading \"\(reading)\" (documents writing it come first); also often written: \"\(other)\", type it with diacritics to search for it")
            } else {
                Terminal.diagnostic("tracuu: reading \"\(reading)\" (documents writing it come first; type diacritics or quotes to search as typed)")
            }
        }
        if results.relaxed, !anyWord {
            Terminal.diagnostic(results.everyWordTotal == 0
                ? "tracuu: no document has every word; showing documents with any of them"
                : "tracuu: only \(results.everyWordTotal) of the documents have every word; showing documents with any of them, best first")
        }
    }

    private func explain(_ results: SearchResults) {
        if let reading = results.keystrokeReading { Terminal.diagnostic("tracuu: reading the query as \"\(reading)\"") }
        if let suggestion = results.suggestion {
            Terminal.diagnostic(results.showsSuggestion
                ? "tracuu: nothing found for \"\(results.keystrokeReading ?? results.query)\"; showing results for \"\(suggestion)\""
                : "tracuu: did you mean \"\(suggestion)\"?")
        }
        guard results.total == 0 else { return }
        if !results.unmatchedWords.isEmpty {
            Terminal.diagnostic("tracuu: no document has " + results.unmatchedWords.map { "\"\($0)\"" }.joined(separator: ", "))
        } else if filtered {
            Terminal.diagnostic("tracuu: no document matches with the filters given (--since, --until, --kind, --source)")
        } else {
            Terminal.diagnostic("tracuu: no document has these words together (or every one is excluded)")
        }
    }
}
