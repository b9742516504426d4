import Foundation
import XCTest

/// `tracuu figures QUERY` lists the figures of the documents `tracuu search QUERY` finds, in the
/// order search ranks them, and says how it read the query, on a corpus where that order is not
/// FTS5's plain bm25: the reading of an unaccented query, and words standing together, rank first.
final class FiguresOrderTests: XCTestCase {
    private var workspace: TracuuProcess!
    private var index: String { workspace.path("index.sqlite") }

    /// "cộng đoạn" repeated in a short text scores most by bm25 for `cong doan`; the titles and
    /// leads write "công đoàn" more, so search reads the query so and ranks those documents
    /// first. Each document quotes a figure.
    static let documents = [
        "a-cong-doan.txt": "Cộng đoạn cộng đoạn\nTóm tắt.\nCộng đoạn dài 15 mét, cộng đoạn nối cộng đoạn.",
        "b-cong-doan.txt": "Công đoàn cơ sở họp\nCông đoàn cơ sở tổ chức hội nghị.\nHội nghị với 200 đoàn viên; nhiều ý kiến về việc làm, tiền lương và nhà ở được gửi tới lãnh đạo công ty trong tuần này.",
        "c-cong-doan.txt": "Hội nghị công đoàn\nCông đoàn ngành tổng kết năm.\nNgành có 3.000 đoàn viên và nhiều hoạt động trong năm qua, được cấp trên khen thưởng.",
        "d-cong-doan.txt": "Công đoàn huyện thăm công nhân\nCông đoàn huyện trao quà.\nCán bộ huyện thăm 40 công nhân, trao quà và động viên họ trong dịp cuối năm.",
        "e-lao-dong.txt": "Lao động việc làm\nNgười lao động ký hợp đồng.\nCó 120 người lao động ký hợp đồng mới với doanh nghiệp.",
        "f-lao-dong.txt": "Hợp đồng và lao động\nHợp đồng, hợp đồng, hợp đồng.\nDoanh nghiệp ký 75 hợp đồng; lao động thời vụ, lao động phổ thông, lao động có tay nghề.",
    ]

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        for (name, text) in Self.documents { try workspace.write("corpus/\(name)", text) }
        let built = try workspace.run(["index", "--index", index, workspace.path("corpus")])
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    override func tearDownWithError() throws {
        workspace = nil
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try workspace.run(arguments + ["--index", index, "--json"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        return try result.json()
    }

    /// The documents of the figures, each once, in the order they first appear.
    private func figureDocuments(_ arguments: [String]) throws -> [String] {
        let figures = try XCTUnwrap(try json(["figures", "--limit", "0"] + arguments)["figures"] as? [[String: Any]])
        var seen: [String] = []
        for path in figures.compactMap({ $0["path"] as? String }) where !seen.contains(path) { seen.append(path) }
        return seen
    }

    private func searchDocuments(_ arguments: [String]) throws -> [String] {
        try XCTUnwrap(try json(["search", "--limit", "0"] + arguments)["results"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    private func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    func testFiguresFollowTheSearchRanking() throws {
        for query in ["cong doan", "công đoàn", "hop dong lao dong", "hợp đồng lao động", "lao động", "cong doan OR hop dong", "đoàn"] {
            let searched = try searchDocuments([query])
            XCTAssertGreaterThan(searched.count, 1, query)
            XCTAssertEqual(try figureDocuments([query]), searched, query)
            XCTAssertEqual(try figureDocuments([query, "--sort", "rank"]), searched, query)
            XCTAssertEqual(try figureDocuments([query, "--any"]), try searchDocuments([query, "--any"]), query)
        }
    }

    func testTheReadingOrdersFiguresAsItOrdersResults() throws {
        let searched = try searchDocuments(["cong doan"]).map(name)
        XCTAssertEqual(searched.last, "a-cong-doan.txt", "the reading công đoàn ranks first")
        XCTAssertEqual(try figureDocuments(["cong doan"]).map(name).last, "a-cong-doan.txt")
        let answer = try json(["figures", "cong doan"])
        XCTAssertEqual(answer["query"] as? String, "cong doan")
        XCTAssertEqual(answer["reading"] as? String, "công đoàn")
        XCTAssertEqual(answer["documents"] as? Int, searched.count)
        XCTAssertEqual(answer["relaxed"] as? Bool, false)
        XCTAssertEqual(answer["corrected"] as? Bool, false)
        let table = try workspace.run(["figures", "--index", index, "cong doan"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(table.status, 0)
        XCTAssertTrue(table.stderr.contains("tracuu: reading \"công đoàn\" (documents writing it come first)"), table.stderr)
        let all = try json(["figures"])
        XCTAssertTrue(all["query"] is NSNull)
        XCTAssertTrue(all["documents"] is NSNull)
        XCTAssertTrue(all["reading"] is NSNull)
    }

    /// Keystrokes read as syllables, and a misspelt word's suggestion, choose the documents of
    /// the figures as they choose those of the results.
    func testFiguresReadTheQueryAsSearchReadsIt() throws {
        let keystrokes = try json(["figures", "coong ddoanf"])
        XCTAssertEqual(keystrokes["reading"] as? String, "công đoàn")
        XCTAssertEqual(try figureDocuments(["coong ddoanf"]), try searchDocuments(["công đoàn"]))
        let misspelt = try json(["figures", "công đoàm"])
        XCTAssertEqual(misspelt["suggestion"] as? String, "công đoàn")
        XCTAssertEqual(misspelt["corrected"] as? Bool, true)
        XCTAssertEqual(try figureDocuments(["công đoàm"]), try searchDocuments(["công đoàm"]))
        XCTAssertEqual(try figureDocuments(["công đoàm"]), try searchDocuments(["công đoàn"]))
    }

    /// Sorting by value or date keeps the documents and the number of figures.
    func testOtherOrdersListTheSameFigures() throws {
        let ranked = try json(["figures", "cong doan", "--limit", "0"])
        for sort in ["value", "date"] {
            let sorted = try json(["figures", "cong doan", "--limit", "0", "--sort", sort])
            XCTAssertEqual(sorted["total"] as? Int, ranked["total"] as? Int, sort)
            XCTAssertEqual(Set(try figureDocuments(["cong doan", "--sort", sort])), Set(try searchDocuments(["cong doan"])), sort)
        }
    }
}
