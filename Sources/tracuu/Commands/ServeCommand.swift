import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput
import TracuuWeb

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
            what `tracuu index` adds meanwhile shows at the next request.

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
        let server = WebServer(indexPath: location.path, host: host, port: port, userAbbreviations: try file.load())
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Terminal.diagnostic("tracuu: warning: listening on \(host): anyone who can reach this machine can read the index")
        }
        let path = location.path
        // The root command runs synchronously (searches start faster so): the server runs on
        // NIO's threads while this one waits for it to stop.
        let stopped = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                try await server.run { address in Terminal.diagnostic("tracuu: serving \(path) at \(address) (Ctrl-C stops)") }
            } catch {
                let reason = "\(error)"
                failure.message = reason.contains("Address already in use")
                    ? "port \(port) on \(host) is already in use; give another with --port (0: any free one)"
                    : "cannot serve on \(host) port \(port): " + Terminal.oneLine(reason)
            }
            stopped.signal()
        }
        stopped.wait()
        if let message = failure.message { throw CLIError(message) }
    }
}

/// Why the server stopped, when it failed: set by its task, read once it has ended.
private final class ServeFailure: @unchecked Sendable {
    var message: String?
}
