import ArgumentParser
import Foundation
import TracuuIndex

/// `tracuu figures [QUERY]`: the figures matching documents quote, as a table, CSV, markdown or JSON.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the figures documents quote: amounts, counts, percentages, with what they count.",
        discussion: """
            Figures are read at index time: "hơn 2.000 buổi tuyên truyền" is 2000
            buổi tuyên truyền (more than); "hàng chục tỷ đồng" is at least
            10,000,000,000 đồng; "500 nghìn đồng/suất" is 500,000 đồng/suất. Dates,
            years, document numbers, ordinals, clock times and phone numbers are
            left out. With a QUERY (the syntax of `tracuu search`), only the figures
            of matching documents; without one, those of every document.

            Examples:
              tracuu figures "công đoàn"
              tracuu figures --unit "đoàn viên" --min 1000
              tracuu figures --unit đồng --sort value --limit 10
              tracuu figures CAND --markdown > bang-so-lieu.md
              tracuu figures --csv --since 2022-01-01 > figures.csv
              tracuu figures --json "giá xăng" | jq '.figures[] | [.value, .unit]'
            """)

    @OptionGroup var location: IndexLocation

    @Argument(help: ArgumentHelp("Only documents matching this query; several arguments are joined with spaces.", valueName: "query"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Only figures counting this (đồng, %, đoàn viên…); a longer unit that starts with it matches too.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Only figures of at least this value (plain number: 1000000, 2.5).", valueName: "number"))
    var min: Double?

    @Option(help: ArgumentHelp("Only figures of at most this value.", valueName: "number"))
    var max: Double?

    @Option(help: ArgumentHelp("Order: value (largest first), date (newest first) or rank (best-matching document first).", valueName: "value|date|rank"))
    var sort = "rank"

    @Option(help: "How many figures to print; 0 prints all.")
    var limit = 50

    @OptionGroup var filters: DocumentFilters

    @Flag(help: "Documents with any of the query's words instead of all of them.")
    var any = false

    @Flag(help: "Print CSV: path,title,date,text,value,upper,unit,qualifier,context.")
    var csv = false

    @Flag(help: "Print a markdown table with source titles and dates, to paste into a briefing.")
    var markdown = false

    @Flag(help: "Print JSON: {\"figures\": [{\"path\", \"title\", \"date\", \"text\", \"value\", \"upper\", \"unit\", \"qualifier\", \"context\"}], \"total\"}.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more") }
        guard FigureOptions.Sort(rawValue: sort) != nil else {
            throw ValidationError("--sort must be value, date or rank, not '\(sort)'")
        }
        if let min, let max, min > max { throw ValidationError("--min is larger than --max") }
        for (name, value) in [("--min", min), ("--max", max)] where value?.isFinite == false {
            throw ValidationError("\(name) must be a finite number")
        }
        guard [csv, markdown, json].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --csv, --markdown and --json")
        }
        if let unit, unit.allSatisfy(\.isWhitespace) { throw ValidationError("--unit is empty") }
    }

    func run() throws {
        let database = try location.open()
        defer { try? database.close() }
        let query = words.joined(separator: " ")
        let options = FigureOptions(
            since: filters.since, until: filters.until, kind: filters.kind, source: filters.source, unit: unit, min: min, max: max,
            sort: FigureOptions.Sort(rawValue: sort) ?? .rank, limit: limit, anyWord: any)
        let results: FigureResults
        do {
            results = try FigureFinder(database: database).figures(matching: query.isEmpty ? nil : query, options: options)
        } catch let error as SearchError {
            throw CLIError(error)
        } catch let error as IndexError {
            throw CLIError(error)
        }
        let printer = FigurePrinter(colored: Terminal.stdoutColored)
        if json {
            Terminal.write(try printer.json(results))
        } else if csv {
            Terminal.write(printer.csv(results))
        } else if markdown {
            Terminal.write(printer.markdown(results))
        } else {
            Terminal.write(printer.table(results))
        }
        if results.hits.isEmpty {
            if !json, !csv, !markdown { Terminal.diagnostic("tracuu: no figures found") }
            throw ExitCode(1)
        }
    }
}
