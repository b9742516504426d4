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
}
