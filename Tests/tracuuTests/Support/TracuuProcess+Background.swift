import Foundation
import XCTest

/// Starting the built binary in the background, or through a shell.
extension TracuuProcess {
    /// `tracuu arguments…` started in the background in this workspace, to be waited for or killed.
    func start(_ arguments: [String]) throws -> RunningTracuu {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.executable.path), "tracuu binary not built at \(Self.executable.path)")
        return try RunningTracuu(Self.executable, arguments, in: directory)
    }

    /// Runs `sh -c script` with `$TRACUU` set to the binary: for arguments Swift's
    /// `Process` cannot pass, such as bytes that are not UTF-8.
    func runShell(_ script: String) throws -> CommandResult {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.executable.path), "tracuu binary not built")
        let process = try RunningTracuu(URL(fileURLWithPath: "/bin/sh"), ["-c", "TRACUU='\(Self.executable.path)'; " + script], in: directory)
        return process.wait()
    }
}
