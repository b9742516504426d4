import Foundation
import TestSupport
import VietText
import XCTest
import ZIPFoundation

/// Word documents made here as Word writes them (a ZIP of XML parts): an official
/// document with its issuer and number in a header table, a data table, a footnote.
final class WordDocumentReaderTests: XCTestCase {
    private static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    private func paragraph(_ runs: String...) -> String {
        "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>" + runs.map { "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    private func table(_ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + rows.map { row in
            "<w:tr>" + row.map { cell in "<w:tc><w:tcPr/>" + cell.split(separator: "\n").map { paragraph(String($0)) }.joined() + "</w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"
    }

    private func docx(body: String, footnotes: String? = nil) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(Self.namespace)><w:body>\(body)<w:sectPr/></w:body></w:document>"),
        ]
        if let footnotes {
            parts.append(("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes \(Self.namespace)><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\(footnotes)</w:footnotes>"))
        }
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try XCTUnwrap(archive.data))
    }

    func testAnOfficialDocumentsHeaderTableGivesItsNumberAndDate() throws {
        let body = table([["BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                          ["Số: 12/2024/TTLT-BLĐTBXH-BTC", "Hà Nội, ngày 19 tháng 02 năm 2024"]])
            + paragraph("THÔNG TƯ LIÊN TỊCH") + paragraph("Hướng dẫn chế độ trợ cấp cho đoàn viên công đoàn")
            + paragraph("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;")
            + "<w:p><w:r><w:t>Điều 1. Đối tượng áp dụng</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
            + table([["Vùng", "Mức trợ cấp", "Tăng"], ["Vùng I", "4.680.000 đồng", "6%"]])
            + paragraph("Thông tư này có hiệu lực ", "từ ngày 01 tháng 4 năm 2024.")
        let footnote = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Được sửa đổi bởi Thông tư số 05/2025/TT-BLĐTBXH.</w:t></w:r></w:p></w:footnote>"
        let document = try WordDocumentReader.document(try docx(body: body, footnotes: footnote), path: "tt.docx")
        XCTAssertEqual(document.number, "12/2024/TTLT-BLĐTBXH-BTC")
        XCTAssertEqual(document.kind, "joint-circular")
        XCTAssertEqual(document.date, "2024-02-19")
        let lines = try WordDocumentReader.lines(try docx(body: body, footnotes: footnote))
        XCTAssertEqual(Array(lines.prefix(6)), ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                 "Độc lập - Tự do - Hạnh phúc", "Số: 12/2024/TTLT-BLĐTBXH-BTC", "Hà Nội, ngày 19 tháng 02 năm 2024"])
        XCTAssertTrue(lines.contains("Điều 1. Đối tượng áp dụng[1]"), "\(lines)")
        XCTAssertTrue(lines.contains("Vùng I | 4.680.000 đồng | 6%"), "a data table row by row: \(lines)")
        XCTAssertTrue(lines.contains("Thông tư này có hiệu lực từ ngày 01 tháng 4 năm 2024."), "runs of a paragraph are one line: \(lines)")
        XCTAssertEqual(lines.last, "[1] Được sửa đổi bởi Thông tư số 05/2025/TT-BLĐTBXH.")
    }

    func testAFileThatIsNotAWordDocumentSaysSo() throws {
        XCTAssertThrowsError(try WordDocumentReader.document(Array("không phải tệp Word".utf8), path: "x.docx")) { error in
            XCTAssertEqual(String(describing: error), "Word document (.docx) that cannot be opened (damaged, or not a Word file)")
        }
    }
}
