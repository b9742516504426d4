import VietText
import XCTest

/// Scraped related-headline blocks and markdown image residue, on lines of text.
final class TrailerCutterTests: XCTestCase {
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
        // Each whole `![alt](url)` goes; a bracket or parenthesis left open keeps the text as written.
        XCTAssertEqual(TrailerCutter.clean("Ảnh ![a](x) và ![b](y) |\n![ảnh](z)\nThân"[...]), ["Ảnh  và", "Thân"])
        XCTAssertEqual(TrailerCutter.clean("| ![chưa đóng](x |\n!![a](b)c |\n![a] (b) |"[...]), ["![chưa đóng](x", "!c", "![a] (b)"])
    }
}
