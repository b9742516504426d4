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

            A long question that few documents answer word for word ranks documents
            by any of its words, syllables standing together first. Raw Telex or VNI
            keystrokes are read as Vietnamese (coong ddoanf, co6ng d9oa2n → công đoàn);
            a word the index barely holds gets a suggestion (tham nhũg → tham nhũng),
            whose results are shown when the query as typed finds none; a search with
            no result says why on stderr.

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
    /// commands before every search. Errors read the same either way.
    static func parsedDirectly(_ arguments: ArraySlice<String>) throws -> SearchRequest? {
        guard arguments.first == "search" else { return nil }
        let rest = Array(arguments.dropFirst())
        let rootOnly = ["-h", "--help", "help", "--version", "--experimental-dump-help"]
        guard !rest.contains(where: { rootOnly.contains($0) || $0.hasPrefix("--generate-completion-script") }) else { return nil }
        if let request = QuickSearchArguments.request(rest) { return request }
        return (try parseAsRoot(rest) as? SearchCommand)?.request
    }

    /// What the arguments ask for, as plain values.
    var request: SearchRequest {
        SearchRequest(index: index, words: words, since: since, until: until, kind: kind, source: source, limit: limit,
                      any: any, count: count, json: json, noExpand: noExpand, abbreviationsFile: abbreviationsFile)
    }

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }
}
