import ArgumentParser
import Foundation
import TracuuIndex

/// `tracuu search QUERY...`: ranked documents with highlighted snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        // Only read when `search` is parsed as the root (`parsedDirectly`): usage then says `tracuu search`.
        _superCommandName: "tracuu",
        abstract: "Search the index.",
        discussion: """
            Every word is required; a word typed without diacritics matches any accented
            form (cong doan → Công đoàn), a word typed with them matches only that word
            (hòa → hòa, hoà; not hóa). Case, NFC/NFD, tone placement and i/y never matter.

            Syntax:
              công đoàn               both words (documents with them side by side first)
              "an ninh trật tự"       the exact phrase
              CAND OR CATP            either word
              -"cao đẳng"  -trường    exclude a phrase or a word
              hoà*                    words starting with hoà (hoà, hoàn, hoàng…)
              title:"công đoàn"       only in titles (also lead:, body:)

            Abbreviations: a known abbreviation also matches its expansions and words
            that spell an expansion also match the abbreviation, inside phrases too
            (CAND ↔ Công an nhân dân); see `tracuu abbr`.

            Examples:
              tracuu search "cong doan"
              tracuu search '"đoàn viên" title:CAND' --since 2022-01-01 --limit 5
              tracuu search --json tai nạn giao thông | jq '.results[].path'
              tracuu search --count NLĐ
              tracuu search LĐLĐ                  also finds "Liên đoàn Lao động" (--no-expand: not)
            """)

    // `--index`, the filters and `--abbreviations` are declared here rather than taken as
    // option groups (IndexLocation, DocumentFilters, AbbreviationFileOption): every group is
    // one more type the parser reflects on at each start, and searches start often.
    @Option(name: .customLong("index"), help: IndexLocation.optionHelp)
    var index: String?

    @Argument(help: ArgumentHelp("The query; several arguments are joined with spaces.", valueName: "query"))
    var words: [String] = []

    @Option(help: DocumentFilters.sinceHelp)
    var since: String?

    @Option(help: DocumentFilters.untilHelp)
    var until: String?

    @Option(help: DocumentFilters.kindHelp)
    var kind: String?

    @Option(help: DocumentFilters.sourceHelp)
    var source: String?

    @Option(help: "How many results to print; 0 prints all.")
    var limit = 10

    @Flag(help: "Match documents with any of the words, ranked by relevance.")
    var any = false

    @Flag(help: "Print only the number of matching documents.")
    var count = false

    @Flag(help: "Print one JSON document (see README, \"JSON output\").")
    var json = false

    @Flag(help: "Match abbreviations and their expansions only as typed (LĐLĐ finds LĐLĐ, not Liên đoàn Lao động).")
    var noExpand = false

    @Option(name: .customLong("abbreviations"), help: AbbreviationFileOption.optionHelp)
    var abbreviationsFile: String?

    /// `tracuu search ...` parsed as a command of its own, or nil for anything else and for
    /// the arguments only the root knows (help, version, completion scripts). The root
    /// would first try the arguments as a completion-script request, reflecting on two more
    /// commands: about 0.5 ms of every search. Errors read the same either way.
    static func parsedDirectly(_ arguments: ArraySlice<String>) throws -> ParsableCommand? {
        guard arguments.first == "search" else { return nil }
        let rest = Array(arguments.dropFirst())
        let rootOnly = ["-h", "--help", "help", "--version", "--experimental-dump-help"]
        guard !rest.contains(where: { rootOnly.contains($0) || $0.hasPrefix("--generate-completion-script") }) else { return nil }
        if let command = QuickSearchArguments.command(rest) { return command }
        return try parseAsRoot(rest)
    }

    func validate() throws {
        try DocumentFilters(since: since, until: until, kind: kind, source: source).validate()
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more") }
        // A visible ASCII character is never trimmed; only other queries need Foundation's trimming.
        guard words.contains(where: { $0.utf8.contains { (0x21...0x7E).contains($0) } })
                || !words.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("give a query, e.g. tracuu search \"cong doan\"")
        }
    }

    func run() throws {
        let database = try IndexLocation(explicitPath: index).open()
        defer { try? database.close() }
        let query = words.joined(separator: " ")
        var options = SearchOptions(since: since, until: until, kind: kind, source: source, limit: limit, anyWord: any)
        options.expandAbbreviations = !noExpand
        if !noExpand { options.userAbbreviations = try AbbreviationFileOption(path: abbreviationsFile).load() }
        let results: SearchResults
        do {
            results = try Searcher(database: database).search(query, options: options, countOnly: count)
        } catch let error as SearchError {
            throw CLIError(error)
        } catch let error as IndexError {
            throw CLIError(error)
        }
        if !results.expansions.isEmpty, !json {
            Terminal.diagnostic("tracuu: also matching " + results.expansions.map { "\($0.from) → \($0.to)" }.joined(separator: ", "))
        }
        if results.relaxed, !any, !json {
            Terminal.diagnostic("tracuu: no document has every word; showing documents with any of them")
        }
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
