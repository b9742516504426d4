import TestSupport
import XCTest
@testable import VietText

final class AbbreviationLearnerTests: XCTestCase {
    private func learned(_ text: String) -> [String] {
        AbbreviationLearner.definitions(in: text).map { "\($0.abbr)=\($0.expansion)" }
    }

    func testLearnsWordsBeforeTheParenthesis() {
        XCTAssertEqual(learned("Là tổ chức chức Công đoàn (CĐ) trong lực lượng vũ trang"), ["CĐ=Công đoàn"])
        XCTAssertEqual(learned("lợi ích hợp pháp của đoàn viên, người lao động (NLĐ) trong CAND"), ["NLĐ=người lao động"])
        XCTAssertEqual(learned("giữa Bộ CA và Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam"), ["LĐLĐ=Liên đoàn Lao động"])
        XCTAssertEqual(learned("công tác bảo đảm an ninh, trật tự (ANTT). Thông qua"), ["ANTT=an ninh, trật tự"])
        XCTAssertEqual(learned("chăm lo cho công nhân, viên chức, lao động (CNVCLĐ) toàn quốc"), ["CNVCLĐ=công nhân, viên chức, lao động"])
        XCTAssertEqual(learned("cho CNLĐ tại các khu công nghiệp (KCN), khu chế xuất (KCX) ở các tỉnh"),
                       ["KCN=khu công nghiệp", "KCX=khu chế xuất"])
        XCTAssertEqual(learned("Bộ Kế hoạch và Đầu tư (KH&ĐT) cho biết"), ["KH&ĐT=Kế hoạch và Đầu tư"])
        XCTAssertEqual(learned("tại Thành phố Hồ Chí Minh (TP.HCM) hôm qua"), ["TP.HCM=Thành phố Hồ Chí Minh"])
    }

    func testReadsTheWordsBeforeAsCharacters() {
        // Decomposed letters, an opening quote and a lone dash, read on the bytes as characters.
        XCTAssertEqual(learned("quyền lợi người lao đo\u{0302}\u{0323}ng (NLĐ) trong"), ["NLĐ=người lao đo\u{0302}\u{0323}ng"])
        XCTAssertEqual(learned("theo “an ninh trật tự (ANTT) ở"), ["ANTT=an ninh trật tự"])
        XCTAssertEqual(learned("Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) cho biết"), ["LĐ-TB&XH=Lao động - Thương binh và Xã hội"])
        XCTAssertEqual(learned("ban chỉ đạo\u{A0}phòng chống (BCĐPC) đã"), ["BCĐPC=ban chỉ đạo phòng chống"], "a no-break space splits words too")
        XCTAssertEqual(learned("khu công nghiệp2 (KCN) mới"), [], "a digit is no letter")
    }

    func testLearnsTheReverseForm() {
        XCTAssertEqual(learned("Các KCN (khu công nghiệp) ở phía Nam"), ["KCN=khu công nghiệp"])
        XCTAssertEqual(learned("lực lượng PCCC (phòng cháy, chữa cháy) đã có mặt"), ["PCCC=phòng cháy, chữa cháy"])
    }

    func testLearnsNothingFromOtherParentheses() {
        XCTAssertEqual(learned("Đại hội Công đoàn CAND lần thứ VI (2023)"), [])
        XCTAssertEqual(learned("(CATP) Là tổ chức chức Công đoàn trong lực lượng vũ trang"), [])
        XCTAssertEqual(learned("có 24 CĐ cấp trên trực tiếp cơ sở (trong đó CĐ CA tỉnh, thành phố là 21), 565 CĐ cơ sở."), [])
        XCTAssertEqual(learned("phối hợp 3 bệnh viện (19/8, 30/4, Y học cổ truyền) khám, tư vấn sức khỏe"), [])
        XCTAssertEqual(learned("Tổ chức Y tế Thế giới (WHO) khuyến cáo"), [], "initials do not align")
        XCTAssertEqual(learned("các doanh nghiệp (ĐN) trong nước"), [], "Đ aligns with đ only")
        XCTAssertEqual(learned("nhiệm kỳ mới (nhiệm kỳ 2023 - 2028)"), [])
        XCTAssertEqual(learned("Theo ông Nguyễn Văn An. (NVA) cho biết"), [], "a sentence end stops the words")
    }

    func testLearnsExactlyTheDefinitionsOfSeedArticle000() throws {
        let seed = RepositoryPaths.corpus.appendingPathComponent("000_a20038c85b46a0b9.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        XCTAssertEqual(Set(learned(text)), [
            "CĐ=Công đoàn", "CAND=Công an nhân dân", "NLĐ=người lao động", "ANTT=an ninh, trật tự",
            "LĐLĐ=Liên đoàn Lao động", "CNLĐ=công nhân lao động", "KCN=khu công nghiệp", "KCX=khu chế xuất",
        ])
    }
}
