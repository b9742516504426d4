import Foundation

/// Finds a title in text without front matter: the first line when it reads
/// as a heading, else a trimmed start of the first sentence, with a leading
/// source tag such as "(CATP)" dropped.
public enum TitleExtractor {
    static let longestHeading = 180
    static let longestSentenceTitle = 110

    /// Whether `line` can be a title as it stands: short enough, and not ending in `.,;:`
    /// ("Hội nghị công đoàn" does; "Sáng 5/3, tại Hà Nội," does not).
    public static func readsAsHeading(_ line: String) -> Bool {
        // Counting characters walks the line: no need when its bytes are few enough.
        guard line.utf8.count <= longestHeading || line.count <= longestHeading, let last = line.last else { return false }
        return !".,;:".contains(last)
    }

    /// `# Hội nghị công đoàn` → `Hội nghị công đoàn`: the marks of a Markdown
    /// heading are not part of the title; `#hashtag` stays as it is.
    public static func withoutHeadingMarks(_ line: String) -> String {
        guard line.hasPrefix("#") else { return line }
        let text = line.drop(while: { $0 == "#" })
        guard let next = text.first, next == " " || next == "\t" else { return line }
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("#") { trimmed.removeLast() }
        return trimmed.trimmingCharacters(in: .whitespaces)
    }

    /// A title cut from the first sentence of `line`: without a source tag ("(CATP) - "), up to
    /// the sentence's end, or its first words and "…" when the sentence is too long.
    public static func sentenceStart(_ line: String) -> String {
        var text = Substring(line)
        // The pattern needs a "(": without one, no regular expression is compiled.
        if line.utf8.contains(0x28), let range = text.range(of: #"^\s*\([\p{Lu}\p{N} .&-]{2,20}\)\s*[-–—]?\s*"#, options: .regularExpression) {
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
