import Foundation
import TestSupport
import VietText
import XCTest

/// Saved news pages read as articles, against hand labels: the project's own pages in the
/// shape of five Vietnamese sites (`Tests/Fixtures/web-pages`), of three more written once the
/// rules were settled (`Tests/Fixtures/web-pages-fresh`) and, when `../shared` is there,
/// twelve real pages of three other sites. `scripts/web-page-accuracy.py` scores the same through the binary.
final class WebPageReaderTests: XCTestCase {
    private struct Label: Decodable {
        var file: String
        var title: String
        var published: String?
        var published_visible: String?
        var lead_first_sentence: String?
        var body_first_sentence: String
        var body_last_sentence: String
    }

    private static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/web-pages")

    private func labels(in folder: URL) throws -> [Label] {
        try JSONDecoder().decode([Label].self, from: Data(contentsOf: folder.appendingPathComponent("labels.json")))
    }

    /// Spaces collapsed and none before punctuation, NFC: how a label and a text are compared.
    private func comparable(_ text: String) -> String {
        var collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for mark in [".", ",", ";", ":", "!", "?"] { collapsed = collapsed.replacingOccurrences(of: " " + mark, with: mark) }
        return ICUNormalizer.nfc(collapsed)
    }

    private func labelledDate(_ label: Label) -> String? {
        if let published = label.published { return DocumentDate.normalize(published) }
        return label.published_visible.flatMap(DocumentDate.inDateLine)
    }

    private func assertLabels(in folder: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        for label in try labels(in: folder) {
            let name = (label.file as NSString).lastPathComponent
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let document = try XCTUnwrap(WebPageReader.document(bytes, path: name), name, file: file, line: line)
            let text = comparable(document.lead + " " + document.body)
            XCTAssertEqual(document.title, ICUNormalizer.nfc(label.title), name, file: file, line: line)
            XCTAssertEqual(document.date, labelledDate(label), name, file: file, line: line)
            let first = comparable(label.lead_first_sentence ?? label.body_first_sentence)
            XCTAssertTrue(text.hasPrefix(first), "\(name) starts: \(text.prefix(150))", file: file, line: line)
            XCTAssertTrue(text.hasSuffix(comparable(label.body_last_sentence)), "\(name) ends: \(text.suffix(150))", file: file, line: line)
            XCTAssertTrue(text.contains(comparable(label.body_first_sentence)), name, file: file, line: line)
        }
    }

    func testPagesInTheShapeOfFiveSites() throws {
        try assertLabels(in: Self.fixtures)
    }

    /// Three more sites' shapes, written after the rules were settled and not tuned on.
    func testPagesInTheShapeOfThreeSitesNotTunedOn() throws {
        try assertLabels(in: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/web-pages-fresh"))
    }

    func testTwelveRealPagesOfThreeOtherSites() throws {
        let folder = RepositoryPaths.shared.appendingPathComponent("corpus-samples/html")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: folder.path), "../shared/corpus-samples/html is absent")
        try assertLabels(in: folder)
    }

    func testMenusRelatedLinksCommentsScriptsAndCreditsAreLeftOut() throws {
        for name in ["vnexpress-style.html", "tuoitre-style.html", "thanhnien-style.html", "cand-style.html", "laodong-style.html"] {
            let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
            let document = try XCTUnwrap(WebPageReader.document(bytes, path: name))
            let text = document.lead + "\n" + document.body
            for outside in ["Thời sự", "Tin liên quan", "Bình luận", "Ý kiến", "mong", "googletag", "function", "Tổng biên tập", "Tổng Biên tập",
                            "Đọc nhiều", "Xem nhiều", "Tin mới", "Ảnh:", "Thủ tục nhận hỗ trợ", "Chia sẻ", "Từ khóa", "Tags", "{", "<", "&quot;", "&#"] {
                XCTAssertFalse(text.contains(outside), "\(name): \(outside)")
            }
        }
    }

    func testEntitiesAreDecodedAndTextIsNFC() throws {
        let page = "<html><head><title>T&agrave;i li&#7879;u</title></head><body><h1>Công đoàn &amp; người lao động</h1>"
            + "<div><p>\u{0110}oa\u{0300}n vi\u{00EA}n &quot;c\u{00F4}ng \u{0111}o\u{00E0}n&quot; h&#7895; tr&#x1EE3; 1.000 người lao động trong dịp Tết năm nay.</p></div></body></html>"
        let document = try XCTUnwrap(WebPageReader.document(Array(page.utf8), path: "a.html"))
        XCTAssertEqual(document.title, "Công đoàn & người lao động")
        XCTAssertEqual(document.lead, ICUNormalizer.nfc("Đoàn viên \"công đoàn\" hỗ trợ 1.000 người lao động trong dịp Tết năm nay."))
        XCTAssertEqual(document.lead, document.lead.precomposedStringWithCanonicalMapping)
    }

    func testAPageWithoutCharsetIsReadAsUTF8() throws {
        let page = "<h1>Hội nghị công đoàn ngành giáo dục năm 2024</h1><p>Sáng nay, hội nghị công đoàn ngành giáo dục đã khai mạc tại Hà Nội với 300 đại biểu.</p>"
        let document = try XCTUnwrap(WebPageReader.document(Array(page.utf8), path: "b.htm"))
        XCTAssertEqual(document.title, "Hội nghị công đoàn ngành giáo dục năm 2024")
        XCTAssertTrue(document.lead.hasPrefix("Sáng nay, hội nghị"), document.lead)
    }
}
