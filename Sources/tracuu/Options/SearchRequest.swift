import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput

/// One `tracuu search`, read from its arguments by `SearchCommand` or, for plain lists,
/// by `QuickSearchArguments`; validates and runs the same either way.
struct SearchRequest: Equatable {
    var index: String?
    var words: [String]
    var since: String?
    var until: String?
    var kind: String?
    var source: String?
    var limit = 10
    var any = false
    var count = false
    var json = false
    var noExpand = false
    var abbreviationsFile: String?

    func validate() throws {
        try DocumentFilters.validate(since: since, until: until)
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more") }
        // A visible ASCII character is never trimmed; only other queries need Foundation's trimming.
        guard words.contains(where: { $0.utf8.contains { (0x21...0x7E).contains($0) } })
                || !words.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("give a query, e.g. tracuu search \"cong doan\"")
        }
    }

    func run() throws {
        let database = try IndexLocation.open(index)
        // The process ends with the search: the read-only connection is left for the system
        // to close: GRDB's teardown (its notification observer, its statements) would only
        // add work before an exit that frees it all anyway.
        _ = Unmanaged.passRetained(database)
        let query = words.joined(separator: " ")
        var options = SearchOptions(since: since, until: until, kind: kind, source: source, limit: limit, anyWord: any)
        options.expandAbbreviations = !noExpand
        if !noExpand { options.userAbbreviations = try AbbreviationFileOption.load(abbreviationsFile) }
        let results: SearchResults
        do {
            results = try Searcher(database: database).search(query, options: options, countOnly: count)
        } catch let error as SearchError {
            throw CLIError(error)
        } catch let error as IndexError {
            throw CLIError(error)
        }
        if !json {
            SearchNotes(filtered: since != nil || until != nil || kind != nil || source != nil, anyWord: any).write(results, ordered: !count)
        }
        DocumentFilters.noteUndated(results.undatedLeftOut, matching: true)
        if count {
            Terminal.write(json ? "{\"query\":\(JSONOutput.string(query)),\"total\":\(results.total)}\n" : "\(results.total)\n")
        } else if json {
            Terminal.write(try JSONOutput.search(results))
        } else {
            Terminal.write(SearchPrinter(colored: Terminal.stdoutColored).render(results))
        }
        if results.total == 0 { throw ExitCode(1) }
    }
}
