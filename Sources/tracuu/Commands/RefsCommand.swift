import ArgumentParser
import Foundation
import TracuuIndex

/// `tracuu refs [NUMBER]`: the document numbers the corpus cites, or who cites one.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the resolutions, decrees, laws... the documents cite, or who cites one.",
        discussion: """
            Every spelling of a number is one reference: 02-NQ/TW, 02/NQ-TW, 2 - nq/tw are all
            02-NQ/TW; 100/2015/ND-CP is 100/2015/NĐ-CP. With a number, prints the cited document
            when the index holds it, then every citing document with the sentence around the
            mention, its date and path.

            Examples:
              tracuu refs                          every reference, most cited first
              tracuu refs --type NQ --issuer TW    Party resolutions only
              tracuu refs --sort date --limit 20   the 20 most recently issued
              tracuu refs 02/NQ-TW                 who cites Nghị quyết 02-NQ/TW
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
            Terminal.write(try JSONOutput.encode(ListOutput(references: references.map(ReferenceOutput.init))))
        } else if !references.isEmpty {
            let colored = Terminal.stdoutColored
            let idWidth = min(28, references.map(\.id.count).max() ?? 0)
            let nameWidth = references.map(\.typeName.count).max() ?? 0
            var output = ""
            for reference in references {
                output += Terminal.style(pad(reference.id, idWidth), .bold, enabled: colored) + "  "
                    + pad(reference.typeName, nameWidth) + "  " + pad(reference.issuer ?? "-", 8) + "  "
                    + pad(reference.date ?? "-", 10) + "  "
                    + "\(reference.documents) " + (reference.documents == 1 ? "document " : "documents")
                    + "  \(reference.mentions) " + (reference.mentions == 1 ? "mention" : "mentions")
                    + (reference.citedDocumentID != nil ? Terminal.style("  (indexed)", .dim, enabled: colored) : "") + "\n"
            }
            Terminal.write(output)
        }
        if references.isEmpty { throw ExitCode(1) }
    }

    private func show(_ catalog: ReferenceCatalog, _ text: String) throws {
        guard var found = try catalog.lookup(text) else {
            throw CLIError("'\(text)' is not a document number; write it like 02-NQ/TW, 113/NQ-CP or 100/2015/NĐ-CP")
        }
        if limit > 0 { found.citations = Array(found.citations.prefix(limit)) }
        if json {
            Terminal.write(try JSONOutput.encode(LookupOutput(
                reference: ReferenceOutput(found.reference),
                document: found.document.map(DocumentOutput.init),
                citations: found.citations.map(CitationOutput.init))))
        } else {
            Terminal.write(render(found))
        }
        if found.citations.isEmpty, found.document == nil {
            if !json { Terminal.diagnostic("tracuu: no indexed document is or cites \(found.reference.id)") }
            throw ExitCode(1)
        }
    }

    private func render(_ found: ReferenceLookup) -> String {
        let colored = Terminal.stdoutColored
        let reference = found.reference
        var heading = "\(reference.typeName) \(reference.id)"
        if let date = reference.date { heading += "  issued \(date)" }
        var output = Terminal.style(heading, .title, enabled: colored) + "\n"
        if let document = found.document {
            output += "in the index: " + Terminal.style(document.document.title, .bold, enabled: colored) + "\n"
            output += "   " + Terminal.style(document.document.path, .path, enabled: colored) + "\n"
        } else {
            output += Terminal.style("not in the index itself\n", .dim, enabled: colored)
        }
        let count = found.citations.count
        output += "\ncited by \(reference.documents) " + (reference.documents == 1 ? "document" : "documents")
            + " (\(reference.mentions) " + (reference.mentions == 1 ? "mention" : "mentions") + ")\n\n"
        let printer = SearchPrinter(colored: colored)
        for (index, citation) in found.citations.enumerated() {
            let date = citation.date.map { "  " + $0 } ?? ""
            output += Terminal.style("\(index + 1).", .bold, enabled: colored) + " "
                + Terminal.style(citation.title, .title, enabled: colored) + Terminal.style(date, .dim, enabled: colored) + "\n"
            output += "   " + Terminal.style(citation.path, .path, enabled: colored) + "\n"
            output += "   " + printer.highlighted(citation.context) + "\n\n"
        }
        if count < reference.documents {
            output += Terminal.style("\(count) of \(reference.documents) documents; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    struct ListOutput: Encodable {
        var references: [ReferenceOutput]
    }

    struct ReferenceOutput: Encodable {
        var id: String
        var type: String
        @JSONNullable var issuer: String?
        @JSONNullable var date: String?
        var documents: Int
        var mentions: Int

        init(_ summary: ReferenceSummary) {
            id = summary.id
            type = summary.type
            issuer = summary.issuer
            date = summary.date
            documents = summary.documents
            mentions = summary.mentions
        }
    }

    struct DocumentOutput: Encodable {
        var id: Int64
        var path: String
        var title: String
        @JSONNullable var date: String?
        var kind: String
        @JSONNullable var number: String?

        init(_ stored: StoredDocument) {
            id = stored.id
            path = stored.document.path
            title = stored.document.title
            date = stored.document.date
            kind = stored.document.kind
            number = stored.document.number
        }
    }

    struct CitationOutput: Encodable {
        var path: String
        var title: String
        @JSONNullable var date: String?
        var surface: String
        var context: String

        init(_ citation: ReferenceCitation) {
            path = citation.path
            title = citation.title
            date = citation.date
            surface = citation.surface
            context = citation.context.text
        }
    }

    struct LookupOutput: Encodable {
        var reference: ReferenceOutput
        @JSONNullable var document: DocumentOutput?
        var citations: [CitationOutput]
    }
}
