import Foundation
import XCTest

/// A `tracuu` process started in the background, to be killed or waited for.
final class RunningTracuu {
    let process = Process()
    private let outURL: URL
    private let errURL: URL

    init(_ executable: URL, _ arguments: [String], in directory: URL) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["TRACUU_INDEX"] = nil
        environment["NO_COLOR"] = "1"
        process.environment = environment
        outURL = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        errURL = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// What it has written to stderr so far.
    var stderrSoFar: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// SIGKILL, as a power cut or `kill -9` would: no cleanup runs.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func wait() -> CommandResult {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let killed = process.terminationReason == .uncaughtSignal
        return CommandResult(
            status: killed ? 128 + process.terminationStatus : process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
