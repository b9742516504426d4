/// A document number as people type it into a search box: a whole number in any spelling
/// ("02/NQ-TW", "05-CT-TW", "05 CT/TW", "chỉ thị 05-CT/TW") or a type and a bare number
/// ("chỉ thị 05", "chi thi so 5", "NQ 02") that stands for every number of that type cited.
public enum DocumentNumberQuery: Equatable, Sendable {
    /// One canonical id: `05-CT/TW`.
    case number(String)
    /// A type and a number without issuer: the candidates are every cited number of that type.
    case typeAndNumber(DocumentType, Int)

    /// What `text` asks for when it is a document number alone: "chi thi so 5" → type and number,
    /// "02/NQ-TW" → `02-NQ/TW`; nil for any other query.
    public static func parse(_ text: String) -> DocumentNumberQuery? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        let joined = words.joined(separator: " ")
        if let whole = DocumentNumberExtractor.parseWhole(joined) { return .number(whole.id) }
        if let parsed = DocumentNumberExtractor.parseTypeAndNumber(joined) { return .typeAndNumber(parsed.type, parsed.number) }
        var rest = Substring(joined)
        let folded = DocumentNumberScanner.fold(joined)
        if let word = DocumentNumberScanner.typeWords.first(where: { folded.hasPrefix($0.folded + " ") }) {
            rest = rest.dropFirst(word.words.count + 1)
            if DocumentNumberScanner.fold(String(rest.prefix(3))) == "so " { rest = rest.dropFirst(3) }
            if let whole = DocumentNumberExtractor.parseWhole(String(rest)) { return .number(whole.id) }
        }
        let parts = rest.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init)
        guard let first = parts.first else { return nil }
        if parts.count == 2, let type = DocumentType.symbol(first), let number = Int(parts[1]), parts[1].count <= 5 {
            return .typeAndNumber(type, number)
        }
        guard first.allSatisfy({ $0.isASCII && $0.isNumber }), first.count <= 5, parts.count >= 3 else { return nil }
        var tail = parts.dropFirst()
        var year = ""
        if let candidate = tail.first, candidate.count == 4, candidate.allSatisfy({ $0.isASCII && $0.isNumber }) {
            year = candidate + "/"
            tail = tail.dropFirst()
        }
        guard let symbol = tail.first, DocumentType.symbol(symbol) != nil, tail.count >= 2 else { return nil }
        let issuer = tail.dropFirst().joined(separator: "-")
        return DocumentNumberExtractor.parseWhole("\(first)/\(year)\(symbol)-\(issuer)").map { .number($0.id) }
    }
}
