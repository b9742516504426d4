import Foundation

/// The `---` block that may open a `.txt` or `.md` file: `title:`, `date:`,
/// `source:`, `url:`, `kind:`, `number:` lines, then the text itself.
public struct FrontMatter: Equatable, Sendable {
    public var fields: [String: String] = [:]
    /// The text after the block (the whole text when there is none).
    public var text: Substring
    /// Why a block that looked like front matter was not used, if it was not.
    public var problem: String?

    public init(parsing text: String) {
        self.text = text[...]
        guard text.hasPrefix("---\n") || text == "---" else { return }
        var fields: [String: String] = [:]
        var rest = text.dropFirst(4)
        while !rest.isEmpty {
            let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<lineEnd]
            rest = lineEnd < rest.endIndex ? rest[rest.index(after: lineEnd)...] : rest[rest.endIndex...]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                self.fields = fields
                self.text = rest
                return
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                problem = "front matter line without 'key: value': \(trimmed.prefix(40))"
                continue
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        problem = "front matter is not closed by a '---' line; read as text"
    }
}
