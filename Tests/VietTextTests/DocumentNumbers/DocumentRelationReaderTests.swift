import VietText
import XCTest

final class DocumentRelationReaderTests: XCTestCase {
    /// The relation (and scope) of each cited number, `id relation [scope]`, as `tracuu show` would list them.
    private func relations(_ text: String, consolidated: Bool = false) -> [String] {
        var references = DocumentNumberExtractor(includeWeak: false).references(in: text)
        references += NamedLawReader().references(in: text, numbered: references)
        references.sort { $0.start < $1.start }
        return zip(references, DocumentRelationReader(consolidated: consolidated).relations(of: references, in: text)).map { reference, relation in
            "\(reference.id) \(relation.relation.rawValue)" + (relation.scope.map { " [\($0)]" } ?? "")
        }
    }

    func testPreambleClausesAreBasesAndThucHienIsACitation() {
        let text = """
            THÔNG TƯ
            Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022
            Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng;
            Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14;
            Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;
            Thực hiện Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ;
            Theo đề nghị của Vụ trưởng;
            """
        XCTAssertEqual(relations(text), [
            "09/2022/TT-BLĐTBXH amends [Điều 1]", "62/2022/NĐ-CP based_on", "57/2014/QH13 based_on", "65/2020/QH14 based_on",
            "46/2014/QH13 based_on", "90/QĐ-TTg cites",
        ])
    }

    func testAVerbAfterAnotherNumberDescribesThatNumber() {
        let text = """
            Điều 1. Sửa đổi, bổ sung khoản 3 Điều 4 Thông tư số 152/2016/TT-BTC đã được sửa đổi tại Điều 3 Thông tư số 43/2023/TT-BTC như sau:
            “Kinh phí theo Nghị định số 60/2021/NĐ-CP.”
            2. Thanh toán theo Nghị định số 75/2023/NĐ-CP ngày 19 tháng 10 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 146/2018/NĐ-CP.
            """
        XCTAssertEqual(relations(text), [
            "152/2016/TT-BTC amends [khoản 3 Điều 4]", "43/2023/TT-BTC cites", "60/2021/NĐ-CP cites", "75/2023/NĐ-CP cites", "146/2018/NĐ-CP cites",
        ])
    }

    func testRepealListsReplacementsAndExpiry() {
        let text = """
            Điều 1. Bãi bỏ toàn bộ văn bản
            Bãi bỏ toàn bộ 2 văn bản sau đây:
            1. Chỉ thị số 03/2005/CT-BTS ngày 07/3/2005 của Bộ trưởng Bộ Thủy sản.
            2. Thông tư số 08/2013/TT-BLĐTBXH ngày 10/6/2013 hướng dẫn Nghị định số 46/2013/NĐ-CP ngày 10/5/2013.
            Điều 2. Bãi bỏ một phần
            1. Bãi bỏ Điều 3, Điều 4 Thông tư số 22/2011/TT-BNNPTNT ngày 06/4/2011.
            Điều 3. Hiệu lực thi hành
            1. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025.
            2. Thông tư số 20/2023/TT-BLĐTBXH ngày 29 tháng 12 năm 2023 hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực.
            """
        XCTAssertEqual(relations(text), [
            "03/2005/CT-BTS repeals", "08/2013/TT-BLĐTBXH repeals", "46/2013/NĐ-CP cites", "22/2011/TT-BNNPTNT repeals [Điều 3, Điều 4]",
            "1480/QĐ-TTg replaces", "20/2023/TT-BLĐTBXH replaces",
        ])
    }

    func testGuidanceIsTheDocumentsOwnOnlyInItsSubjectOrScope() {
        let text = """
            THÔNG TƯ
            Hướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021
            Điều 1. Phạm vi điều chỉnh
            Thông tư này hướng dẫn việc ủy quyền theo quy định tại Nghị định số 35/2022/NĐ-CP.
            Điều 2. Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC hướng dẫn Nghị định số 136/2013/NĐ-CP.
            """
        XCTAssertEqual(relations(text), [
            "20/2021/NĐ-CP guides", "35/2022/NĐ-CP guides", "29/2014/TTLT-BLĐTBXH-BTC cites", "136/2013/NĐ-CP cites",
        ])
    }

    func testAConsolidatedTextConsolidatesTheActsItsOpeningLists() {
        let text = """
            VĂN BẢN HỢP NHẤT
            THÔNG TƯ
            Hướng dẫn về bảo vệ việc làm
            Thông tư số 08/2020/TT-BLĐTBXH ngày 15 tháng 10 năm 2020, có hiệu lực kể từ ngày 01 tháng 12 năm 2020, được sửa đổi, bổ sung bởi:
            Thông tư số 09/2021/TT-BLĐTBXH ngày 07 tháng 9 năm 2021 sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH.
            Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019;
            Điều 1. Điều này được sửa đổi theo khoản 1 Điều 1 Thông tư số 09/2021/TT-BLĐTBXH.
            """
        XCTAssertEqual(Set(relations(text, consolidated: true)), [
            "08/2020/TT-BLĐTBXH consolidates", "09/2021/TT-BLĐTBXH consolidates", "08/2020/TT-BLĐTBXH cites", "31/2019/NĐ-CP based_on",
            "09/2021/TT-BLĐTBXH cites",
        ])
    }

    func testNewsSentencesOnlyCite() {
        let text = "Tiếp tục thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế, sửa đổi quy trình theo Nghị định 108/2014/NĐ-CP."
        XCTAssertEqual(relations(text), ["39-NQ/TW cites", "108/2014/NĐ-CP cites"])
    }
}
