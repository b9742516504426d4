import XCTest
@testable import TracuuIndex

/// `tracuu figures QUERY` reads exactly the documents `tracuu search QUERY --limit 0` finds:
/// the same planned query, abbreviations, document-number spellings and any-word fallback.
final class FigureSelectionTests: XCTestCase {
    /// Every document quotes a figure, so each one a search finds shows in the figures.
    static let files = [
        "ldld.txt": "LĐLĐ tỉnh trao quà\nLĐLĐ tỉnh trao 1.500 suất quà cho công nhân.",
        "lien-doan.txt": "Liên đoàn Lao động huyện\nLiên đoàn Lao động huyện hỗ trợ 200 đoàn viên.",
        "nghi-quyet.txt": "Thực hiện nghị quyết\nThực hiện Nghị quyết số 02-NQ/TW, tỉnh chi 30 tỷ đồng.",
        "nghi-quyet-2.txt": "Học tập nghị quyết\nCó 120 cán bộ học Nghị quyết 2 của Trung ương.",
        "cand.txt": "Báo CAND đưa tin\nCAND thu giữ 3 kg ma túy.",
        "cong-an.txt": "Công an nhân dân\nLực lượng Công an nhân dân bắt 12 đối tượng.",
        "cao-dang.txt": "Trường CĐ nghề\nTrường CĐ nghề (cao đẳng nghề) tuyển 500 sinh viên.",
        "cong-doan.txt": "CĐ cơ sở\nCĐ cơ sở thăm 40 đoàn viên.",
        "tai-nan.txt": "Tai nạn giao thông\nTai nạn làm 2 người bị thương.",
    ]

    func testFiguresReadTheDocumentsSearchFinds() throws {
        let corpus = try TemporaryCorpus(Self.files)
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        let finder = FigureFinder(database: database)
        let queries = ["\"Nghị quyết 2\"", "Nghị quyết 2", "LĐLĐ", "CAND", "cong an nhan dan", "lien doan lao dong",
                       "công đoàn", "CĐ", "tai nan", "tai nạn xyzw", "02-NQ/TW", "LĐLĐ OR CAND", "CAND -\"ma túy\""]
        for query in queries {
            let searched = Set(try searcher.search(query, options: SearchOptions(limit: 0)).hits.map(\.path))
            let figured = Set(try finder.figures(matching: query).hits.map(\.path))
            XCTAssertFalse(searched.isEmpty, query)
            XCTAssertEqual(figured, searched, query)
            let anyWord = Set(try searcher.search(query, options: SearchOptions(limit: 0, anyWord: true)).hits.map(\.path))
            XCTAssertEqual(Set(try finder.figures(matching: query, options: FigureOptions(anyWord: true)).hits.map(\.path)), anyWord, query)
        }
        // What the shared selection adds over the typed words alone.
        let names = { (query: String) in Set(try finder.figures(matching: query).hits.map { ($0.path as NSString).lastPathComponent }) }
        XCTAssertEqual(try names("LĐLĐ"), ["ldld.txt", "lien-doan.txt"])
        XCTAssertEqual(try names("CAND"), ["cand.txt", "cong-an.txt"])
        XCTAssertEqual(try names("\"Nghị quyết 2\""), ["nghi-quyet.txt", "nghi-quyet-2.txt"])
        XCTAssertEqual(try names("công đoàn"), ["cong-doan.txt"])
    }
}
