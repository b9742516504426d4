import VietText
import XCTest

/// Old style (hòa, thủy, hòe) and new style (hoà, thuỷ, hoè) tone placement give one exact form.
final class TonePlacementTests: XCTestCase {
    private let analyzer = Analyzer()

    private func assertSameWord(_ spellings: [String], exact: String, folded: String, file: StaticString = #filePath, line: UInt = #line) {
        for spelling in spellings {
            let tokens = analyzer.tokens(in: spelling)
            XCTAssertEqual(tokens.map(\.exact), [exact], spelling, file: file, line: line)
            XCTAssertEqual(tokens.map(\.folded), [folded], spelling, file: file, line: line)
        }
    }

    func testOaOeUyWithoutCoda() {
        assertSameWord(["hòa", "hoà", "HÒA", "HOÀ", "Hòa"], exact: "hoà", folded: "hoa")
        assertSameWord(["thủy", "thuỷ", "THỦY", "Thuỷ"], exact: "thuỷ", folded: "thuy")
        assertSameWord(["hòe", "hoè"], exact: "hoè", folded: "hoe")
        assertSameWord(["khỏe", "khoẻ"], exact: "khoẻ", folded: "khoe")
        assertSameWord(["tùy", "tuỳ"], exact: "tuỳ", folded: "tuy")
        assertSameWord(["òa", "oà"], exact: "oà", folded: "oa")
        assertSameWord(["ủy", "uỷ"], exact: "uỷ", folded: "uy")
    }

    func testNFDSpellingsOfBothStyles() {
        assertSameWord(["ho\u{0300}a", "hoa\u{0300}"], exact: "hoà", folded: "hoa")
        assertSameWord(["thu\u{0309}y", "thuy\u{0309}"], exact: "thuỷ", folded: "thuy")
    }

    func testGiAndQuOnsets() {
        assertSameWord(["giữa", "GIỮA"], exact: "giữa", folded: "giua")
        assertSameWord(["quyết", "QUYẾT"], exact: "quyết", folded: "quyet")
        assertSameWord(["quả"], exact: "quả", folded: "qua")
        assertSameWord(["quỳnh"], exact: "quỳnh", folded: "quynh")
        assertSameWord(["gìn"], exact: "gìn", folded: "gin")
        assertSameWord(["già"], exact: "già", folded: "gia")
    }

    func testWordsWithCodaKeepTheToneOnTheLastNucleusVowel() {
        assertSameWord(["ngoài"], exact: "ngoài", folded: "ngoai")
        assertSameWord(["hoàng", "hòang"], exact: "hoàng", folded: "hoang")
        assertSameWord(["khuỷu", "khủyu"], exact: "khuỷu", folded: "khuyu")
    }

    func testModifiedVowelsCarryTheTone() {
        assertSameWord(["thuở", "thủơ"], exact: "thuở", folded: "thuo")
        assertSameWord(["người"], exact: "người", folded: "nguoi")
        assertSameWord(["của"], exact: "của", folded: "cua")
        assertSameWord(["mùa"], exact: "mùa", folded: "mua")
        assertSameWord(["nghĩa"], exact: "nghĩa", folded: "nghia")
    }

    func testDotBelowOnVowelsWithBreveOrCircumflexIsKept() {
        // ặ ậ ệ ộ decompose as ạ/ẹ/ọ + breve/circumflex; the tone must survive.
        assertSameWord(["giặt"], exact: "giặt", folded: "giat")
        assertSameWord(["thuật"], exact: "thuật", folded: "thuat")
        assertSameWord(["Việt", "VIỆT", "vie\u{0323}\u{0302}t"], exact: "việt", folded: "viet")
        assertSameWord(["hội", "HỘI"], exact: "hội", folded: "hoi")
        XCTAssertNotEqual(exactForm("hội"), exactForm("hôi"))
        XCTAssertNotEqual(exactForm("việt"), exactForm("viết"))
        XCTAssertNotEqual(exactForm("bậc"), exactForm("bắc"))
    }

    func testDifferentTonesStayDifferentWords() {
        let forms = Set(["hoa", "hòa", "hóa", "hỏa", "hõa", "họa"].map { exactForm($0) })
        XCTAssertEqual(forms.count, 6)
        XCTAssertNotEqual(exactForm("bán"), exactForm("bàn"))
        XCTAssertNotEqual(exactForm("bạn"), exactForm("ban"))
        XCTAssertNotEqual(exactForm("đoan"), exactForm("đoàn"))
    }
}
