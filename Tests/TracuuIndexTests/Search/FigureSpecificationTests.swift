import TestSupport
import XCTest
@testable import TracuuIndex
import GRDB
import VietText

/// The specification of `tracuu figures`: every figure the two seed articles in
/// `corpus/` quote, with its value, unit and qualifier, in text order, read
/// back from an index built on a temporary copy of them; and nothing else.
final class FigureSpecificationTests: XCTestCase {
    struct Expected: Equatable, CustomStringConvertible {
        var text: String
        var value: Double
        var unit: String?
        var qualifier: FigureQualifier?

        init(_ text: String, _ value: Double, _ unit: String?, _ qualifier: FigureQualifier? = nil) {
            self.text = text
            self.value = value
            self.unit = unit
            self.qualifier = qualifier
        }

        var description: String { "\(text) = \(value) [\(unit ?? "-")] \(qualifier?.rawValue ?? "")" }
    }

    /// `000_a20038c85b46a0b9.txt`. Not figures: "thông tin hai chiều" (two-way, not a count),
    /// "Đề án 06" (twice), "lần thứ VI", "nhiệm kỳ 2023 - 2028", "02/NQ-TW", "12/6/2021", "90-QĐ/TW",
    /// "06/12/2022", "44-KL/TW", "22/01/2019", "09-CT/TW", "01/12/2011", "Quy chế phối hợp số 04",
    /// "25/4/2023", "đoàn viên CĐ của hai bên" (the two sides, not a count).
    static let article000: [Expected] = [
        Expected("Hơn 2.000 buổi tuyên truyền", 2000, "buổi tuyên truyền", .moreThan),
        Expected("gần 25.000 đoàn viên", 25000, "đoàn viên", .almost),
        Expected("24 CĐ cấp trên trực tiếp cơ sở", 24, "CĐ cấp trên trực tiếp cơ sở"),
        Expected("21", 21, "CĐ CA tỉnh, thành phố"),
        Expected("565 CĐ cơ sở", 565, "CĐ cơ sở"),
        Expected("21 LĐLĐ tỉnh, thành phố", 21, "LĐLĐ tỉnh, thành phố"),
        Expected("18 CĐ ngành Trung ương", 18, "CĐ ngành Trung ương"),
        Expected("hơn 2.000 cuộc tuyên truyền pháp luật", 2000, "cuộc tuyên truyền pháp luật", .moreThan),
        Expected("hàng chục tỷ đồng", 1e10, "đồng", .atLeast),
        Expected("4 cấp", 4, "cấp"),
        Expected("gần 500 địa bàn vùng biên giới", 500, "địa bàn vùng biên giới", .almost),
    ]

    /// `003_f036250b685af78b.txt`. Not figures: "Năm 2022" and every "năm 2022/2021/2023",
    /// "Nhâm Dần 2022", "Hội chợ 0 đồng" (a name), bệnh viện "19/8" and "30/4", "Covid-19",
    /// "02-NQ/TW", "12/6/2021", and everything in the cut trailer ("Lời thề thứ 9",
    /// "20 triệu thanh niên", "08/06/2025 17:29"…).
    static let article003: [Expected] = [
        Expected("797 đoàn viên công đoàn", 797, "đoàn viên công đoàn"),
        Expected("2 Chương trình", 2, "Chương trình"),
        Expected("3 Mái ấm Công đoàn", 3, "Mái ấm Công đoàn"),
        Expected("170 triệu đồng", 170_000_000, "đồng"),
        Expected("3 bệnh viện", 3, "bệnh viện"),
        Expected("gần 3.000 đoàn viên", 3000, "đoàn viên", .almost),
        Expected("1.500 suất quà", 1500, "suất quà"),
        Expected("500 nghìn đồng/suất", 500_000, "đồng/suất"),
        Expected("1 triệu sáng kiến", 1_000_000, "sáng kiến"),
        Expected("5.339 sáng kiến", 5339, "sáng kiến"),
        Expected("hơn 250%", 250, "%", .moreThan),
        Expected("5 nhiệm vụ cơ bản", 5, "nhiệm vụ cơ bản"),
        Expected("14 tập thể", 14, "tập thể"),
        Expected("8 tập thể", 8, "tập thể"),
        Expected("27 cá nhân", 27, "cá nhân"),
        Expected("58 tập thể", 58, "tập thể"),
        Expected("141 tập thể", 141, "tập thể"),
        Expected("476 cá nhân", 476, "cá nhân"),
    ]

    static let seeds = RepositoryPaths.corpus

