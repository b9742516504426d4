/// What a document that is itself a resolution, decree, law... says about
/// itself in its header: the heading ("NGHỊ QUYẾT"), its number ("Số: 113/NQ-CP",
/// "Luật số: 12/2012/QH13"), the date ("Hà Nội, ngày 25 tháng 6 năm 2025") and the
/// subject lines under the heading. Gazette page headers ("CÔNG BÁO/Số 271/Ngày
/// 12-05-2026"), page numbers and signature stamps are skipped.
public struct ResolutionHeader: Equatable, Sendable {
    /// The document's own number, canonical (`158/2025/NĐ-CP`).
    public var number: String
    public var type: DocumentType
    public var issuer: String?
    /// `YYYY-MM-DD`.
    public var issued: String?
    /// The subject under the heading, lines joined: "Quy định chi tiết ... bắt buộc".
    public var subject: String?

    /// `decree`, `law`, ...: the kind tracuu stores for the document.
    public var kind: String { type.kind }

    /// "Nghị định 158/2025/NĐ-CP: Quy định chi tiết …", a title for a document without one.
    public var title: String {
        "\(type.name) \(number)" + (subject.map { ": " + $0 } ?? "")
    }

    /// How many lines from the top (gazette noise excluded) the header is looked for in;
    /// a consolidated text (VBHN) signs its number after the text, so its "Số: …/VBHN-…" line is looked for anywhere.
    static let headLines = 80

    /// The header of `lines` (a document's lines, blank ones dropped), or nil when it is no numbered document.
    public static func detect(lines: [String]) -> ResolutionHeader? {
        guard lines.count >= 3 else { return nil }
        guard isGazette(lines) || lines.prefix(headLines).contains(where: isMotto) || lines.prefix(15).contains(where: { headingType($0) != nil }) else {
            return nil
        }
        let content = lines.filter { !isGazetteNoise($0) }
        let head = Array(content.prefix(headLines))
        var numberIndex: Int?
        var found: (reference: DocumentCitation, word: String?)?
        for (index, line) in head.enumerated() {
            if let parsed = numberLine(joiningWrap(line, head.dropFirst(index + 1).first)) {
                found = parsed
                numberIndex = index
                break
            }
        }
        var region = head
        if found == nil {
            for (index, line) in content.enumerated() where line.hasPrefix("Số") {
                if let parsed = numberLine(line), parsed.reference.type.code == "VBHN" {
                    found = parsed
                    region = Array(content[max(0, index - 20)..<min(content.count, index + 20)])
                    numberIndex = index - max(0, index - 20)
                    break
                }
            }
        }
        if found == nil, isGazette(lines), !head.prefix(12).contains(where: { headingType($0)?.code == "VBHN" }) {
            for (index, line) in head.prefix(8).enumerated() {
                guard let reference = DocumentNumberExtractor(includeWeak: false).references(in: line).first,
                      let word = reference.typeWord, line.hasPrefix(word) else { continue }
                let name = word.split(separator: " ").prefix { $0.lowercased() != "số" }.joined(separator: " ")
                found = (reference, name)
                numberIndex = index
                break
            }
        }
        guard let found, let numberIndex else { return nil }
        var reference = found.reference
        var type = reference.type
        let heading = region.indices.lazy.compactMap { index -> (Int, DocumentType)? in
            guard let type = headingType(region[index]) else { return nil }
            return (index, type)
        }.first { abs($0.0 - numberIndex) <= 25 }
        if let word = found.word, let named = DocumentType.named(word) {
            type = named
        } else if type.code != "VBHN", let heading {
            type = heading.1
        }
        if type.code == "QH", reference.type.code == "QH" { type = reference.type }
        reference.type = type
        var header = ResolutionHeader(number: reference.id, type: type, issuer: reference.issuer, issued: nil, subject: nil)
        let window = region[max(0, numberIndex - 6)..<min(region.count, numberIndex + 12)]
        header.issued = window.lazy.compactMap(placeDate).first
        if let heading, type.code != "VBHN" { header.subject = subject(after: heading.0, in: region) }
        return header
    }

    /// Text from the government gazette: a "CÔNG BÁO/Số …" page header among the first lines.
    public static func isGazette(_ lines: [String]) -> Bool {
        lines.prefix(3).contains { $0.utf8.first == 0x43 && $0.hasPrefix("CÔNG BÁO") }
    }

