import VietText
import XCTest

/// The folded form: every diacritic removed and đ → d; nil when it equals the exact form.
final class FoldedFormTests: XCTestCase {
    func testEveryVowelMarkAndToneIsRemoved() {
        assertForms("ă â ê ô ơ ư ặ ậ ệ ộ ợ ự", [
            ("ă", "a"), ("â", "a"), ("ê", "e"), ("ô", "o"), ("ơ", "o"), ("ư", "u"),
            ("ặ", "a"), ("ậ", "a"), ("ệ", "e"), ("ộ", "o"), ("ợ", "o"), ("ự", "u"),
        ])
        let all = "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ"
        let folded = Analyzer().tokens(in: all).map { $0.folded ?? $0.exact }
        XCTAssertEqual(folded, ["aaaaa", "aaaaa", "aaaaa", "eeeee", "eeeee", "iiiii", "ooooo", "ooooo", "ooooo", "uuuuu", "uuuuu", "yyyyy"])
    }

    func testAllToneAndVowelCombinationsAreDistinctExactForms() {
        let all = "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự"
        for group in all.split(separator: " ") {
            let forms = group.map { exactForm(String($0)) }
            XCTAssertEqual(Set(forms).count, 5, "\(group): \(forms)")
            XCTAssertEqual(forms.map(\.first), group.map { String($0) }, "each vowel keeps its own tone")
        }
    }

    func testUnaccentedWordsHaveNoFoldedForm() {
        assertForms("cong doan ban", [("cong", nil), ("doan", nil), ("ban", nil)])
        XCTAssertFalse(Analyzer().tokens(in: "ban")[0].hasDiacritics)
    }

    func testAccentedWordsHaveTheirFoldedForm() {
        assertForms("Công đoàn bán bàn bạn", [("công", "cong"), ("đoàn", "doan"), ("bán", "ban"), ("bàn", "ban"), ("bạn", "ban")])
    }

    func testCombiningMarksOutsideVietnameseAreRemovedToo() {
        assertForms("café naïve", [("café", "cafe"), ("naïve", "naive")])
    }
}
