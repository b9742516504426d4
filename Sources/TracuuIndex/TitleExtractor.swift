import Foundation

/// Finds a title in text without front matter: the first line when it reads
/// as a heading, else a trimmed start of the first sentence, with a leading
/// source tag such as "(CATP)" dropped.
public enum TitleExtractor {
    static let longestHeading = 180
    static let longestSentenceTitle = 110

    public static func readsAsHeading(_ line: String) -> Bool {
        guard line.count <= longestHeading, let last = line.last else { return false }
        return !".,;:".contains(last)
    }

    public static func sentenceStart(_ line: String) -> String {
        var text = Substring(line)
        if let range = text.range(of: #"^\s*\([\p{Lu}\p{N} .&-]{2,20}\)\s*[-–—]?\s*"#, options: .regularExpression) {
            text = text[range.upperBound...]
        }
        var index = text.startIndex
        while let end = text[index...].firstIndex(where: { ".?!".contains($0) }) {
            let next = text.index(after: end)
            if next == text.endIndex || text[next] == " " {
                text = text[...end]
                break
            }
            index = next
        }
        guard text.count > longestSentenceTitle else { return String(text) }
        let cut = text.prefix(longestSentenceTitle)
        let wordEnd = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<wordEnd].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-")) + "…"
    }
}
