import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput
import VietText

/// `tracuu show PATH|ID`: one stored document with its metadata.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one stored document with its metadata.",
        discussion: """
            Examples:
              tracuu show corpus/003_f036250b685af78b.txt
              tracuu show 2 --json
            """)

    @OptionGroup var location: IndexLocation

    @Argument(help: ArgumentHelp("The document's path as indexed, or its id.", valueName: "path-or-id"))
    var document: String

    @Flag(help: "Print JSON: {\"id\", \"path\", \"title\", \"date\", \"kind\", \"number\", \"source\", \"url\", \"lead\", \"body\", \"hash\", \"relations\"}.")
    var json = false

    func run() throws {
        let database = try location.open()
        defer { try? database.close() }
        guard let stored = try database.document(pathOrID: document) else {
            Terminal.error("no document '\(document)' in the index")
            throw ExitCode(1)
        }
        let doc = stored.document
        let links: [DocumentLink]
        do {
            links = try ReferenceCatalog(database: database).links(ofDocument: stored.id)
        } catch let error as SearchError {
            throw CLIError(error)
        }
        if json {
            Terminal.write(try JSONOutput.encode(DocumentJSON(stored, links: links)))
            return
        }
        let colored = Terminal.stdoutColored
        var output = Terminal.style(doc.title, .title, enabled: colored) + "\n"
        let metadata: [(String, String?)] = [
            ("path", doc.path), ("id", String(stored.id)), ("date", doc.date), ("kind", doc.kind), ("number", doc.number),
            ("source", doc.source), ("url", doc.url),
        ]
        for (name, value) in metadata {
            if let value { output += Terminal.style(name + ": ", .dim, enabled: colored) + value + "\n" }
        }
        for relation in DocumentRelation.allCases {
            let targets = links.filter { $0.relation == relation }.map { $0.target + ($0.scope.map { " (\($0))" } ?? "") }
            if !targets.isEmpty { output += Terminal.style(relation.phrase + ": ", .dim, enabled: colored) + targets.joined(separator: ", ") + "\n" }
        }
        output += "\n" + doc.lead + "\n"
        if !doc.body.isEmpty { output += "\n" + doc.body + "\n" }
        Terminal.write(output)
    }
}