    static func isMotto(_ line: String) -> Bool {
        // Comparing characters is slow; a line not starting with the byte of "C" cannot match.
        line.utf8.first == 0x43 && (line.hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") || line.hasPrefix("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    }

    /// Page headers, page numbers, signature stamps and rules that PDF extraction leaves in gazette text.
    public static func isGazetteNoise(_ line: String) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        if trimmed.hasPrefix("CÔNG BÁO/") || trimmed.hasPrefix("CÔNG BÁO /") { return true }
        if !trimmed.isEmpty, trimmed.utf8.count <= 5, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == " ") }) { return true }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "_" || $0 == " " || $0 == "-" || $0 == "." }) { return true }
        for stamp in ["Người ký:", "Ký bởi:", "Email:", "Cơ quan:", "Thời gian ký:", "Ngày ký:"] where trimmed.hasPrefix(stamp) {
            return true
        }
        return false
    }

    /// A number line cut after a dash or slash ("Số: 01/2016/TTLT-BCA-") joined with the next line ("BQP").
    static func joiningWrap(_ line: String, _ next: String?) -> String {
        let trimmed = line.trimmingSpaces()
        guard let next, trimmed.hasSuffix("-") || trimmed.hasSuffix("/"), trimmed.utf8.count <= 100 else { return line }
        return trimmed + next.trimmingSpaces()
    }

    /// "Số: 158/2025/NĐ-CP", "Luật số: 69/2020/QH14", "Nghị quyết số: 17/2022/UBTVQH15".
    static func numberLine(_ line: String) -> (reference: DocumentCitation, word: String?)? {
        guard line.utf8.count <= 120, let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].trimmingSpaces()
        let words = label.split(separator: " ")
        guard let last = words.last, last == "Số" || last == "số", words.count <= 4 else { return nil }
        let word = words.dropLast().joined(separator: " ")
        if !word.isEmpty, DocumentType.named(word) == nil { return nil }
        let rest = line[line.index(after: colon)...].trimmingSpaces()
        guard let reference = DocumentNumberExtractor(includeWeak: false).references(in: rest).first, reference.start == 0 else { return nil }
        return (reference, word.isEmpty ? nil : word)
    }

    /// A heading line: "NGHỊ ĐỊNH", "THÔNG TƯ LIÊN TỊCH", "LUẬT", "VĂN BẢN HỢP NHẤT -".
    static func headingType(_ line: String) -> DocumentType? {
        // A lower-case ASCII letter always starts a character of its own, which is no capital.
        guard line.utf8.count <= 200, !line.utf8.contains(where: { $0 &- 0x61 < 26 }) else { return nil }
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
        var words = String(trimmed.filter { $0.isLetter || $0 == " " }).split(separator: " ").joined(separator: " ")
        if words.hasPrefix("XÁC THỰC ") { words = String(words.dropFirst(9)) }
        return DocumentType.named(words)
    }

    /// "Hà Nội, ngày 25 tháng 6 năm 2025" → 2025-06-25.
    static func placeDate(_ line: String) -> String? {
        guard line.utf8.count <= 80, let comma = line.firstIndex(of: ",") else { return nil }
        var rest = line[line.index(after: comma)...].drop(while: { $0 == " " })
        return DocumentNumberScanner.readDate(&rest)
    }

    /// The lines under the heading until the preamble ("Căn cứ …") or another all-capitals line.
    static func subject(after index: Int, in lines: [String]) -> String? {
        var parts: [String] = []
        for line in lines.dropFirst(index + 1).prefix(6) {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("Điều "), trimmed.dropFirst(5).first?.isNumber == true { break }
            if trimmed.isEmpty || trimmed.hasPrefix("Căn cứ") || trimmed.hasPrefix("Theo đề nghị") || trimmed.hasPrefix("Chương") { break }
            if isMotto(trimmed) || trimmed.hasPrefix("Độc lập") { break }
            let capitals = trimmed.allSatisfy { !$0.isLetter || $0.isUppercase }
            // An issuer line ("ỦY BAN THƯỜNG VỤ QUỐC HỘI") after a mixed-case subject ends it; a law's subject is all capitals.
            if capitals, let first = parts.first, !first.allSatisfy({ !$0.isLetter || $0.isUppercase }) { break }
            if capitals, DocumentType.named(trimmed) != nil { break }
            parts.append(trimmed)
            if trimmed.hasSuffix(".") { break }
        }
        guard !parts.isEmpty else { return nil }
        let joined = parts.joined(separator: " ")
        return joined.count > 240 ? String(joined.prefix(240)) + "…" : joined
    }
}
