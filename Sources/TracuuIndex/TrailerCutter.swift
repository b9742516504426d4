import Foundation

/// Removes what scrapers leave around an article: the block of related
/// headlines at its end ("Có thể bạn quan tâm", "Tin khác", "Tin liên quan",
/// "Xem thêm", "Nên xem") and markdown image residue like `![]() |`, keeping
/// caption text. Works on UTF-8 bytes: it runs on every line of every document.
public enum TrailerCutter {
    static let trailerHeadings: Set<String> = [
        "có thể bạn quan tâm", "tin khác", "tin liên quan", "xem thêm", "nên xem", "tin cùng chuyên mục",
        "bài liên quan", "đọc thêm", "tin mới", "tin nổi bật", "tin đọc nhiều", "bài viết liên quan",
    ]
    /// Headings are short; longer lines are never compared.
    static let longestHeadingBytes = 48
    /// Lines after a trailer heading are headlines or date lines, never paragraphs.
    static let longestTrailerLine = 200

    /// The lines of `text` with image residue cleaned and any trailer cut.
    public static func clean(_ text: Substring) -> [String] {
        var lines: [String] = []
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = cleanLine(raw)
            if !line.isEmpty { lines.append(line) }
        }
        if let start = trailerStart(lines) { lines.removeSubrange(start...) }
        return lines
    }

    static func trailerStart(_ lines: [String]) -> Int? {
        for (index, line) in lines.enumerated() where index > 0 && line.utf8.count <= longestHeadingBytes {
            let heading = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :.-–—|"))
            guard trailerHeadings.contains(heading) else { continue }
            if lines[(index + 1)...].allSatisfy({ $0.utf8.count <= longestTrailerLine || $0.count <= longestTrailerLine }) {
                return index
            }
        }
        return nil
    }

    /// Trims spaces, drops `![alt](url)` and the table pipes around a caption; the caption stays.
    static func cleanLine(_ raw: Substring.UTF8View) -> String {
        var hasResidue = false
        var previous: UInt8 = 0
        for byte in raw {
            if byte == 0x7C || (previous == 0x21 && byte == 0x5B) { hasResidue = true; break }
            previous = byte
        }
        guard hasResidue else { return trimmed(raw) }
        var line = String(Substring(raw))
        if line.contains("![") {
            line = line.replacingOccurrences(of: #"!\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
        }
        return line.trimmingCharacters(in: CharacterSet(charactersIn: " |\t\r"))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    private static func trimmed(_ raw: Substring.UTF8View) -> String {
        guard let first = raw.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = raw.lastIndex(where: { !isSpace($0) })!
        return String(Substring(raw[first...last]))
    }
}
