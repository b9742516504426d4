import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput

/// `tracuu serve`: the search page and the JSON API on this machine, over the same index.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the search page and a JSON API that answers as the commands do.",
        discussion: """
            Pages in Vietnamese, working without JavaScript: search (/), a document
            (/doc/ID), references (/refs, /refs/02-NQ/TW), figures (/figures, with CSV
            and Markdown downloads) and abbreviations (/abbr). The API answers with the
            JSON of the matching command: /api/search?q=cong+doan&limit=5 is
            `tracuu search --json --limit 5 "cong doan"`; also /api/doc/ID, /api/refs,
            /api/refs/NUMBER, /api/figures?q=…, /api/abbr. The index is only read, and
            what `tracuu index` adds meanwhile shows at the next request. The server is the
            program tracuu-serve, found beside tracuu.

            Examples:
              tracuu serve                         http://127.0.0.1:8080/
              tracuu serve --port 8090 --index vn.sqlite
              curl 'http://127.0.0.1:8080/api/search?q=cong+doan&limit=3'
            """)

    @OptionGroup var location: IndexLocation

    @OptionGroup var file: AbbreviationFileOption

    @Option(help: ArgumentHelp("The address to listen on; anything but 127.0.0.1 or ::1 lets other machines read the index.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 lets the system choose a free one.", valueName: "port"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("--host is empty") }
    }

    func run() throws {
        // Opened once to check it (and build the default index when needed); each request opens its own.
        try location.open().close()
        let abbreviations = try file.load()
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Terminal.diagnostic("tracuu: warning: listening on \(host): anyone who can reach this machine can read the index")
        }
        var arguments = ["tracuu-serve", "--index", location.path, "--host", host, "--port", String(port)]
        if !abbreviations.isEmpty { arguments += ["--abbreviations", file.path ?? AbbreviationFileOption.defaultPath] }
        let server = Self.serverProgram()
        guard access(server, X_OK) == 0 else {
            throw CLIError("serve needs the tracuu-serve program beside tracuu (\(server)); build it with `swift build --product tracuu-serve` or scripts/build-release.sh")
        }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        throw CLIError("cannot start \(server): \(String(cString: strerror(errno)))")
    }

    /// `tracuu-serve` in the folder of this executable: the server lives in its own program, so
    /// that the other commands start without Hummingbird and SwiftNIO.
    static func serverProgram() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let own = length > 0 ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return (own as NSString).deletingLastPathComponent + "/tracuu-serve"
    }
}
