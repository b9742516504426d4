import ArgumentParser
import Foundation
import TracuuOutput
import VietText

/// `tracuu tokenize TEXT`: the analyzer's tokens, for users asking why something matched.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Show how the analyzer reads a text (why something matched).",
        discussion: """
            Prints each word's position, UTF-8 byte offsets, exact form and folded form.
            The index stores both forms; a query word without diacritics matches either.

            Examples:
              tracuu tokenize "Hòa bình"          hoà/hoa (old and new tone style agree)
              tracuu tokenize "tỷ đồng 2.000"     tỉ/ti đồng/dong 2000
              tracuu tokenize --json "CĐ CAND"
            """)

    @Argument(help: ArgumentHelp("The text; several arguments are joined with spaces.", valueName: "text"))
    var words: [String]

    @Flag(help: "Print JSON: {\"tokens\": [{\"position\", \"start\", \"end\", \"text\", \"exact\", \"folded\"}]}.")
    var json = false

    struct Output: Encodable {
        struct Entry: Encodable {
            var position: Int
            var start: Int
            var end: Int
            var text: String
            var exact: String
            @JSONNullable var folded: String?
        }
        var tokens: [Entry]
    }

    func run() throws {
        let text = words.joined(separator: " ")
        let bytes = Array(text.utf8)
        let entries = Analyzer().tokens(in: text).map { token in
            Output.Entry(
                position: token.position, start: token.start, end: token.end,
                text: String(decoding: bytes[token.start..<token.end], as: UTF8.self),
                exact: token.exact, folded: token.folded)
        }
        if json {
            Terminal.write(try JSONOutput.encode(Output(tokens: entries)))
        } else {
            var output = "pos  bytes      text            exact           folded\n"
            for entry in entries {
                output += pad("\(entry.position)", 5) + pad("\(entry.start)..<\(entry.end)", 11)
                    + pad(entry.text, 16) + pad(entry.exact, 16) + (entry.folded ?? "=") + "\n"
            }
            Terminal.write(output)
        }
        if entries.isEmpty { throw ExitCode(1) }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
