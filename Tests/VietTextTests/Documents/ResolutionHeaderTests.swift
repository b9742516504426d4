import XCTest
@testable import VietText

final class ResolutionHeaderTests: XCTestCase {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    func testGazetteDecree() throws {
        let text = """
            CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025
            3
            VĂN BẢN QUY PHẠM PHÁP LUẬT
            CHÍNH PHỦ
            Số: 158/2025/NĐ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 25 tháng 6 năm 2025
             NGHỊ ĐỊNH
            Quy định chi tiết và hướng dẫn thi hành một số điều
            của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc
            Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
            Căn cứ điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024
            """
        let header = try XCTUnwrap(ResolutionHeader.detect(lines: lines(text)))
        XCTAssertEqual(header.number, "158/2025/NĐ-CP")
        XCTAssertEqual(header.kind, "decree")
        XCTAssertEqual(header.issuer, "CP")
        XCTAssertEqual(header.issued, "2025-06-25")
        XCTAssertEqual(header.subject, "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc")
        XCTAssertEqual(header.title, "Nghị định 158/2025/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc")
    }

    func testLawAndResolutionNumberWords() throws {
        let law = try XCTUnwrap(ResolutionHeader.detect(lines: lines("""
            CÔNG BÁO/Số 1183 + 1184/Ngày 24-12-2020
            3
            QUỐC HỘI
            Luật số: 69/2020/QH14
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            LUẬT
            NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI
            THEO HỢP ĐỒNG
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            """)))
        XCTAssertEqual(law.number, "69/2020/QH14")
        XCTAssertEqual(law.kind, "law")
        XCTAssertEqual(law.subject, "NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG")
        let resolution = try XCTUnwrap(ResolutionHeader.detect(lines: lines("""
            CHÍNH PHỦ
            Số: 113/NQ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            NGHỊ QUYẾT
            Về việc ban hành Kế hoạch
            CHÍNH PHỦ
            """)))
        XCTAssertEqual(resolution.number, "113/NQ-CP")
        XCTAssertEqual(resolution.kind, "resolution")
        XCTAssertEqual(resolution.subject, "Về việc ban hành Kế hoạch")
        let standing = try XCTUnwrap(ResolutionHeader.detect(lines: lines("""
            ỦY BAN THƯỜNG VỤ QUỐC HỘI
            Nghị quyết số: 17/2022/UBTVQH15
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            NGHỊ QUYẾT
            """)))
        XCTAssertEqual(standing.number, "17/2022/UBTVQH15")
        XCTAssertEqual(standing.kind, "resolution")
    }

    func testPageHeadersDoNotConfuseIt() throws {
        let header = try XCTUnwrap(ResolutionHeader.detect(lines: lines("""
            CÔNG BÁO/Số 271/Ngày 12-05-2026
            45
            BỘ TÀI CHÍNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 19/2026/TT-BTC
            Hà Nội, ngày 10 tháng 3 năm 2026
            THÔNG TƯ
            Bãi bỏ Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ
            Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            CÔNG BÁO/Số 271/Ngày 12-05-2026
            46
            trưởng Bộ Tài chính
            """)))
        XCTAssertEqual(header.number, "19/2026/TT-BTC")
        XCTAssertEqual(header.kind, "circular")
        XCTAssertEqual(header.issued, "2026-03-10")
        XCTAssertTrue(ResolutionHeader.isGazetteNoise("CÔNG BÁO/Số 271/Ngày 12-05-2026"))
        XCTAssertTrue(ResolutionHeader.isGazetteNoise("46"))
        XCTAssertFalse(ResolutionHeader.isGazetteNoise("Điều 5. Hiệu lực thi hành"))
    }

    func testConsolidatedTextSignsItsNumberAtTheEnd() throws {
        var text = """
            CÔNG BÁO/Số 375 + 376/Ngày 03-3-2024
            VĂN BẢN HỢP NHẤT -
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THÔNG TƯ LIÊN TỊCH
            Thông tư liên tịch số 17/2014/TTLT-BLĐTBXH-BTC ngày 01 tháng 8 năm 2023

            """
        for index in 1...100 { text += "Điều \(index). Nội dung điều \(index).\n" }
        text += "BỘ LAO ĐỘNG -\nSố: 605/VBHN-BLĐTBXH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 16 tháng 02 năm 2024\n"
        let header = try XCTUnwrap(ResolutionHeader.detect(lines: lines(text)))
        XCTAssertEqual(header.number, "605/VBHN-BLĐTBXH")
        XCTAssertEqual(header.kind, "consolidated")
        XCTAssertEqual(header.issued, "2024-02-16")
    }

    func testNewsArticleIsNoResolution() {
        XCTAssertNil(ResolutionHeader.detect(lines: lines("""
            Các cấp Công đoàn Công an nhân dân sáng tạo
            Báo cáo tại Hội nghị, Phó Trưởng Ban cho biết: Năm 2022 ...
            gắn với Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.
            Số: 02/NQ-TW là nghị quyết quan trọng
            """)))
    }
}
