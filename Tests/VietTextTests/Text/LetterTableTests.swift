@testable import VietText
import XCTest

/// The entries written out in the source are the ones ICU's data gives.
final class LetterTableTests: XCTestCase {
    func testWrittenOutEntriesEqualICU() {
        var written = 0
        for c in UInt32(0)..<0x2000 {
            if let entry = LetterTable.writtenOut(c) {
                XCTAssertEqual(entry, LetterTable.entry(for: c), "U+\(String(c, radix: 16, uppercase: true))")
                written += 1
            }
            XCTAssertEqual(LetterTable.foldedBase(c), LetterTable.computedFoldedBase(c), "U+\(String(c, radix: 16, uppercase: true))")
        }
        XCTAssertEqual(written, 0x2B0 + 0x70 + 0x100)
        XCTAssertEqual(LetterTable.foldedBase(0x1ED8), 0x6F, "Ộ → o")
        XCTAssertEqual(LetterTable.foldedBase(0x0110), 0x64, "Đ → d")
        XCTAssertEqual(LetterTable.foldedBase(0x0301), 0, "a combining mark is dropped")
        XCTAssertEqual(LetterTable.foldedBase(0x4E00), 0x4E00, "other scalars stay")
    }
}
