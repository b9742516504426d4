import XCTest
@testable import VietText

final class AbbreviationDictionaryTests: XCTestCase {
    func testBuiltInListIsLoadedFromThePackageResource() throws {
        let dictionary = AbbreviationDictionary()
        let cd = try XCTUnwrap(dictionary.lookup("CĐ"))
        XCTAssertEqual(cd.senses.map(\.expansion), ["Công đoàn", "cao đẳng"])
        XCTAssertEqual(cd.senses.map(\.source), [.builtIn, .builtIn])
        XCTAssertEqual(dictionary.lookup("ANTT")?.senses.map(\.expansion), ["an ninh trật tự", "an ninh thông tin"])
        for abbr in ["CAND", "CA", "LĐLĐ", "TLĐ", "NLĐ", "CNLĐ", "CNVCLĐ", "ĐVCĐ", "KCN", "KCX", "CATW", "BCA", "ATGT",
                     "PCCC", "UBND", "HĐND", "MTTQ", "BCH", "BCT", "TW", "CSGT", "THPT", "GD-ĐT", "TP", "TP.HCM",
                     "ĐBSCL", "BHXH", "BHYT", "DN"] {
            XCTAssertNotNil(dictionary.lookup(abbr), abbr)
        }
        XCTAssertEqual(dictionary.lookup("cđ")?.abbr, "CĐ", "lookup ignores case")
        XCTAssertEqual(dictionary.lookup("C\u{D0}")?.abbr, "CĐ", "Ð (U+00D0) reads as Đ")
    }

    func testUserFileIsReadLineByLineWithProblemsNumbered() {
        let text = "# my abbreviations\nCĐ\tcao đẳng\nno tab here\n\nXYZ\tđội xung kích\tone tab too many\nCĐ\tCông đoàn\n  # indented comment\nNQ\t \n"
        let parsed = AbbreviationDictionary.parse(tsv: text, source: .user)
        XCTAssertEqual(parsed.problems.map(\.line), [3, 5, 8])
        XCTAssertEqual(parsed.abbreviations.map(\.abbr), ["CĐ"])
        XCTAssertEqual(parsed.abbreviations.first?.senses.map(\.expansion), ["cao đẳng", "Công đoàn"])
    }

    func testWindowsLineEndingsReadLineByLine() {
        let parsed = AbbreviationDictionary.parse(tsv: "CĐ\tCông đoàn\r\nLĐLĐ\tLiên đoàn Lao động\r\nno tab\r\n", source: .user)
        XCTAssertEqual(parsed.abbreviations.map(\.abbr), ["CĐ", "LĐLĐ"])
        XCTAssertEqual(parsed.abbreviations.map { $0.senses.map(\.expansion) }, [["Công đoàn"], ["Liên đoàn Lao động"]])
        XCTAssertEqual(parsed.problems.map(\.line), [3])
    }

    func testUserSensesOverrideBuiltInAndLearnedOnes() {
        let user = AbbreviationDictionary.parse(tsv: "CĐ\tcao đẳng\n", source: .user).abbreviations
        let learned = [Abbreviation(abbr: "CĐ", senses: [AbbreviationSense(expansion: "Công đoàn", source: .learned, definingDocuments: 9)])]
        let dictionary = AbbreviationDictionary(learned: learned, user: user)
        XCTAssertEqual(dictionary.lookup("CĐ")?.senses, [AbbreviationSense(expansion: "cao đẳng", source: .user)])
    }

    func testLearnedSensesJoinBuiltInOnesOnlyWhenSeveralDocumentsDefineThem() {
        let learned = [
            Abbreviation(abbr: "CĐ", senses: [
                AbbreviationSense(expansion: "Công đoàn", source: .learned, definingDocuments: 3),
                AbbreviationSense(expansion: "chế độ", source: .learned, definingDocuments: 1),
                AbbreviationSense(expansion: "cấp độ", source: .learned, definingDocuments: 2),
            ]),
            Abbreviation(abbr: "QLDA", senses: [AbbreviationSense(expansion: "quản lý dự án", source: .learned, definingDocuments: 1)]),
        ]
        let dictionary = AbbreviationDictionary(learned: learned)
        XCTAssertEqual(dictionary.lookup("CĐ")?.senses.map(\.expansion), ["Công đoàn", "cao đẳng", "cấp độ"])
        XCTAssertEqual(dictionary.lookup("CĐ")?.senses.first?.definingDocuments, 3)
        XCTAssertEqual(dictionary.lookup("QLDA")?.senses.map(\.source), [.learned])
    }
}
