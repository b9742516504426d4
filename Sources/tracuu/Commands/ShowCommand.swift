import ArgumentParser
import Foundation
import TracuuIndex
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

    struct Output: Encodable {
        var id: Int64
        var path: String
        var title: String
        @JSONNullable var date: String?
        var kind: String
        @JSONNullable var number: String?
        @JSONNullable var source: String?
        @JSONNullable var url: String?
        var lead: String
        var body: String
        var hash: String
        var relations: [RelationOutput]
    }

    struct RelationOutput: Encodable {
        var target: String
        var relation: String
        @JSONNullable var scope: String?
    }

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
            Terminal.write(try JSONOutput.encode(Output(
                id: stored.id, path: doc.path, title: doc.title, date: doc.date, kind: doc.kind, number: doc.number,
                source: doc.source, url: doc.url, lead: doc.lead, body: doc.body, hash: stored.hash,
                relations: links.map { RelationOutput(target: $0.target, relation: $0.relation.rawValue, scope: $0.scope) })))
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
