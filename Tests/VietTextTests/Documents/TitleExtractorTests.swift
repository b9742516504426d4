import VietText
import XCTest

/// Titles of text without front matter: a heading line, else the start of the first sentence.
final class TitleExtractorTests: XCTestCase {
    func testTitleRules() {
        XCTAssertTrue(TitleExtractor.readsAsHeading("Hội nghị Ban Chấp hành"))
        XCTAssertFalse(TitleExtractor.readsAsHeading("Hội nghị đã diễn ra."))
        XCTAssertFalse(TitleExtractor.readsAsHeading("Theo đó:"))
        XCTAssertFalse(TitleExtractor.readsAsHeading(String(repeating: "chữ ", count: 60)))
        XCTAssertEqual(TitleExtractor.sentenceStart("(CAND) - Sáng nay, hội nghị khai mạc. Sau đó bế mạc."), "Sáng nay, hội nghị khai mạc.")
        XCTAssertEqual(TitleExtractor.sentenceStart("Giá tăng 2.5 lần. Thêm"), "Giá tăng 2.5 lần.")
        let long = TitleExtractor.sentenceStart(String(repeating: "từ ", count: 80))
        XCTAssertTrue(long.hasSuffix("…"))
        XCTAssertLessThanOrEqual(long.count, 111)
    }
}