    var folder: URL!
    var database: IndexDatabase!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        for name in ["000_a20038c85b46a0b9.txt", "003_f036250b685af78b.txt"] {
            try FileManager.default.copyItem(
                at: Self.seeds.appendingPathComponent(name), to: folder.appendingPathComponent("corpus").appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("index.sqlite").path
        _ = try IndexLifecycle.update(path: path, roots: [folder.appendingPathComponent("corpus").path], rebuild: false, warn: { _ in })
        database = try IndexDatabase(path: path)
    }

    override func tearDownWithError() throws {
        try database?.close()
        try? FileManager.default.removeItem(at: folder)
    }

    private func figures(of name: String) throws -> [Expected] {
        let results = try FigureFinder(database: database).figures(matching: nil)
        return results.hits.filter { $0.path.hasSuffix(name) }.sorted { $0.position < $1.position }
            .map { Expected($0.text, $0.value, $0.unit, $0.qualifier) }
    }

    func testArticle000QuotesExactlyTheseFigures() throws {
        XCTAssertEqual(try figures(of: "000_a20038c85b46a0b9.txt"), Self.article000)
    }

    func testArticle003QuotesExactlyTheseFigures() throws {
        XCTAssertEqual(try figures(of: "003_f036250b685af78b.txt"), Self.article003)
    }

    func testEveryFigureComesWithItsSentenceAndDocument() throws {
        let hits = try FigureFinder(database: database).figures(matching: nil).hits
        XCTAssertEqual(hits.count, Self.article000.count + Self.article003.count)
        for hit in hits {
            XCTAssertTrue(hit.context.contains(hit.text), "«\(hit.text)» not in «\(hit.context)»")
            XCTAssertFalse(hit.title.isEmpty)
        }
        let rate = try XCTUnwrap(hits.first { $0.unit == "đồng/suất" })
        XCTAssertTrue(rate.context.contains("tặng 1.500 suất quà trị giá 500 nghìn đồng/suất"), rate.context)
        XCTAssertEqual(rate.title, "Các cấp Công đoàn Công an nhân dân sáng tạo, đồng hành với đoàn viên và người lao động")
    }

    func testContextsAreTheSentencesTheExtractorQuotes() throws {
        let hits = try FigureFinder(database: database).figures(matching: nil).hits
        let texts = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, lead, body FROM documents").map { row in
                (row["id"] as Int64, Document.fullText(of: row))
            }
        }
        XCTAssertEqual(texts.count, 2)
        for (id, text) in texts {
            let expected = FigureExtractor().figures(in: text).map { "\($0.range.lowerBound) \($0.sentence)" }
            let found = hits.filter { $0.documentID == id }.sorted { $0.position < $1.position }.map { "\($0.position) \($0.context)" }
            XCTAssertEqual(found, expected)
        }
    }

    func testQueryUnitAndValueFilters() throws {
        let finder = FigureFinder(database: database)
        let members = try finder.figures(matching: nil, options: FigureOptions(unit: "đoàn viên"))
        XCTAssertEqual(Set(members.hits.map(\.value)), [25000, 3000, 797])
        let money = try finder.figures(matching: nil, options: FigureOptions(unit: "VNĐ", sort: .value))
        XCTAssertEqual(money.hits.map(\.value), [1e10, 170_000_000, 500_000])
        let large = try finder.figures(matching: nil, options: FigureOptions(min: 1000, max: 30000, sort: .value, limit: 3))
        XCTAssertEqual(large.hits.map(\.value), [25000, 5339, 3000])
        XCTAssertEqual(large.total, 6)
        let about = try finder.figures(matching: "sáng kiến", options: FigureOptions(unit: "sáng kiến"))
        XCTAssertEqual(about.hits.map(\.value), [1_000_000, 5339])
        let none = try finder.figures(matching: "\"phòng cháy, chữa cháy\"", options: FigureOptions(unit: "sáng kiến"))
        XCTAssertEqual(none.total, 0)
        XCTAssertThrowsError(try finder.figures(matching: "-công", options: FigureOptions()))
        XCTAssertThrowsError(try finder.figures(matching: nil, options: FigureOptions(since: "hôm qua")))
    }

    func testAnIndexWithoutTheFiguresTableSaysToRebuild() throws {
        try database.pool.write { try $0.execute(sql: "DROP TABLE figures") }
        XCTAssertThrowsError(try FigureFinder(database: database).figures(matching: nil)) { error in
            guard case IndexError.notAnIndex = error else { return XCTFail("\(error)") }
            XCTAssertTrue(String(describing: error).contains("tracuu index --rebuild"))
        }
    }

    func testFiguresGoWithTheirDocument() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/003_f036250b685af78b.txt"))
        _ = try IndexLifecycle.update(path: database.path, roots: [folder.appendingPathComponent("corpus").path], rebuild: false, warn: { _ in })
        let hits = try FigureFinder(database: database).figures(matching: nil).hits
        XCTAssertEqual(hits.count, Self.article000.count)
        XCTAssertTrue(hits.allSatisfy { $0.path.hasSuffix("000_a20038c85b46a0b9.txt") })
    }
}
