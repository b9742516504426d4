import TracuuIndex
import XCTest

/// Scraped related-headline blocks and markdown image residue are not content.
final class TrailerCuttingTests: XCTestCase {
    private static let seed003 = "003_f036250b685af78b.txt"

    func testSeed003TrailerIsCut() throws {
        let corpus = try TemporaryCorpus([Self.seed003: try TemporaryCorpus.seed(Self.seed003)])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored(Self.seed003))
        XCTAssertTrue(document.body.hasSuffix("Bằng khen cho 141 tập thể và 476 cá nhân xuất sắc, tiêu biểu."), String(document.body.suffix(120)))
        for trailer in ["Có thể bạn quan tâm", "Nên xem", "Tin khác", "Pickleball", "Lời thề thứ 9", "Hoạt động 08/06/2025"] {
            XCTAssertFalse(document.body.contains(trailer), trailer)
        }
        assertFinds(corpus, "Pickleball", [])
        assertFinds(corpus, "\"lời thề\"", [])
        assertFinds(corpus, "\"có thể bạn quan tâm\"", [])
        assertFinds(corpus, "\"Ngày hội cảm ơn người lao động\"", [Self.seed003])
    }

    func testSeed003ImageResidueIsDroppedAndCaptionKept() throws {
        let corpus = try TemporaryCorpus([Self.seed003: try TemporaryCorpus.seed(Self.seed003)])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored(Self.seed003))
        XCTAssertFalse(document.body.contains("![]"))
        XCTAssertFalse(document.body.contains("|"))
        // The caption was under the image, between the lead and the body.
        XCTAssertTrue(document.body.hasPrefix("Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu trao tặng Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức Công đoàn\" cho các cá nhân tiêu biểu.\n"), String(document.body.prefix(200)))
        assertFinds(corpus, "\"Kỷ niệm chương\"", [Self.seed003])
    }

    func testEachTrailerHeading() {
        for heading in ["Có thể bạn quan tâm", "Tin khác", "Tin liên quan", "Xem thêm", "Nên xem", "TIN LIÊN QUAN:", "Xem thêm:"] {
            let text = "Tiêu đề\nĐoạn mở đầu.\nThân bài.\n\(heading)\nTiêu đề bài khác\nMột tiêu đề nữa"
            XCTAssertEqual(TrailerCutter.clean(text[...]), ["Tiêu đề", "Đoạn mở đầu.", "Thân bài."], heading)
        }
    }

    func testHeadingFollowedByAParagraphIsContent() {
        let paragraph = String(repeating: "Nội dung bài viết tiếp tục với nhiều chi tiết quan trọng. ", count: 6)
        let lines = ["Tiêu đề", "Đoạn mở đầu.", "Xem thêm", paragraph.trimmingCharacters(in: .whitespaces)]
        XCTAssertEqual(TrailerCutter.clean(lines.joined(separator: "\n")[...]), lines)
    }

    func testHeadingAsFirstLineIsNotATrailer() {
        XCTAssertEqual(TrailerCutter.clean("Tin khác\nNội dung."[...]), ["Tin khác", "Nội dung."])
    }

    func testImageResidueForms() {
        XCTAssertEqual(TrailerCutter.clean("Tiêu đề\n![ảnh](https://x.vn/a.jpg) | Chú thích ảnh |\nThân bài."[...]),
                       ["Tiêu đề", "Chú thích ảnh", "Thân bài."])
        XCTAssertEqual(TrailerCutter.clean("Tiêu đề\n![]() |\n| Chú thích |\nThân"[...]), ["Tiêu đề", "Chú thích", "Thân"])
        XCTAssertEqual(TrailerCutter.clean("  Dòng có khoảng trắng  \r\n\t\nDòng hai"[...]), ["Dòng có khoảng trắng", "Dòng hai"])
    }
}
