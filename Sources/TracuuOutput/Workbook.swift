import Foundation
import ZIPFoundation

/// A one-sheet Excel workbook (.xlsx, Office Open XML) of text and number cells, which Excel
/// and LibreOffice open by double-click whatever their locale: text is UTF-8 XML, so
/// "Số liệu" and "người bị thương" stay intact, and numbers are numbers (`-14.8`, not "-14,8"),
/// whole ones shown with the reader's thousands separator (`12.700.000.000.000` in Vietnamese).
public struct Workbook {
    /// One cell's content: text, a number (formatted by the reader's locale), or nothing.
    public enum Cell: Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    var sheet: String
    var rows: [[Cell]]
    /// Column widths in characters; columns past the end keep the default.
    var widths: [Double] = []

    /// The archive could not be made; its description is the CLI's one-line message.
    public struct WriteFailure: Error, CustomStringConvertible {
        public var description: String { "could not write the workbook" }
    }

    /// The .xlsx file: a ZIP archive of the workbook's XML parts, with the first row bold and frozen.
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts() {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WriteFailure() }
        return data
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private func parts() -> [(String, String)] {
        [
            ("[Content_Types].xml", Self.header + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>
                """),
            ("_rels/.rels", Self.header + """
                <Relationships xmlns="\(Self.relationships)">\
                <Relationship Id="rId1" Type="\(Self.officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", Self.header + """
                <workbook xmlns="\(Self.main)" xmlns:r="\(Self.officeRelationships)">\
                <sheets><sheet name="\(Self.escaped(String(sheet.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", Self.header + """
                <Relationships xmlns="\(Self.relationships)">\
                <Relationship Id="rId1" Type="\(Self.officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(Self.officeRelationships)/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", Self.header + """
                <styleSheet xmlns="\(Self.main)">\
                <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                </styleSheet>
                """),
            ("xl/worksheets/sheet1.xml", worksheet()),
        ]
    }

    private func worksheet() -> String {
        var xml = Self.header + "<worksheet xmlns=\"\(Self.main)\"><sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in rows.enumerated() {
            let number = index + 1
            xml += "<row r=\"\(number)\">"
            for (column, cell) in row.enumerated() {
                let reference = Self.column(column) + String(number)
                let style = index == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let text):
                    xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(Self.escaped(text))</t></is></c>"
                case .number(let value) where value.isFinite:
                    let whole = index > 0 && value.rounded() == value && abs(value) < 1e15 ? " s=\"2\"" : style
                    xml += "<c r=\"\(reference)\"\(whole)><v>\(Self.plain(value))</v></c>"
                case .number, .empty:
                    break
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// `A`…`Z`, `AA`…: the letters of a column.
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }

    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Text as XML character data: `&`, `<`, `>`, `"` escaped, characters XML cannot hold left out.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
