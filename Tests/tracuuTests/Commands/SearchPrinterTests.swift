import TestSupport
@testable import TracuuOutput
import XCTest

/// Printed snippets are one line: every kind of line break reads as a space.
final class SearchPrinterTests: XCTestCase {
    private func reference(_ text: String) -> String { String(text.map { $0.isNewline ? " " : $0 }) }

    func testEveryLineBreakBecomesASpace() {
        for (text, expected) in [("a\nb", "a b"), ("a\r\nb", "a b"), ("a\rb", "a b"), ("a\u{0B}b", "a b"), ("a\u{0C}b", "a b"),
                                 ("a\u{85}b", "a b"), ("a\u{2028}b", "a b"), ("a\u{2029}b", "a b"), ("Công đoàn – “CĐ”…", "Công đoàn – “CĐ”…")] {
            XCTAssertEqual(text.replacingNewlines(), expected, text.debugDescription)
        }
    }

    func testSameAsReadingCharacters() {
        let pieces = ["Công", " đoàn", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{C2}", "…", "e\u{301}", "👍🏽", "\t", "x"]
        var generator = SplitMix64(seed: 23)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            XCTAssertEqual(text.replacingNewlines(), reference(text), text.debugDescription)
        }
    }
}
