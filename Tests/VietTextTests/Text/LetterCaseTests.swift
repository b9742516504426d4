import XCTest
@testable import VietText

/// `Đ`, its look-alikes `Ð` (U+00D0) and `Ɖ` (U+0189), and `đ` agree in every user of the one
/// case table: the analyzer, capitals, abbreviation keys, figure words and units, references.
final class LetterCaseTests: XCTestCase {
    private let capitals = ["\u{110}", "\u{D0}", "\u{189}"]

    func testTheTableReadsEveryDAsTheCapitalOrSmallD() {
        for capital in capitals {
            let value = capital.unicodeScalars.first!.value
            XCTAssertEqual(LetterTable.letterCase(value), .upper, capital)
            XCTAssertEqual(LetterTable.smallLetter(value)?.lower, 0x111, capital)
            XCTAssertEqual(LetterTable.foldedBase(value), 0x64, capital)
        }
        for small: UInt32 in [0x111, 0xF0, 0x256] {
            XCTAssertEqual(LetterTable.letterCase(small), .lower)
            XCTAssertEqual(LetterTable.smallLetter(small)?.lower, 0x111)
        }
    }

    func testEveryUserAgrees() {
        for capital in capitals {
            let word = "C" + capital
            XCTAssertEqual(Analyzer().tokens(in: capital + "oàn").map(\.exact), ["đoàn"], capital)
            XCTAssertTrue(Array(word.utf8).withUnsafeBufferPointer { CapitalizedWord.isWrittenInCapitals($0.baseAddress!, count: $0.count) }, word)
            XCTAssertEqual(Abbreviation.key(word), "CĐ", word)
            XCTAssertEqual(Abbreviation.expansionKey(capital + "oàn viên"), "đoàn viên", capital)
            XCTAssertEqual(FigureUnitKey(unit: "VN" + capital).text, "đồng", capital)
            XCTAssertEqual(FigureUnitKey.lowercased(capital + "ồng"), "đồng", capital)
            let bytes = Array((capital + "ồng").utf8)
            let key = bytes.withUnsafeBufferPointer { FigureLexer.shortWord($0.baseAddress!, at: 0, end: $0.count, limit: 16)?.key }
            XCTAssertEqual(key, FigureLexer.hash("đồng"), capital)
            XCTAssertEqual(DocumentNumberExtractor().references(in: "theo Nghị định 100/2015/N\(capital)-CP").map(\.id), ["100/2015/NĐ-CP"], capital)
        }
        XCTAssertEqual(Abbreviation.expansionKey("\u{F0}oàn \u{256}oàn"), "đoàn đoàn")
    }

    /// The table's case is Unicode's, for every scalar it writes out.
    func testCaseIsUnicodes() {
        for value in Array(UInt32(0)..<0x2B0) + Array(UInt32(0x300)..<0x370) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let scalar = Unicode.Scalar(value), let entry = LetterTable.known(value) else { return XCTFail("U+\(String(value, radix: 16))") }
            XCTAssertEqual(entry.isUpper, scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            XCTAssertEqual(entry.isLower, scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
        }
    }

    /// A small letter from the table is Swift's lower case, but for đ's look-alikes and case folding.
    func testSmallLettersAreSwiftsLowerCase() {
        let folding: Set<UInt32> = [0xB5, 0x17F, 0x1E9B, 0xD0, 0xF0, 0x189, 0x256]
        for value in UInt32(0)...0x1FFFF where !(0xD800...0xDFFF).contains(value) && !folding.contains(value) {
            guard let small = LetterTable.smallLetter(value) else { continue }
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(String(scalar).lowercased(), String(Unicode.Scalar(small.lower)!), "U+\(String(value, radix: 16))")
            XCTAssertEqual(small.isUpper, scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
        }
    }
}
