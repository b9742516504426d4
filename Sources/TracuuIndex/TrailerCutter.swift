import Foundation

/// Removes what scrapers leave around an article: the block of related
/// headlines at its end ("Có thể bạn quan tâm", "Tin khác", "Tin liên quan",
/// "Xem thêm", "Nên xem") and markdown image residue like `![]() |`, keeping
/// caption text.
public enum TrailerCutter {
    static let trailerHeadings: Set<String> = [
        "có thể bạn quan tâm", "tin khác", "tin liên quan", "xem thêm", "nên xem", "tin cùng chuyên mục",
        "bài liên quan", "đọc thêm", "tin mới", "tin nổi bật", "tin đọc nhiều", "bài viết liên quan",
    ]
    /// Lines after a trailer heading are headlines or date lines, never paragraphs.
    static let longestTrailerLine = 200

    /// The lines of `text` with image residue cleaned and any trailer cut.
    public static func clean(_ text: Substring) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = removeImageResidue(String(raw))
            if !line.isEmpty { lines.append(line) }
        }
        if let start = trailerStart(lines) { lines.removeSubrange(start...) }
        return lines
    }

    static func trailerStart(_ lines: [String]) -> Int? {
        for (index, line) in lines.enumerated() where index > 0 {
            let heading = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :.-–—|"))
            guard trailerHeadings.contains(heading) else { continue }
            if lines[(index + 1)...].allSatisfy({ $0.count <= longestTrailerLine }) { return index }
        }
        return nil
    }

    /// `![alt](url)` goes, table pipes around a caption go, the caption stays.
    static func removeImageResidue(_ line: String) -> String {
        var result = line
        if result.contains("![") {
            result = result.replacingOccurrences(of: #"!\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
        }
        if result.contains("|") {
            result = result.trimmingCharacters(in: CharacterSet(charactersIn: " |\t"))
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
