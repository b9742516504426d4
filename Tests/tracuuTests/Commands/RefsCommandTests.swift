import Foundation
import XCTest

/// Runs the built `tracuu` binary on a temporary copy of the seed corpus.
final class RefsCommandTests: XCTestCase {
    private var workspace: TracuuProcess!

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        try workspace.copySeeds()
        XCTAssertEqual(try run(["index", "corpus"]).status, 0)
    }

    override func tearDownWithError() throws {
        workspace = nil
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try workspace.run(arguments + ["--index", workspace.path("index.sqlite")], environment: ["NO_COLOR": "1"])
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testBothSpellingsListBothSeedArticles() throws {
        for spelling in ["02-NQ/TW", "02/NQ-TW", "2 - nq/tw"] {
            let result = try run(["refs", spelling])
            XCTAssertEqual(result.status, 0, spelling)
            XCTAssertTrue(result.stdout.contains("corpus/000_a20038c85b46a0b9.txt"), spelling)
            XCTAssertTrue(result.stdout.contains("corpus/003_f036250b685af78b.txt"), spelling)
            XCTAssertTrue(result.stdout.contains("Nghị quyết số 02/NQ-TW, ngày 12/6/2021 của Bộ Chính trị"), spelling)
        }
        let object = try json(try run(["refs", "02/NQ-TW", "--json"]).stdout)
        XCTAssertTrue(object["document"] is NSNull)
        let reference = try XCTUnwrap(object["reference"] as? [String: Any])
        XCTAssertEqual(reference["id"] as? String, "02-NQ/TW")
        XCTAssertEqual(reference["date"] as? String, "2021-06-12")
        XCTAssertEqual(reference["documents"] as? Int, 2)
        let citations = try XCTUnwrap(object["citations"] as? [[String: Any]])
        XCTAssertEqual(Set(citations.compactMap { $0["surface"] as? String }), ["02/NQ-TW", "02-NQ/TW"])
        XCTAssertEqual(Set(citations.first!.keys), ["path", "title", "date", "surface", "context", "relation", "scope", "matched_by"])
        XCTAssertEqual(Set(citations.compactMap { $0["relation"] as? String }), ["cites"])
        XCTAssertEqual(Set(object.keys), ["reference", "document", "relations", "citations"])
    }

    func testNumbersTypedLooselyResolveToTheirCandidates() throws {
        for typed in ["02-NQ-TW", "02 NQ/TW", "nghi quyet 02", "NQ 02", "Nghị quyết số 2"] {
            let result = try run(["refs", typed, "--json"])
            XCTAssertEqual(result.status, 0, typed)
            XCTAssertEqual((try json(result.stdout)["reference"] as? [String: Any])?["id"] as? String, "02-NQ/TW", typed)
        }
        let none = try run(["refs", "chi thi 77"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("Chỉ thị 77"), none.stderr)
        XCTAssertEqual(try run(["refs", "cong doan"]).status, 2)
    }

    func testTimelineCountsMentionsPerPeriod() throws {
        let result = try run(["refs", "02-NQ/TW", "--timeline", "--json"])
        XCTAssertEqual(result.status, 0)
        let timeline = try XCTUnwrap(try json(result.stdout)["timeline"] as? [String: Any])
        let periods = try XCTUnwrap(timeline["periods"] as? [[String: Any]])
        let counted = periods.compactMap { $0["mentions"] as? Int }.reduce(0, +) + (timeline["undated"] as? Int ?? 0)
        let reference = try XCTUnwrap(try json(result.stdout)["reference"] as? [String: Any])
        XCTAssertEqual(counted, reference["mentions"] as? Int, "every mention is counted once")
        let text = try run(["refs", "02-NQ/TW", "--timeline"])
        XCTAssertTrue(text.stdout.contains("mentions per") || text.stdout.contains("no dated mentions"), text.stdout)
        XCTAssertFalse(text.stdout.contains("cites it ("), "the chart replaces the list of citing documents")
    }

    func testShowListsADocumentsRelationsAndRefsGroupsByThem() throws {
        try workspace.write("corpus/tt.txt", """
            BỘ TÀI CHÍNH
            Số: 19/2026/TT-BTC
            THÔNG TƯ
            Bãi bỏ Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016
            Hà Nội, ngày 10 tháng 3 năm 2026
            Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
            Điều 1. Sửa đổi, bổ sung khoản 2 Điều 8 Thông tư số 42/2022/TT-BTC như sau: “theo Nghị quyết số 02-NQ/TW.”
            """)
        XCTAssertEqual(try run(["index", "corpus"]).status, 0)
        let shown = try json(try run(["show", "corpus/tt.txt", "--json"]).stdout)
        let relations = try XCTUnwrap(shown["relations"] as? [[String: Any]])
        XCTAssertEqual(relations.map { "\($0["target"]!) \($0["relation"]!) \($0["scope"]!)" }, [
            "338/2016/TT-BTC repeals <null>", "83/2015/QH13 based_on <null>", "42/2022/TT-BTC amends khoản 2 Điều 8", "02-NQ/TW cites <null>",
        ])
        let amended = try run(["refs", "42/2022/TT-BTC"])
        XCTAssertTrue(amended.stdout.contains("amended by (1)"), amended.stdout)
        XCTAssertTrue(amended.stdout.contains("[khoản 2 Điều 8]"), amended.stdout)
    }

    func testListGivesTheFourReferencesWithTheirDates() throws {
        let result = try run(["refs", "--json"])
        XCTAssertEqual(result.status, 0)
        let references = try XCTUnwrap(try json(result.stdout)["references"] as? [[String: Any]])
        var dates: [String: String] = [:]
        for reference in references { dates[reference["id"] as! String] = reference["date"] as? String }
        XCTAssertEqual(dates, ["02-NQ/TW": "2021-06-12", "90-QĐ/TW": "2022-12-06", "44-KL/TW": "2019-01-22", "09-CT/TW": "2011-12-01"])
        XCTAssertEqual(references.first?["id"] as? String, "02-NQ/TW", "most cited first")
        XCTAssertEqual(Set(references.first!.keys), ["id", "type", "issuer", "issuer_name", "subject", "date", "term", "documents", "mentions"])
        XCTAssertEqual(references.first?["issuer_name"] as? String, "Bộ Chính trị")

        let text = try run(["refs", "--sort", "date", "--type", "kl"])
        XCTAssertEqual(text.stdout.split(separator: "\n").map { String($0.prefix(8)) }, ["44-KL/TW"])
        let weak = try run(["refs", "--weak", "--sort", "id"])
        XCTAssertTrue(weak.stdout.contains("Đề án 06"))
        XCTAssertTrue(weak.stdout.contains("Quy chế phối hợp 04"))
    }

    func testExitStatuses() throws {
        XCTAssertEqual(try run(["refs", "--issuer", "CP"]).status, 1)
        XCTAssertEqual(try run(["refs", "100/2015/NĐ-CP"]).status, 1)
        let bad = try run(["refs", "19/8"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1)
        XCTAssertEqual(try run(["refs", "--sort", "size"]).status, 2)
        let help = try run(["refs", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("tracuu refs 02/NQ-TW"))
    }

    func testSearchFindsBothSpellings() throws {
        for query in ["02/NQ-TW", "2-NQ/TW", "Nghị quyết 02", "nghi quyet so 2"] {
            let result = try run(["search", "--count", query])
            XCTAssertEqual(result.stdout, "2\n", query)
        }
    }
}
