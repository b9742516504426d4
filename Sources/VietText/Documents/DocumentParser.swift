import Foundation

/// Builds `Document`s from decoded file text: front matter, title, lead,
/// body, with scraped trailers cut. `.jsonl` files give one document a line.
public enum DocumentParser {
    /// A document from a `.txt` or `.md` file.
    public static func parse(text: String, path: String) -> (document: Document, warning: String?) {
        let normalized = containsCR(text) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        let frontMatter = FrontMatter(parsing: normalized)
        let document = build(lines: TrailerCutter.clean(frontMatter.text), fields: frontMatter.fields, path: path)
        return (document, frontMatter.problem)
    }

    /// A document from lines another reader found (a web page's paragraphs, a PDF's or a Word
    /// file's text) with the metadata it found; trailers are cut as for text.
    public static func parse(lines: [String], fields: [String: String], path: String) -> Document {
        build(lines: TrailerCutter.clean(lines.joined(separator: "\n")[...]), fields: fields.filter { !$0.value.isEmpty }, path: path)
    }

    /// Documents from a `.jsonl` file, with the line numbers of lines that could not be read.
    public static func parseJSONLines(text: String, path: String, firstLine: Int = 1) -> (documents: [Document], errors: [(line: Int, reason: String)]) {
        var documents: [Document] = []
        var errors: [(Int, String)] = []
        var seen: Set<String> = []
        // Split on the byte: "\r\n" is one Character, so splitting the String on "\n" missed CRLF lines.
        for (index, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let data = Data(line.reversed().drop(while: { $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }).reversed())
            if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let lineNumber = index + firstLine
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                errors.append((lineNumber, "not a JSON object"))
                continue
            }
            guard let body = object["text"] as? String else {
                errors.append((lineNumber, "no \"text\" field"))
                continue
            }
            var fields: [String: String] = [:]
            for key in ["title", "date", "source", "url", "kind", "number"] {
                if let value = object[key] as? String { fields[key] = value }
            }
            var id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? String(lineNumber)
            if seen.contains(id) { id = "\(id)@\(lineNumber)" }
            seen.insert(id)
            let text = ICUNormalizer.nfc(body).replacingOccurrences(of: "\r\n", with: "\n")
            fields = fields.mapValues { ICUNormalizer.nfc($0) }
            documents.append(build(lines: TrailerCutter.clean(text[...]), fields: fields, path: "\(path)#\(id)"))
        }
        return (documents, errors)
    }

    /// A later part of a large file: the first part's metadata, its title marked with the part number.
    public static func parsePart(text: String, path: String, part: Int, first: Document) -> Document {
        var fields = ["title": "\(first.title) (phần \(part))", "kind": first.kind]
        fields["date"] = first.date
        fields["source"] = first.source
        fields["url"] = first.url
        fields["number"] = first.number
        let normalized = containsCR(text) ? text.replacingOccurrences(of: "\r", with: "") : text
        return build(lines: TrailerCutter.clean(normalized[...]), fields: fields, path: "\(path)#\(part)")
    }

    private static func containsCR(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
    }

    /// Lines after the first where a date line is looked for: "Thứ Hai, 12/06/2017 08:30" under a headline.
    static let dateLineSearch = 1...3

    static func build(lines: [String], fields: [String: String], path: String) -> Document {
        let header = fields["kind"] == nil || fields["number"] == nil ? ResolutionHeader.detect(lines: lines) : nil
        var lines = ResolutionHeader.isGazette(lines) ? lines.filter { !ResolutionHeader.isGazetteNoise($0) } : lines
        var fields = fields
        if fields["date"].flatMap(DocumentDate.normalize) == nil, header?.issued == nil,
           let index = dateLineSearch.lazy.filter({ $0 < lines.count }).first(where: { DocumentDate.inDateLine(lines[$0]) != nil }) {
            fields["date"] = DocumentDate.inDateLine(lines[index])
            lines.remove(at: index)
        }
        var remaining = lines[...]
        var title: String
        if let given = fields["title"], !given.isEmpty {
            title = given
        } else if let header {
            title = header.title
        } else if let first = remaining.first, remaining.count > 1, TitleExtractor.readsAsHeading(first) {
            title = TitleExtractor.withoutHeadingMarks(first)
            remaining = remaining.dropFirst()
        } else {
            title = remaining.first.map(TitleExtractor.sentenceStart) ?? ""
        }
        if title.isEmpty { title = (path as NSString).lastPathComponent }
        let lead = remaining.first ?? ""
        let body = remaining.dropFirst().joined(separator: "\n")
        return Document(
            path: path, title: title, lead: lead, body: body,
            date: fields["date"].flatMap(DocumentDate.normalize) ?? header?.issued, source: fields["source"], url: fields["url"],
            kind: fields["kind"].map { $0.lowercased() } ?? header?.kind ?? "article",
            number: fields["number"].map { DocumentCitation.canonicalID($0) ?? $0 } ?? header?.number)
    }
}
