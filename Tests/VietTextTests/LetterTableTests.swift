@testable import VietText
import XCTest

/// The folding table written out in the source is the one ICU's data gives.
final class LetterTableTests: XCTestCase {
    func testWrittenOutFoldingEqualsICU() {
        for c in UInt32(0)..<0x2000 {
            XCTAssertEqual(LetterTable.foldedBase(c), LetterTable.computedFoldedBase(c), "U+\(String(c, radix: 16, uppercase: true))")
        }
        XCTAssertEqual(LetterTable.foldedBase(0x1ED8), 0x6F, "Ộ → o")
        XCTAssertEqual(LetterTable.foldedBase(0x0110), 0x64, "Đ → d")
        XCTAssertEqual(LetterTable.foldedBase(0x0301), 0, "a combining mark is dropped")
        XCTAssertEqual(LetterTable.foldedBase(0x4E00), 0x4E00, "other scalars stay")
    }
}
