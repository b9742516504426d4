import VietText
import XCTest

final class NamedLawReaderTests: XCTestCase {
    private func laws(_ text: String) -> [String] {
        let numbered = DocumentNumberExtractor(includeWeak: false).references(in: text)
        return NamedLawReader().references(in: text, numbered: numbered).map { "\($0.id) \($0.surface) \($0.issued ?? "-")" }
    }

    func testMajorLawsByNameAndDateOrYear() {
        XCTAssertEqual(laws("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"), ["63/2025/QH15 Luật Tổ chức Chính phủ 2025-02-18"])
        XCTAssertEqual(laws("theo Bộ luật Lao động năm 2019 và Luật Doanh nghiệp năm 2020"),
                       ["45/2019/QH14 Bộ luật Lao động -", "59/2020/QH14 Luật Doanh nghiệp -"])
        XCTAssertEqual(laws("Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật\nsửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm\n2024;"),
                       ["25/2008/QH12 Luật Bảo hiểm y tế 2008-11-14",
                        "51/2024/QH15 Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế 2024-11-27"])
    }

    func testTheSameTextTeachesANameAndUnknownNamesStayUnlinked() {
        XCTAssertEqual(laws("Căn cứ Luật Đường sắt số 95/2025/QH15; theo Luật Đường sắt năm 2025."), ["95/2025/QH15 Luật Đường sắt -"])
        XCTAssertEqual(laws("theo Luật Đường sắt năm 2025"), [], "neither the text nor the table knows it")
        XCTAssertEqual(laws("theo quy định của Luật Doanh nghiệp"), [], "no year, no document")
        XCTAssertEqual(laws("Luật Doanh nghiệp năm 2019"), [], "no such law that year")
    }
}
