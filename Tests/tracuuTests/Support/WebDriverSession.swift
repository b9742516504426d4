import Foundation
import XCTest

/// Headless Chromium driven through chromedriver's W3C WebDriver HTTP protocol: open a page,
/// find elements by CSS selector, type, click, read text. Skips the test where Debian's
/// `chromium` and `chromium-driver` are not installed.
final class WebDriverSession {
    private let driver = Process()
    private let base: String
    private var session = ""
    /// A browser that answers each call but never finishes the test fails it instead of hanging the suite.
    private let budget = Date().addingTimeInterval(600)
    let downloads: URL

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }

    init(downloads: URL) throws {
        guard let chromium = Self.chromium, let chromedriver = Self.chromedriver, FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else {
            throw XCTSkip("browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
        }
        self.downloads = downloads
        let port = try Self.freePort()
        base = "http://127.0.0.1:\(port)"
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        let deadline = Date().addingTimeInterval(30)
        var ready = false
        while !ready {
            do {
                ready = try request("GET", "/status")["value"] != nil
            } catch {
                guard Date() < deadline else { throw WebDriverError(message: "chromedriver did not start on port \(port): \(error)") }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            // An alert a hostile page might open stays open, for `alertText()` to see.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": [
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ] as [String: Any],
        ] as [String: Any]]]
        let created = try request("POST", "/session", capabilities)
        session = try XCTUnwrap((created["value"] as? [String: Any])?["sessionId"] as? String, "no session: \(created)")
    }

    deinit {
        if !session.isEmpty { _ = try? request("DELETE", "/session/\(session)") }
        if driver.isRunning { driver.terminate() }
        driver.waitUntilExit()
    }

    func open(_ url: String) throws { _ = try command("POST", "url", ["url": url]) }

    var currentURL: String { get throws { try command("GET", "url") as? String ?? "" } }
    var title: String { get throws { try command("GET", "title") as? String ?? "" } }
    var source: String { get throws { try command("GET", "source") as? String ?? "" } }

    /// The first element matching `selector`, waiting up to 10 s for it.
    func element(_ selector: String) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        while true {
            if let found = try? command("POST", "element", ["using": "css selector", "value": selector]) as? [String: Any],
               let id = found.values.first as? String { return id }
            guard Date() < deadline else { throw WebDriverError(message: "no element \(selector) on \((try? currentURL) ?? "?")") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    func type(_ text: String, into selector: String) throws {
        let id = try element(selector)
        _ = try command("POST", "element/\(id)/clear", [:])
        _ = try command("POST", "element/\(id)/value", ["text": text])
    }

    func click(_ selector: String) throws { _ = try command("POST", "element/\(try element(selector))/click", [:]) }

    func text(_ selector: String) throws -> String { try command("GET", "element/\(try element(selector))/text") as? String ?? "" }

    /// The text of an open alert, prompt or confirm, nil when none is open.
    func alertText() -> String? { try? command("GET", "alert/text") as? String }

    func script(_ source: String) throws -> Any? { try command("POST", "execute/sync", ["script": source, "args": []]) }

    struct WebDriverError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        let answer = try request(method, "/session/\(session)/\(path)", body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw WebDriverError(message: "\(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    /// One WebDriver call through curl(1): FoundationNetworking's URLSession fails on chromedriver's headers.
    private func request(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> [String: Any] {
        guard Date() < budget else { throw WebDriverError(message: "the browser session ran over 10 minutes (at \(method) \(path))") }
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "--max-time", "60", "-X", method, "-H", "Content-Type: application/json", "--data-binary", "@-", base + path]
        let input = Pipe(), output = Pipe()
        curl.standardInput = input
        curl.standardOutput = output
        curl.standardError = FileHandle.nullDevice
        try curl.run()
        input.fileHandleForWriting.write(body.map { (try? JSONSerialization.data(withJSONObject: $0)) ?? Data() } ?? Data())
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        guard curl.terminationStatus == 0 else { throw WebDriverError(message: "curl \(method) \(path) failed (\(curl.terminationStatus))") }
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A TCP port nothing listens on now (bound to port 0, then released).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw WebDriverError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
