import Foundation
import TracuuOutput
import TracuuWeb
import VietText

// The web server behind `tracuu serve`, kept out of `tracuu` so that the other commands do not
// carry Hummingbird and SwiftNIO (10 MB of the binary and their start-up). `tracuu serve` checks
// the options, opens the index and replaces itself with this program, which takes exactly:
//   tracuu-serve --index PATH --host HOST --port PORT [--abbreviations FILE]

var values: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst() {
    guard ["--index", "--host", "--port", "--abbreviations"].contains(name), let value = arguments.popFirst() else {
        Terminal.diagnostic("tracuu-serve: start it as `tracuu serve` (see `tracuu serve --help`)")
        exit(2)
    }
    values[name] = value
}
guard let indexPath = values["--index"], let host = values["--host"], let port = values["--port"].flatMap(Int.init) else {
    Terminal.diagnostic("tracuu-serve: start it as `tracuu serve` (see `tracuu serve --help`)")
    exit(2)
}

// `tracuu serve` has read this file already and reported its malformed lines.
var userAbbreviations: [Abbreviation] = []
if let file = values["--abbreviations"], let data = FileManager.default.contents(atPath: file) {
    userAbbreviations = AbbreviationDictionary.parse(tsv: String(decoding: data, as: UTF8.self), source: .user).abbreviations
}

let server = WebServer(indexPath: indexPath, host: host, port: port, userAbbreviations: userAbbreviations)
do {
    try await server.run { address in Terminal.diagnostic("tracuu: serving \(indexPath) at \(address) (Ctrl-C stops)") }
} catch {
    let reason = "\(error)"
    Terminal.diagnostic(
        reason.contains("Address already in use")
            ? "tracuu: port \(port) on \(host) is already in use; give another with --port (0: any free one)"
            : "tracuu: cannot serve on \(host) port \(port): " + Terminal.oneLine(reason))
    exit(2)
}
