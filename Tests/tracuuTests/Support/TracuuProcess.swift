import TestSupport
import Foundation
import XCTest

/// Runs the `tracuu` executable that `swift build` put next to the test bundle,
/// in a temporary working directory that is removed afterwards.
final class TracuuProcess {
    let directory: URL

    init() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tracuu-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The built binary: beside the test bundle (`.build/<triple>/debug/`).
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle(for: TracuuProcess.self).bundleURL.deletingLastPathComponent(),
            RepositoryPaths.root.appendingPathComponent(".build/debug"),
        ]
        for directory in candidates {
            let binary = directory.appendingPathComponent("tracuu")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return candidates[0].appendingPathComponent("tracuu")
    }()

    static let seedCorpus = RepositoryPaths.corpus

    func path(_ relative: String) -> String { directory.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
        let url = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Copies the repository's seed articles into `corpus/`.
    func copySeeds() throws {
        try FileManager.default.copyItem(at: Self.seedCorpus, to: directory.appendingPathComponent("corpus"))
    }

    /// Runs `tracuu arguments…` (the built one, or a copy at `executable`) with stdout and
    /// stderr going to files (never a terminal).
    func run(_ arguments: [String], environment: [String: String] = [:], executable: URL = TracuuProcess.executable,
             file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "tracuu binary not built at \(executable.path)")
        return try launch(executable, arguments, environment: environment)
    }

    /// Runs `tracuu arguments…` on a pseudo-terminal (through script(1)), as a person would.
    func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script.path), "script(1) is not installed")
        let command = ([Self.executable.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        return try launch(script, ["-q", "-e", "-c", command, "/dev/null"], environment: environment)
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func launch(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["TRACUU_INDEX"] = nil
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
