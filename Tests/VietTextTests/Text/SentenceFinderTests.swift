import XCTest
import VietText

/// One sentence cutter with one context length for figures, references and abbreviations.
final class SentenceFinderTests: XCTestCase {
    private func context(_ text: String, around word: String) -> (text: String, span: Range<Int>) {
        let start = text.utf8.count - text[text.range(of: word)!.lowerBound...].utf8.count
        return SentenceFinder.context(in: text, around: start..<(start + word.utf8.count))
    }

    func testAShortSentenceIsQuotedWhole() {
        let text = "Mở đầu. Năm 2023, CĐ cơ sở có 120 đoàn viên. Họ mới vào!\nDòng sau."
        let found = context(text, around: "120")
        XCTAssertEqual(found.text, "Năm 2023, CĐ cơ sở có 120 đoàn viên.")
        XCTAssertEqual(Array(found.text)[found.span].map(String.init).joined(), "120")
        XCTAssertEqual(context(text, around: "mới").text, "Họ mới vào!")
        XCTAssertEqual(context(text, around: "sau").text, "Dòng sau.")
    }

    func testALineBreakEndsASentenceAndIsLeftOut() {
        XCTAssertEqual(context("Tiêu đề 02-NQ/TW\nThân bài.", around: "02-NQ/TW").text, "Tiêu đề 02-NQ/TW")
    }

    func testDotsInsideNumbersAndAbbreviationsDoNotEndASentence() {
        XCTAssertEqual(context("Lương 4.680.000 đồng tại TP.HCM năm nay. Sau đó.", around: "TP.HCM").text,
                       "Lương 4.680.000 đồng tại TP.HCM năm nay.")
    }

    func testALongSentenceIsAWindowCutAtSpaces() {
        let words = (0..<200).map { "từ\($0)" }
        let text = words.joined(separator: " ") + "."
        XCTAssertGreaterThan(text.utf8.count, SentenceFinder.longestContext)
        let found = context(text, around: "từ100")
        XCTAssertTrue(found.text.hasPrefix("…") && found.text.hasSuffix("…"), found.text)
        let inner = found.text.dropFirst().dropLast()
        XCTAssertLessThanOrEqual(inner.utf8.count, 2 * SentenceFinder.contextMargin + 6)
        XCTAssertFalse(inner.hasPrefix(" ") || inner.hasSuffix(" "))
        XCTAssertTrue(inner.split(separator: " ").allSatisfy { words.contains(String($0)) }, "cut at spaces: \(inner)")
        XCTAssertEqual(String(Array(found.text)[found.span]), "từ100")
        XCTAssertFalse(context(text, around: "từ0").text.hasPrefix("…"), "nothing cut before the first word")
    }

    func testSpansInTextOrderFindTheirOwnSentences() {
        let text = "Một là 1. Hai là 2! Ba là 3? Bốn là 4"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var finder = SentenceFinder(bytes: buffer)
            var found: [String] = []
            for digit in ["1", "2", "3", "4"] {
                let offset = bytes.firstIndex(of: digit.utf8.first!)!
                found.append(String(decoding: buffer[finder.sentence(around: offset..<(offset + 1))], as: UTF8.self))
            }
            XCTAssertEqual(found, ["Một là 1.", "Hai là 2!", "Ba là 3?", "Bốn là 4"])
        }
    }
}
