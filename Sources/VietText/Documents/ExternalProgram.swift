import Foundation

/// A program tracuu may call when it is installed (`pdftotext`, `tesseract`, `antiword`):
/// found on `PATH`, run without a shell, its output read whole.
public struct ExternalProgram: Sendable {
    public let path: String

    /// The program named `name` on `PATH`, or nil when it is not installed.
    public init?(named name: String) {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        guard let found = directories.lazy.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        path = found
    }

    /// Runs the program; its standard output and exit status (its standard error is discarded).
    public func run(_ arguments: [String]) -> (output: Data, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (Data(), -1)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (data, process.terminationStatus)
    }
}
