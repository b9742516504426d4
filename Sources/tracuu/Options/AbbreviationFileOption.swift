import ArgumentParser
import Foundation
import TracuuOutput
import VietText

/// `--abbreviations FILE`: the user's abbreviations (`ABBR<TAB>expansion` a line,
/// `#` comments), which override the built-in and learned ones; without it,
/// `corpus/abbreviations.tsv` when present. Malformed lines are reported and skipped.
struct AbbreviationFileOption: ParsableArguments {
    static let defaultPath = "corpus/abbreviations.tsv"
    static let optionHelp = ArgumentHelp(
        "Your abbreviations, ABBR<TAB>expansion a line (default: \(defaultPath) when present).", valueName: "file")

    @Option(name: .customLong("abbreviations"), help: optionHelp)
    var path: String?

    init() {}

    /// The file's abbreviations; an unreadable explicit file is an error.
    func load() throws -> [Abbreviation] {
        try Self.load(path)
    }

    /// `load()` without building the option itself, as `IndexLocation.open(_:)`.
    static func load(_ path: String?) throws -> [Abbreviation] {
        let file = path ?? defaultPath
        guard access(file, F_OK) == 0 else {
            if path != nil { throw CLIError("\(file): no such abbreviations file") }
            return []
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot read it") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file): not UTF-8 text") }
        let parsed = AbbreviationDictionary.parse(tsv: text, source: .user)
        for problem in parsed.problems {
            Terminal.diagnostic("tracuu: warning: \(file):\(problem.line): \(problem.reason); line skipped")
        }
        return parsed.abbreviations
    }
}
