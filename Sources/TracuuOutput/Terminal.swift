import Foundation

/// Where output goes and whether it may be coloured: colour and progress only
/// on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
public enum Terminal {
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    public static var colorAllowed: Bool {
        (variable("NO_COLOR") ?? "").isEmpty && variable("TERM") != "dumb"
    }

    /// One environment variable, read with getenv(3), so a search does not copy the whole
    /// environment into a dictionary (`ProcessInfo.environment`) to read two variables.
    public static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    public static var stdoutColored: Bool { stdoutIsTerminal && colorAllowed }

    /// One line on standard error.
    public static func diagnostic(_ line: String) {
        writeAll(line + "\n", to: STDERR_FILENO)
    }

    /// A message naming a file whose name holds a line break stays one line: `a\nb.txt`.
    public static func oneLine(_ message: String) -> String {
        guard message.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return message }
        return message.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    /// An error on standard error, as `tracuu: message`.
    public static func error(_ message: String) {
        diagnostic("tracuu: " + message)
    }

    /// Every byte of `text` to standard output.
    public static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Every byte of `data` to standard output (a workbook).
    public static func write(_ data: Data) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            writeAll(base.assumingMemoryBound(to: UInt8.self), count: bytes.count, to: STDOUT_FILENO)
        }
    }

    /// Every byte of `text` to the descriptor, with write(2), so printing a search does not
    /// start up `FileHandle`.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            writeAll(base, count: bytes.count, to: descriptor)
        }
    }

    private static func writeAll(_ base: UnsafePointer<UInt8>, count: Int, to descriptor: Int32) {
        var next = base
        var left = count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            next += written
            left -= written
        }
    }

    /// The ANSI colours and weights tracuu prints with; the raw value is the SGR code.
    public enum Style: String {
        case bold = "1"
        case dim = "2"
        case match = "1;31"
        case title = "1;34"
        case path = "35"
    }

    /// `text` in `style` when `enabled` (see `stdoutColored`), else as it is.
    public static func style(_ text: String, _ style: Style, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
