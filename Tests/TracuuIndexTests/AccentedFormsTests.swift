import GRDB
@testable import TracuuIndex
import XCTest

/// Documents store one term per word; the accented forms an unaccented query word
/// stands for come from the `accented_forms` list, which follows the corpus.
final class AccentedFormsTests: XCTestCase {
    private func forms(_ corpus: TemporaryCorpus, _ folded: String) throws -> [String] {
        let database = try corpus.open()
        defer { try? database.close() }
        return try database.read { db in
            try String.fetchAll(db, sql: "SELECT exact FROM accented_forms WHERE folded = ? ORDER BY exact", arguments: [folded])
        }
    }

    func testIndexListsEachAccentedFormOnce() throws {
        let corpus = try TemporaryCorpus([
            "a.txt": "Hòa bình\nHoà giải, hóa học và hoa hồng; Đoàn viên",
            "b.txt": "Hóa đơn\nĐOÀN KẾT",
        ])
        try corpus.index()
        XCTAssertEqual(try forms(corpus, "hoa"), ["hoà", "hoá"])
        XCTAssertEqual(try forms(corpus, "doan"), ["đoàn"])
        XCTAssertEqual(try forms(corpus, "hong"), ["hồng"])
    }

    func testFormOfANewDocumentIsFoundAfterAnUpdate() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nHoa hồng nở rộ"])
        try corpus.index()
        assertFinds(corpus, "hoa", ["a.txt"])
        try corpus.write("b.txt", "Tiêu đề\nHọa sĩ vẽ tranh")
        try corpus.index()
        assertFinds(corpus, "hoa", ["a.txt", "b.txt"])
        assertFinds(corpus, "họa", ["b.txt"])
    }

    /// One open index answers before and after another connection adds a form:
    /// the tokenizer's cache of forms follows the database.
    func testOpenIndexSeesFormsAddedMeanwhile() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nNgười bạn thân"])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        XCTAssertEqual(try searcher.search("ban", options: SearchOptions(limit: 0)).total, 1)
        try corpus.write("b.txt", "Tiêu đề\nBán hàng trực tuyến")
        try corpus.index()
        XCTAssertEqual(try searcher.search("ban", options: SearchOptions(limit: 0)).total, 2)
    }

    func testUnaccentedPrefixReachesAccentedWords() throws {
        let corpus = try TemporaryCorpus([
            "hoang.txt": "Tiêu đề\nHoàng hôn",
            "hoach.txt": "Tiêu đề\nKế hoạch năm",
            "hoan.txt": "Tiêu đề\nHoan nghênh",
            "hong.txt": "Tiêu đề\nHồng hào",
        ])
        try corpus.index()
        assertFinds(corpus, "hoa*", ["hoang.txt", "hoach.txt", "hoan.txt"])
        assertFinds(corpus, "hoà*", ["hoang.txt"])
        assertFinds(corpus, "hoan*", ["hoang.txt", "hoan.txt"])
    }
}
