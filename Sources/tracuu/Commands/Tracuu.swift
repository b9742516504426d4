import ArgumentParser
import Foundation
import TracuuOutput

/// The `tracuu` command: index Vietnamese documents, then search them.
@main
struct Tracuu: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Index and search Vietnamese news articles and resolutions.",
        discussion: """
            Examples:
              tracuu search "cong doan"          Công đoàn, CÔNG ĐOÀN, and CĐ meaning it
              tracuu search hòa                  hòa and hoà, not hóa or hoa
              tracuu search '"an ninh trật tự" -"giao thông"' --since 2023-01-01
              tracuu refs 02/NQ-TW               every document citing Nghị quyết 02-NQ/TW
              tracuu figures "công đoàn" --markdown   the figures those articles quote
              tracuu abbr CĐ                     the senses of an abbreviation
              tracuu index corpus/               update the index after files change
              tracuu tokenize "Hoà bình, tỷ lệ 2.000"   how a text is analyzed
              tracuu serve                       the search page at http://127.0.0.1:8080/

            The index lives in index/tracuu.sqlite (or --index FILE, or $TRACUU_INDEX);
            it is built from corpus/ on first use.
            Exit status: 0 with results, 1 with none, 2 on error.
            """,
        subcommands: [SearchCommand.self, IndexCommand.self, ShowCommand.self, TokenizeCommand.self, RefsCommand.self, AbbrCommand.self, FiguresCommand.self, ServeCommand.self])

    /// Runs the command with tracuu's exit statuses: 0 results, 1 none, 2 any error.
    static func main() {
        do {
            if let search = try SearchCommand.parsedDirectly(CommandLine.arguments.dropFirst()) {
                try search.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as CLIError {
            Terminal.error(error.message)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let lines = message(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            Terminal.error(lines.first(where: { !$0.isEmpty }) ?? "invalid arguments; see `tracuu --help`")
            Foundation.exit(2)
        }
    }
}
