import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput

/// `tracuu figures [QUERY]`: the figures matching documents quote, as a table, CSV, markdown or JSON.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the figures documents quote: amounts, counts, percentages, with what they count and the sentence.",
        discussion: """
            Figures are read at index time: "hơn 2.000 buổi tuyên truyền" is 2000
            buổi tuyên truyền (more than); "hàng chục tỷ đồng" is at least
            10,000,000,000 đồng; "giảm 9,7%" is 9.7 % (decrease); "-0,1%" is -0.1 %;
            "không cao hơn 17.366 đồng/lít" is at most 17,366 đồng/lít. Dates, years,
            ages, document numbers, ordinals, clock times and phone numbers are left
            out. With a QUERY (the syntax of `tracuu search`), only the figures of
            the documents `tracuu search QUERY` finds, in the order it ranks them
            (--sort rank, the default); without one, those of every document. Every
            row comes with its sentence and its document's title and date.

            --unit follows the query rules: without diacritics it ignores them
            ("nguoi chet" finds "người chết"), and known names of a unit stand for it
            (VNĐ, đ, dong → đồng; USD, đô la Mỹ → USD; cây số → km).

            Examples:
              tracuu figures "công đoàn"
              tracuu figures --unit "nguoi bi thuong" --since 2017-06-01
              tracuu figures "giá xăng" --summary
              tracuu figures --unit đồng --sort value --limit 10
              tracuu figures --unit "người chết" --count
              tracuu figures CAND --markdown > bang-so-lieu.md
              tracuu figures --csv --since 2022-01-01 > so-lieu.csv
              tracuu figures "xuất khẩu" --xlsx > so-lieu.xlsx
              tracuu figures --json "giá xăng" | jq '.figures[] | [.value, .direction]'
            """)

    @OptionGroup var location: IndexLocation

    @Argument(help: ArgumentHelp("Only documents matching this query; several arguments are joined with spaces.", valueName: "query"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Only figures counting this (đồng, %, người bị thương, nguoi chet…); a longer unit that starts with it matches too.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Only figures of at least this value (plain number: 1000000, 2.5).", valueName: "number"))
    var min: Double?

    @Option(help: ArgumentHelp("Only figures of at most this value.", valueName: "number"))
    var max: Double?

    @Option(help: ArgumentHelp("Order: value (largest first), date (newest first) or rank (best-matching document first).", valueName: "value|date|rank"))
    var sort = "rank"

    @Option(help: "How many figures (with --summary: units) to print; 0 prints all.")
    var limit = 50

    @OptionGroup var filters: DocumentFilters

    @Flag(help: "Documents with any of the query's words instead of all of them.")
    var any = false

    @Flag(help: "Print only how many figures match (with --json: {\"query\", \"total\"}).")
    var count = false

    @Flag(help: "Group the figures by what they count: count, documents, smallest, median, largest, most recent with its source.")
    var summary = false

    @Flag(help: "Print CSV: UTF-8 with a byte order mark, Vietnamese column names, the sentence of each figure (to open by double-click, prefer --xlsx).")
    var csv = false

    @Flag(help: "Write an Excel workbook (.xlsx) of the CSV's columns, numbers as numbers, to redirect to a file: opens in Excel and LibreOffice by double-click in any locale.")
    var xlsx = false

    @Flag(help: "Print a markdown table with the sentence of each figure (the figure in bold), source titles and dates, to paste into a briefing.")
    var markdown = false

    @Flag(help: "Print JSON: {\"figures\": [{\"path\", \"title\", \"date\", \"text\", \"value\", \"upper\", \"unit\", \"qualifier\", \"direction\", \"context\", \"highlight\"}], \"total\", \"query\", \"documents\", \"relaxed\", \"reading\", …}.")
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
        guard [csv, xlsx, markdown, json].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --csv, --xlsx, --markdown and --json")
        }
        if count, summary { throw ValidationError("choose one of --count and --summary") }
        if count, csv || xlsx || markdown { throw ValidationError("--count prints a number; it goes with --json only") }
        if xlsx, Terminal.stdoutIsTerminal {
            throw ValidationError("--xlsx writes a workbook: redirect it to a file (tracuu figures … --xlsx > so-lieu.xlsx)")
        }
        if let unit, unit.allSatisfy(\.isWhitespace) { throw ValidationError("--unit is empty") }
    }

    func run() throws {
        let database = try location.open()
        defer { try? database.close() }
        if filters.since != nil || filters.until != nil { DocumentFilters.noteUndated(try database.undatedDocumentCount(), matching: false) }
        let query = words.joined(separator: " ")
        // A count has no order to give: its documents need not be ranked.
        let options = FigureOptions(
            since: filters.since, until: filters.until, kind: filters.kind, source: filters.source, unit: unit, min: min, max: max,
            sort: count ? .value : FigureOptions.Sort(rawValue: sort) ?? .rank, limit: count ? 1 : summary ? 0 : limit, anyWord: any)
        let results: FigureResults
        do {
            results = try FigureFinder(database: database).figures(matching: query.isEmpty ? nil : query, options: options)
        } catch let error as SearchError {
            throw CLIError(error)
        } catch let error as IndexError {
            throw CLIError(error)
        }
        if let searched = results.searched, !json {
            let filtered = filters.since != nil || filters.until != nil || filters.kind != nil || filters.source != nil
            SearchNotes(filtered: filtered, anyWord: any).write(searched, ordered: !count && !summary && options.sort == .rank)
        }
        let printer = FigurePrinter(colored: Terminal.stdoutColored)
        if count {
            Terminal.write(try printer.count(results, json: json))
            if results.total == 0 { throw ExitCode(1) }
            return
        }
        if summary {
            let grouped = FigureSummary(results)
            if json {
                Terminal.write(try printer.summaryJSON(grouped, limit: limit))
            } else if csv {
                Terminal.write(printer.summaryCSV(grouped, limit: limit))
            } else if xlsx {
                try Terminal.write(printer.summaryWorkbook(grouped, limit: limit).data())
            } else if markdown {
                Terminal.write(printer.summaryMarkdown(grouped, limit: limit))
            } else {
                Terminal.write(printer.summaryTable(grouped, limit: limit))
            }
            if grouped.groups.isEmpty {
                if !json, !csv, !xlsx, !markdown { Terminal.diagnostic("tracuu: no figures found") }
                throw ExitCode(1)
            }
            return
        }
        if json {
            Terminal.write(try printer.json(results))
        } else if csv {
            Terminal.write(printer.csv(results))
        } else if xlsx {
            try Terminal.write(printer.workbook(results).data())
        } else if markdown {
            Terminal.write(printer.markdown(results))
        } else {
            Terminal.write(printer.table(results))
        }
        if results.hits.isEmpty {
            if !json, !csv, !xlsx, !markdown { Terminal.diagnostic("tracuu: no figures found") }
            throw ExitCode(1)
        }
    }
}
