import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput
import VietText

/// `tracuu refs [NUMBER]`: the document numbers the corpus cites, or who cites one.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the resolutions, decrees, laws... the documents cite, or who cites one.",
        discussion: """
            Every spelling of a number is one reference: 02-NQ/TW, 02/NQ-TW, 2 - nq/tw, 02 NQ/TW
            are all 02-NQ/TW; 100/2015/ND-CP is 100/2015/NĐ-CP. Two documents with one number
            (Party numbers restart each term) are listed apart by their date of issue. With a
            number, prints the cited document when the index holds it and what it is based on,
            amends, replaces; then the citing documents grouped by how they cite it (amended by,
            replaced by, guided by, based on it, cites it), each with the sentence around the mention.

            Examples:
              tracuu refs                          every reference, most cited first
              tracuu refs --type NQ --issuer TW    Party resolutions only
              tracuu refs --sort date --limit 20   the 20 most recently issued
              tracuu refs 02/NQ-TW                 who cites Nghị quyết 02-NQ/TW, grouped by relation
              tracuu refs "chi thi 05"             the cited documents numbered Chỉ thị 05 (a short list)
              tracuu refs 05-CT-TW --timeline      mentions per month as a bar chart
              tracuu refs "Đề án 06" --weak        a number without a symbol
              tracuu refs --json | jq '.references[0]'
            """)

    @OptionGroup var location: IndexLocation

    @Argument(help: ArgumentHelp("A document number in any spelling (02/NQ-TW, 100/2015/ND-CP).", valueName: "number"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Order of the list: count (most cited), date (newest issued) or id.", valueName: "count|date|id"))
    var sort: String = "count"

    @Option(help: ArgumentHelp("Only references of this type (NQ, QĐ, KL, CT, NĐ, TT, ...).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only references by this issuer (TW, CP, TTg, ...).", valueName: "issuer"))
    var issuer: String?

    @Flag(help: "Include weak references: a type word and a bare number (\"Đề án 06\").")
    var weak = false

    @Option(help: "How many references or citations to print; 0 prints all.")
    var limit = 0

    @Flag(help: "With a number: mentions per month (or year) as a bar chart; counts under \"timeline\" in JSON.")
    var timeline = false

    @Flag(help: "Print one JSON document (see README, \"Resolution references\").")
    var json = false

    func validate() throws {
        guard ReferenceOrder(rawValue: sort) != nil else { throw ValidationError("--sort must be count, date or id") }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more") }
    }

    func run() throws {
        let database = try location.open()
        defer { try? database.close() }
        let catalog = ReferenceCatalog(database: database)
        do {
            if words.isEmpty {
                try list(catalog)
            } else {
                try show(catalog, words.joined(separator: " "))
            }
        } catch let error as SearchError {
            throw CLIError(error)
        }
    }

    private func list(_ catalog: ReferenceCatalog) throws {
        var references = try catalog.summaries(order: ReferenceOrder(rawValue: sort)!, type: type, issuer: issuer, includeWeak: weak)
        if limit > 0 { references = Array(references.prefix(limit)) }
        if json {
            Terminal.write(try JSONOutput.encode(ReferenceJSON.List(references)))
        } else if !references.isEmpty {
            Terminal.write(table(references))
        }
        if references.isEmpty { throw ExitCode(1) }
    }

    private func table(_ references: [ReferenceSummary]) -> String {
        let colored = Terminal.stdoutColored
        let idWidth = min(28, references.map(\.id.count).max() ?? 0)
        let nameWidth = references.map(\.typeName.count).max() ?? 0
        var output = ""
        for reference in references {
            output += Terminal.style(pad(reference.id, idWidth), .bold, enabled: colored) + "  "
                + pad(reference.typeName, nameWidth) + "  " + pad(reference.issuer ?? "-", 8) + "  "
                + pad(reference.date ?? reference.term.map { "khóa " + $0 } ?? "-", 10) + "  "
                + "\(reference.documents) " + (reference.documents == 1 ? "document " : "documents")
                + "  \(reference.mentions) " + (reference.mentions == 1 ? "mention " : "mentions")
                + (reference.issuerName.map { "  " + $0 } ?? "")
                + (reference.citedDocumentID != nil ? Terminal.style("  (indexed)", .dim, enabled: colored) : "") + "\n"
        }
        return output
    }

    private func show(_ catalog: ReferenceCatalog, _ text: String) throws {
        let found: [ReferenceLookup]
        switch try ReferenceAnswer.lookup(text, in: catalog, limit: limit) {
        case .found(let lookups): found = lookups
        case .candidates(let candidates, let name): return try listCandidates(candidates, name)
        case .notANumber: throw CLIError(ReferenceAnswer.notANumberMessage(text))
        }
        guard let main = found.first else { throw ExitCode(1) }
        if json {
            Terminal.write(try JSONOutput.encode(ReferenceJSON.Lookup(found, timeline: timeline)))
        } else {
            Terminal.write(found.map(render).joined(separator: "\n"))
        }
        if found.allSatisfy({ $0.citations.isEmpty && $0.document == nil }) {
            if !json { Terminal.diagnostic("tracuu: no indexed document is or cites \(main.reference.id)") }
            throw ExitCode(1)
        }
    }

    /// "chỉ thị 05" names several cited documents: the short list to choose from.
    private func listCandidates(_ candidates: [ReferenceSummary], _ name: String) throws {
        if json {
            Terminal.write(try JSONOutput.encode(ReferenceJSON.Candidates(candidates)))
        } else if !candidates.isEmpty {
            Terminal.write("\(candidates.count) cited documents are numbered \(name):\n" + table(candidates))
        } else {
            Terminal.diagnostic("tracuu: no indexed document cites a \(name)")
        }
        if candidates.isEmpty { throw ExitCode(1) }
    }

    private func render(_ found: ReferenceLookup) -> String {
        let colored = Terminal.stdoutColored
        let reference = found.reference
        var heading = "\(reference.typeName) \(reference.id)"
        if let date = reference.date { heading += "  issued \(date)" }
        if let term = reference.term { heading += "  khóa \(term), date not given" }
        if let body = reference.issuerName { heading += "  \(body)" }
        var output = Terminal.style(heading, .title, enabled: colored) + "\n"
        if let subject = reference.subject { output += "về \(subject)\n" }
        if let document = found.document {
            output += "in the index: " + Terminal.style(document.document.title, .bold, enabled: colored) + "\n"
            output += "   " + Terminal.style(document.document.path, .path, enabled: colored) + "\n"
            for relation in DocumentRelation.allCases where relation.isTyped {
                let targets = found.links.filter { $0.relation == relation }.map { $0.target + ($0.scope.map { " (\($0))" } ?? "") }
                if !targets.isEmpty { output += "   \(relation.phrase) " + targets.joined(separator: ", ") + "\n" }
            }
        } else {
            output += Terminal.style("not in the index itself\n", .dim, enabled: colored)
        }
        output += "\ncited by \(reference.documents) " + (reference.documents == 1 ? "document" : "documents")
            + " (\(reference.mentions) " + (reference.mentions == 1 ? "mention" : "mentions") + ")\n"
        if timeline { return output + "\n" + chart(ReferenceTimeline(dates: found.mentionDates)) }
        let printer = SearchPrinter(colored: colored)
        var number = 0
        for relation in [DocumentRelation.amends, .replaces, .repeals, .guides, .consolidates, .basedOn, .cites] {
            let citations = found.citations.filter { $0.relation == relation }
            guard !citations.isEmpty else { continue }
            output += "\n" + Terminal.style("\(relation.passivePhrase) (\(citations.count))", .bold, enabled: colored) + "\n"
            for citation in citations {
                number += 1
                let date = citation.date.map { "  " + $0 } ?? ""
                let scope = citation.scope.map { "  [\($0)]" } ?? ""
                let placed = ["date", "only"].contains(citation.matchedBy) ? "" : "  (placed by \(citation.matchedBy.replacingOccurrences(of: "_", with: " ")))"
                output += Terminal.style("\(number).", .bold, enabled: colored) + " "
                    + Terminal.style(citation.title, .title, enabled: colored) + Terminal.style(date + scope + placed, .dim, enabled: colored) + "\n"
                output += "   " + Terminal.style(citation.path, .path, enabled: colored) + "\n"
                output += "   " + printer.highlighted(citation.context) + "\n"
            }
        }
        if number < reference.documents {
            output += Terminal.style("\n\(number) of \(reference.documents) documents; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    /// Mentions per period as a bar chart: "2017-03  ████████ 8".
    private func chart(_ timeline: ReferenceTimeline) -> String {
        guard let most = timeline.periods.map(\.mentions).max(), most > 0 else { return "no dated mentions\n" }
        var output = "mentions per \(timeline.unit.rawValue)\n"
        for (period, mentions) in timeline.periods {
            let width = mentions == 0 ? 0 : max(1, mentions * 40 / most)
            output += pad(period, 7) + "  " + String(repeating: "█", count: width) + (mentions > 0 ? " \(mentions)" : "") + "\n"
        }
        if timeline.undated > 0 { output += "undated  \(timeline.undated)\n" }
        return output
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
