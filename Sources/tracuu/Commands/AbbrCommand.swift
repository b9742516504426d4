import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput
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
        let listing: AbbreviationListing
        do {
            listing = try AbbreviationListing(
                database: database, abbreviation: abbreviation, source: source.flatMap(AbbreviationSense.Source.init(rawValue:)),
                user: try file.load())
        } catch let unknown as AbbreviationListing.Unknown {
            Terminal.error("\(unknown.abbreviation) is not a known abbreviation")
            throw ExitCode(1)
        }
        guard !listing.abbreviations.isEmpty else { throw ExitCode(1) }
        if json {
            Terminal.write(try JSONOutput.encode(listing))
        } else {
            Terminal.write(render(listing.abbreviations))
        }
    }

    private func render(_ entries: [AbbreviationListing.Entry]) -> String {
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
