import TracuuIndex
import XCTest
final class ScratchTests: XCTestCase {
    func testScratch() throws {
        let ranking = try TemporaryCorpus([
            "together.txt": "Tin trong nước\nHội nghị tổng kết hoạt động công đoàn cơ sở năm 2022 được tổ chức tại trụ sở của cơ quan chủ quản ở thủ đô.",
            "scattered.txt": "Tin ngắn\nCông nhân và đoàn viên.",
            "ban-chap-hanh.txt": "Hội nghị\nSáng nay Ban Chấp hành họp phiên thường kỳ, bàn nhiều nội dung quan trọng về công tác tổ chức năm tới.",
            "ban-be.txt": "Bạn bạn bạn\nBạn bè bạn học.",
        ])
        try ranking.index()
        for q in ["\"cong\" \"doan\"", "cong doan", "ban", "\"ban\"", "title:ban OR ban"] {
            print("Q", q, try ranking.search(q).hits.map { ($0.path.split(separator: "/").last!, $0.score) })
        }
    }
}
