import Foundation

/// Where output goes and whether it may be coloured: colour and progress only
/// on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static var colorAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    static var stdoutColored: Bool { stdoutIsTerminal && colorAllowed }

    static func diagnostic(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A message naming a file whose name holds a line break stays one line: `a\nb.txt`.
    static func oneLine(_ message: String) -> String {
        guard message.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return message }
        return message.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func error(_ message: String) {
        diagnostic("tracuu: " + message)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    enum Style: String {
        case bold = "1"
        case dim = "2"
        case match = "1;31"
        case title = "1;34"
        case path = "35"
    }

    static func style(_ text: String, _ style: Style, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
