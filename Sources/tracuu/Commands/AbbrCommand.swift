import ArgumentParser
import Foundation
import TracuuIndex
import VietText

/// `tracuu abbr [ABBR]`: the abbreviations search expands, their senses, sources and use.
struct AbbrCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abbr",
        abstract: "List the abbreviations search expands, with their senses.",
        discussion: """
            Abbreviations come from three places: the built-in list, definitions learned
            from the indexed documents ("người lao động (NLĐ)", "KCN (khu công nghiệp)"),
            and your own file (ABBR<TAB>expansion a line), which overrides the others.
            The first sense of an abbreviation is its default; an occurrence counts for
            the sense its document spells out or defines, else for the default.
            "documents" counts the documents whose occurrences (in capitals) count for a
            sense; "defined in" those that define it. A built-in sense that documents also
            define is listed as built-in, and as learned by --source learned and in JSON.

            Examples:
              tracuu abbr                             every abbreviation and sense
              tracuu abbr CĐ                          one, with example sentences
              tracuu abbr --source learned            only senses learned from the corpus
              tracuu abbr --json | jq '.abbreviations[].abbr'
              tracuu abbr --abbreviations my.tsv CA   with your own senses of CA

            Exit status: 0 when something is listed, 1 for an unknown abbreviation, 2 on error.
            """)

    @OptionGroup var location: IndexLocation

    @OptionGroup var file: AbbreviationFileOption

    @Argument(help: ArgumentHelp("One abbreviation to show with examples.", valueName: "abbreviation"))
    var abbreviation: String?

    @Option(help: ArgumentHelp("Only senses from this source: built-in, learned (defined in a document) or user.", valueName: "source"))
    var source: String?

    @Flag(help: "Print one JSON document: {\"abbreviations\": [{\"abbr\", \"senses\": [{\"expansion\", \"source\", \"documents\"}]}]}.")
    var json = false

    func validate() throws {
        if let source, AbbreviationSense.Source(rawValue: source) == nil {
            throw ValidationError("--source must be built-in, learned or user")
        }
    }

    struct Listing: Encodable {
        var abbreviations: [Entry]
    }

    struct Entry: Encodable {
        var abbr: String
        var senses: [Sense]
        var examples: [Example]?
    }

    struct Sense: Encodable {
        var expansion: String
        var source: String
        var documents: Int
        var learned: Bool
        var definingDocuments: Int
        var definedIn: [String]

        enum CodingKeys: String, CodingKey {
            case expansion, source, documents, learned
            case definingDocuments = "defining_documents"
            case definedIn = "defined_in"
        }
    }

    struct Example: Encodable {
        var path: String
        var sentence: String
    }

    func run() throws {
        do {
            try list()
        } catch let error as IndexError {
            throw CLIError(error)
        }
    }

    private func list() throws {
        let database = try location.open()
        defer { try? database.close() }
        let catalog = AbbreviationCatalog(database: database)
        let dictionary = try catalog.dictionary(user: try file.load())
        let chosen: [Abbreviation]
        if let abbreviation {
            guard let found = dictionary.lookup(abbreviation) else {
                Terminal.error("\(abbreviation) is not a known abbreviation")
                throw ExitCode(1)
            }
            chosen = [found]
        } else {
            chosen = dictionary.abbreviations
        }
        var usage = try catalog.usage(of: chosen)
        if let source = source.flatMap(AbbreviationSense.Source.init(rawValue:)) {
            for index in usage.indices {
                usage[index].senses.removeAll { source == .learned ? $0.definingDocuments == 0 : $0.source != source }
            }
            usage.removeAll { $0.senses.isEmpty }
        }
        guard !usage.isEmpty else { throw ExitCode(1) }
        let examples = abbreviation == nil ? nil : try catalog.examples(of: chosen[0])
        let entries = usage.map { item in
            Entry(abbr: item.abbr,
                  senses: item.senses.map {
                      Sense(expansion: $0.expansion, source: $0.source.rawValue, documents: $0.documents,
                            learned: $0.definingDocuments > 0, definingDocuments: $0.definingDocuments, definedIn: $0.definedIn)
                  },
                  examples: examples?.map { Example(path: $0.path, sentence: $0.sentence) })
        }
        if json {
            Terminal.write(try JSONOutput.encode(Listing(abbreviations: entries)))
        } else {
            Terminal.write(render(entries))
        }
    }

    private func render(_ entries: [Entry]) -> String {
        let colored = Terminal.stdoutColored
        let abbrWidth = min(12, entries.map(\.abbr.count).max() ?? 0)
        let expansionWidth = min(40, entries.flatMap { $0.senses.map(\.expansion.count) }.max() ?? 0)
        var output = ""
        for entry in entries {
            for (index, sense) in entry.senses.enumerated() {
                let name = index == 0 ? entry.abbr : ""
                output += Terminal.style(pad(name, abbrWidth), .bold, enabled: colored) + "  " + pad(sense.expansion, expansionWidth)
                    + "  " + pad(sense.source, 8) + "  "
                    + Terminal.style("\(sense.documents) document\(sense.documents == 1 ? "" : "s")"
                        + (sense.definingDocuments > 0 ? "; defined in \(sense.definingDocuments)" : ""), .dim, enabled: colored) + "\n"
            }
            if let examples = entry.examples, !examples.isEmpty {
                output += "\nExamples:\n"
                for example in examples {
                    output += "  " + Terminal.style(example.path, .path, enabled: colored) + "\n    " + example.sentence.replacingNewlines() + "\n"
                }
            }
        }
        return output
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
