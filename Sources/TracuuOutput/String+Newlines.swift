public extension String {
    /// Snippets span paragraphs; on one printed line they read better with spaces.
    func replacingNewlines() -> String {
        guard mayHoldNewline else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }

    /// Whether the bytes hold a line break of any kind (LF, VT, FF, CR, NEL, LS, PS): most
    /// snippets hold none, and reading them as Characters is the slow part of printing.
    private var mayHoldNewline: Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if (0x0A...0x0D).contains(byte) || (previous.1 == 0xC2 && byte == 0x85)
                || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
