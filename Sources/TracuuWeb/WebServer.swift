import Hummingbird
import Logging
import NIOCore
import TracuuIndex
import VietText

/// `tracuu serve`: the search page, documents, references, figures and abbreviations of one
/// index as web pages, and `/api/...` answering the CLI's JSON. Read-only; every text escaped.
public struct WebServer: Sendable {
    public var indexPath: String
    public var host: String
    public var port: Int
    public var userAbbreviations: [Abbreviation]

    public init(indexPath: String, host: String = "127.0.0.1", port: Int = 8080, userAbbreviations: [Abbreviation] = []) {
        self.indexPath = indexPath
        self.host = host
        self.port = port
        self.userAbbreviations = userAbbreviations
    }

    /// Serves until SIGINT or SIGTERM; `onListening` gets the address bound (`http://127.0.0.1:8080/`),
    /// the port chosen by the system when `port` is 0.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeaders())
        let access = IndexAccess(path: indexPath)
        APIRoutes(index: access, userAbbreviations: userAbbreviations).add(to: router)
        let name = indexPath.split(separator: "/").last.map(String.init) ?? indexPath
        PageRoutes(index: access, userAbbreviations: userAbbreviations, indexName: name).add(to: router)
        var logger = Logger(label: "tracuu-serve") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .error
        let host = self.host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "tracuu"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shown):\(port)/")
            },
            logger: logger)
        try await app.runService()
    }
}
