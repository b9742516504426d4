import TracuuIndex
import XCTest

/// The order of ranked results: best score first, equal scores in index order, and a page
/// of `limit` results always the start of the whole ranking.
final class RankingOrderTests: XCTestCase {
    /// Copies of one text score the same; the others differ by where and how often they say it.
    private static let documents: [String: String] = [
        "a-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
        "b-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
        "c-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
        "d-body.txt": "Tin tức\nTóm tắt\nHôm nay công đoàn họp, công đoàn bàn việc.",
        "e-lead.txt": "Tin tức\nCông đoàn họp\nThân bài không nhắc lại.",
        "f-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
        "g-title.txt": "Công đoàn ngành\nTóm tắt\nThân bài.",
        "h-other.txt": "Tin tức\nTóm tắt\nKhông liên quan.",
    ]

    nonisolated(unsafe) private static var corpus: TemporaryCorpus!

    override class func setUp() {
        super.setUp()
        corpus = try! TemporaryCorpus(documents)
        try! corpus.index()
    }

    override class func tearDown() {
        corpus = nil
        super.tearDown()
    }

    func testEqualScoresKeepIndexOrderAndEveryPageIsTheRankingsStart() throws {
        for query in ["công đoàn", "cong doan", "họp"] {
            let all = try Self.corpus.search(query, SearchOptions(limit: 0)).hits
            XCTAssertGreaterThan(all.count, 3, query)
            for (better, worse) in zip(all, all.dropFirst()) {
                XCTAssertTrue(better.score > worse.score || (better.score == worse.score && better.id < worse.id),
                              "\(query): \(better.path) before \(worse.path)")
            }
            XCTAssertTrue(zip(all, all.dropFirst()).contains { $0.score == $1.score }, "\(query): no tie to order")
            for limit in 1...all.count {
                let page = try Self.corpus.search(query, SearchOptions(limit: limit))
                XCTAssertEqual(page.hits.map(\.id), all.prefix(limit).map(\.id), "\(query) --limit \(limit)")
                XCTAssertEqual(page.total, all.count, "\(query) --limit \(limit)")
            }
        }
    }
}
