import Foundation
import ZIPFoundation

/// A Word document (`.docx`, a ZIP of XML parts) as lines of text in reading order:
/// paragraphs, tables row by row (an official document's issuer and "Số: …" sit in a
/// header table: each cell's paragraphs are lines of their own; a row of three cells or
/// more is one line, its cells between " | "), then the footnotes.
public enum WordDocumentReader {
    /// Why a `.docx` file was not read, in words for the warning line.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notWord

        public var description: String { "Word document (.docx) that cannot be opened (damaged, or not a Word file)" }
    }

    /// The document the `.docx` bytes hold, its lines parsed as any other reader's (`DocumentParser`).
    public static func document(_ bytes: [UInt8], path: String) throws(Failure) -> Document {
        DocumentParser.parse(lines: try lines(bytes), fields: [:], path: path)
    }

    /// The document's lines, footnotes last.
    public static func lines(_ bytes: [UInt8]) throws(Failure) -> [String] {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read),
              let main = part("word/document.xml", in: archive), let root = MarkupParser.xml(main),
              let body = root.first(where: { $0.name == "w:body" }) else { throw .notWord }
        var lines: [String] = []
        read(body, into: &lines)
        if let notes = part("word/footnotes.xml", in: archive), let footnotes = MarkupParser.xml(notes) {
            footnotes.forEach { node in
                guard node.name == "w:footnote", node.attributes["w:type"] == nil else { return }
                let number = node.attributes["w:id"].map { "[\($0)] " } ?? ""
                var text: [String] = []
                read(node, into: &text)
                if !text.isEmpty { lines.append(number + text.joined(separator: " ")) }
            }
        }
        return lines.map(ICUNormalizer.nfc)
    }

    private static func part(_ name: String, in archive: Archive) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
        return [UInt8](data)
    }

    /// Paragraphs and tables under `node`, in order.
    private static func read(_ node: MarkupNode, into lines: inout [String]) {
        for child in node.children {
            switch child.name {
            case "w:p":
                lines += paragraph(child)
            case "w:tbl":
                for row in child.children where row.name == "w:tr" {
                    let cells = row.children.filter { $0.name == "w:tc" || $0.name == "w:sdt" }.map { cell -> [String] in
                        var text: [String] = []
                        read(cell, into: &text)
                        return text
                    }.filter { !$0.isEmpty }
                    if cells.count >= 3 {
                        lines.append(cells.map { $0.joined(separator: " ") }.joined(separator: " | "))
                    } else {
                        lines += cells.flatMap { $0 }
                    }
                }
            default:
                read(child, into: &lines)
            }
        }
    }

    /// A paragraph's lines: its runs' text, tabs as spaces, a line break (`w:br`) starting a new line.
    private static func paragraph(_ node: MarkupNode) -> [String] {
        var lines: [String] = []
        var current = ""
        func walk(_ node: MarkupNode) {
            switch node.name {
            case "w:t": current += node.textContent
            case "w:tab": current += " "
            case "w:br", "w:cr": lines.append(current); current = ""
            case "w:noBreakHyphen": current += "-"
            case "w:footnoteReference": current += node.attributes["w:id"].map { "[\($0)]" } ?? ""
            case "w:delText", "w:instrText": return
            default: node.children.forEach(walk)
            }
        }
        walk(node)
        lines.append(current)
        return lines.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
