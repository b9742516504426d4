import Foundation
import TestSupport
import XCTest
import ZIPFoundation

/// A folder as a user has it: text, a saved web page with its `_files` folder, a Word
/// document, a PDF, a spreadsheet, an image, a legacy `.doc`. What tracuu reads is counted
/// by kind; every other file is named once with a reason a person can act on.
final class DocumentKindsCommandTests: XCTestCase {
    private static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/web-pages")

    private func writeBytes(_ workspace: TracuuProcess, _ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: workspace.path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func wordDocument() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:tbl><w:tr>" + cell("BAN CHẤP HÀNH TRUNG ƯƠNG") + cell("ĐẢNG CỘNG SẢN VIỆT NAM") + "</w:tr>"
            + "<w:tr>" + cell("Số: 02-NQ/TW") + cell("Hà Nội, ngày 12 tháng 6 năm 2021") + "</w:tr></w:tbl>"
            + "<w:p><w:r><w:t>NGHỊ QUYẾT</w:t></w:r></w:p><w:p><w:r><w:t>Về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Công đoàn Việt Nam là tổ chức chính trị - xã hội rộng lớn của giai cấp công nhân và người lao động.</w:t></w:r></w:p>"
            + "</w:body></w:document>"
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return [UInt8](try XCTUnwrap(archive.data))
    }

    func testAFolderOfDocumentsAsUsersHaveThem() throws {
        let workspace = try TracuuProcess()
        try workspace.write("docs/tin.txt", "Công đoàn tổ chức hội nghị người lao động\nThứ Hai, 12/06/2017 08:30\nSáng nay, công đoàn tổ chức hội nghị người lao động.")
        try workspace.write("docs/khong-ngay.txt", "Công đoàn họp thường kỳ\nCông đoàn cơ sở họp thường kỳ hằng tháng.")
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("laodong-style.html").path, toPath: workspace.path("docs/trang.html"))
        try writeBytes(workspace, "docs/trang_files/app.js", Array("var x = 1;".utf8))
        try writeBytes(workspace, "docs/trang_files/anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
        try writeBytes(workspace, "docs/nghi-quyet.docx", try wordDocument())
        try writeBytes(workspace, "docs/bang.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        try writeBytes(workspace, "docs/anh.png", [0x89, 0x50, 0x4E, 0x47])
        try writeBytes(workspace, "docs/cu.doc", Array("không phải tệp Word".utf8))
        let pdfs = RepositoryPaths.shared.appendingPathComponent("corpus-samples/gazette-pdf/cong_doan")
        let withPDF = FileManager.default.fileExists(atPath: "/usr/bin/pdftotext") && FileManager.default.fileExists(atPath: pdfs.path)
        if withPDF {
            try FileManager.default.copyItem(atPath: pdfs.appendingPathComponent("quyet-dinh-so-135-qd-bldtbxh-41357.pdf").path, toPath: workspace.path("docs/qd.pdf"))
        }

        let result = try workspace.run(["index", "docs", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("indexed: 2 text, \(withPDF ? "1 PDF, " : "")1 Word, 1 web page\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasPrefix("\(withPDF ? 5 : 4) added, 0 updated, 0 removed, 0 unchanged, 4 skipped"), result.stdout)
        let skipped = [
            "tracuu: warning: docs/anh.png: Image (.png): not a text document; skipped",
            "tracuu: warning: docs/bang.xlsx: Excel workbook (.xlsx): not a text document; skipped",
            "tracuu: warning: docs/trang_files: images and scripts of the saved web page trang.html; skipped",
        ]
        for line in skipped { XCTAssertTrue(result.stderrLines.contains(Substring(line)), "\(line)\n\(result.stderr)") }
        XCTAssertTrue(result.stderr.contains("docs/cu.doc: Word 97-2003 document (.doc)"), result.stderr)
        XCTAssertEqual(result.stderrLines.count, 4, result.stderr)

        let word = try workspace.run(["show", "docs/nghi-quyet.docx", "--index", "t.sqlite", "--json"]).json()
        XCTAssertEqual(word["number"] as? String, "02-NQ/TW")
        XCTAssertEqual(word["date"] as? String, "2021-06-12")
        let page = try workspace.run(["show", "docs/trang.html", "--index", "t.sqlite", "--json"]).json()
        XCTAssertEqual(page["title"] as? String, "Công đoàn khởi kiện doanh nghiệp chậm trả lương Tết")
        XCTAssertEqual(page["date"] as? String, "2023-01-10")
        XCTAssertEqual(page["source"] as? String, "Báo Lao Động")
        XCTAssertFalse((page["body"] as? String ?? "").contains("<"), "no markup in the stored text")
        if withPDF {
            let pdf = try workspace.run(["show", "docs/qd.pdf", "--index", "t.sqlite", "--json"]).json()
            XCTAssertEqual(pdf["number"] as? String, "135/QĐ-BLĐTBXH")
        }

        let dated = try workspace.run(["search", "cong doan", "--index", "t.sqlite", "--since", "2017-01-01", "--json"])
        XCTAssertEqual(dated.status, 0, dated.stderr)
        let paths = try (dated.json()["results"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        XCTAssertTrue(paths.contains("docs/tin.txt"), "a plain text's date line: \(paths)")
        XCTAssertFalse(paths.contains("docs/khong-ngay.txt"))
        XCTAssertTrue(dated.stderr.contains("tracuu: --since/--until leave out 1 matching document that has no date\n"), dated.stderr)
        let other = try workspace.run(["search", "thường kỳ", "--index", "t.sqlite", "--until", "2030-01-01"])
        XCTAssertTrue(other.stderr.contains("leave out 1 matching document that has no date"), other.stderr)
        let none = try workspace.run(["search", "hội nghị người lao động", "--index", "t.sqlite", "--since", "2017-01-01"])
        XCTAssertFalse(none.stderr.contains("leave out"), "every match has a date: \(none.stderr)")
        let shown = try workspace.run(["search", "hoi nghi nguoi lao dong", "--index", "t.sqlite", "--since", "2017-01-01"])
        XCTAssertTrue(shown.stdout.contains("2017-06-12"), "results show the date: \(shown.stdout)")
    }
}
