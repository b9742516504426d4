import GRDB
import XCTest
@testable import TracuuIndex
import VietText

/// Abbreviation expansion through a real temporary index.
final class AbbreviationSearchTests: XCTestCase {
    private var directory: URL!
    private var database: IndexDatabase!

    private static let documents: [String: String] = [
        "union.txt": "Hoạt động CĐ cơ sở\nCông đoàn các cấp chăm lo cho đoàn viên.\nCĐ cơ sở tổ chức hội thao dưới sự lãnh đạo của CĐ cấp trên.",
        "college.txt": "Tuyển sinh trường CĐ\nNăm nay các trường cao đẳng tuyển nhiều chỉ tiêu.\nTrường CĐ Sư phạm mở thêm ngành mới, dưới sự lãnh đạo của CĐ Sư phạm.",
        "plain.txt": "Tin tổng hợp trong tuần\nCĐ ngành xây dựng phát động thi đua.\nĐoàn viên hưởng ứng nhiệt tình.",
        "spelled.txt": "Niềm tin của đoàn viên\nNhờ sự lãnh đạo của Công đoàn, đoàn viên yên tâm.\nMọi người cùng cố gắng.",
        "police.txt": "Tuần tra ban đêm\nLực lượng CA xã và CAND bảo đảm trật tự.\nTuần tra được duy trì đều đặn.",
        "covid.txt": "Dịch bệnh hôm nay\nCó thêm 20 ca nhiễm mới trong cộng đồng.\nNgành y tế khuyến cáo người dân.",
        "zone-title.txt": "Khu công nghiệp mở rộng\nTỉnh cho phép mở rộng quy mô sản xuất.\nCác doanh nghiệp đang tuyển thêm lao động.",
        "zone-body.txt": "Tin kinh tế địa phương\nTỉnh công bố số liệu quý ba.\nTrong quý, thu hút đầu tư vào các KCN tăng.",
    ]

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-abbr-\(UUID().uuidString)")
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in Self.documents {
            try text.write(to: corpus.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let path = directory.appendingPathComponent("index.sqlite").path
        _ = try IndexLifecycle.update(path: path, roots: [corpus.path], rebuild: true, warn: { XCTFail($0) })
        database = try IndexDatabase(path: path)
    }

    override func tearDownWithError() throws {
        try database?.close()
        try? FileManager.default.removeItem(at: directory)
    }

    private func names(_ query: String, expand: Bool = true, user: [Abbreviation] = []) throws -> [String] {
        var options = SearchOptions(limit: 0)
        options.expandAbbreviations = expand
        options.userAbbreviations = user
        return try Searcher(database: database).search(query, options: options).hits.map { ($0.path as NSString).lastPathComponent }
    }

    func testAbbreviationAlsoFindsEachExpansion() throws {
        XCTAssertEqual(Set(try names("CĐ")), ["union.txt", "college.txt", "plain.txt", "spelled.txt"])
        XCTAssertEqual(Set(try names("CĐ", expand: false)), ["union.txt", "college.txt", "plain.txt"])
        let results = try Searcher(database: database).search("CĐ")
        XCTAssertEqual(Set(results.expansions), [
            AbbreviationExpansion(from: "CĐ", to: "Công đoàn"), AbbreviationExpansion(from: "CĐ", to: "cao đẳng"),
        ])
    }

    func testAnOccurrenceCountsForTheSenseItsDocumentSupports() throws {
        XCTAssertEqual(Set(try names("công đoàn")), ["union.txt", "plain.txt", "spelled.txt"],
                       "college.txt says \"trường CĐ\" and \"cao đẳng\"; plain.txt spells no sense, so the first one counts")
        XCTAssertEqual(Set(try names("cao đẳng")), ["college.txt"])
        XCTAssertEqual(Set(try names("công đoàn", expand: false)), ["union.txt", "spelled.txt"])
    }

    func testExpansionWorksInsidePhrasesBothWays() throws {
        XCTAssertEqual(Set(try names("\"sự lãnh đạo của CĐ\"")), ["union.txt", "college.txt", "spelled.txt"])
        XCTAssertEqual(Set(try names("\"lãnh đạo của công đoàn\"")), ["union.txt", "spelled.txt"],
                       "union.txt writes \"lãnh đạo của CĐ\" and spells Công đoàn; college.txt's CĐ means cao đẳng")
        XCTAssertEqual(Set(try names("\"lãnh đạo của cao đẳng\"")), ["college.txt"])
        XCTAssertEqual(Set(try names("\"sự lãnh đạo của CĐ\"", expand: false)), ["union.txt", "college.txt"])
    }

    func testUnaccentedWordsSpellingAnExpansionFindTheAbbreviation() throws {
        XCTAssertEqual(try names("cong an nhan dan"), ["police.txt"])
        var literal = SearchOptions()
        literal.expandAbbreviations = false
        XCTAssertTrue(try Searcher(database: database).search("cong an nhan dan", options: literal).relaxed,
                      "without expansion no document has the four words")
        XCTAssertEqual(try names("công an"), ["police.txt"], "only CA in capitals, not the word ca in \"20 ca nhiễm\"")
        XCTAssertEqual(try names("CA", expand: false).contains("covid.txt"), true)
    }

    func testExpansionMatchesRankWithTypedMatches() throws {
        XCTAssertEqual(try names("KCN"), ["zone-title.txt", "zone-body.txt"], "a title match through the expansion ranks first")
        XCTAssertEqual(try names("khu cong nghiep"), ["zone-title.txt", "zone-body.txt"])
    }

    func testUserSensesReplaceTheOthers() throws {
        let user = AbbreviationDictionary.parse(tsv: "CĐ\tcao đẳng\n", source: .user).abbreviations
        XCTAssertEqual(Set(try names("cao đẳng", user: user)), ["union.txt", "college.txt", "plain.txt"])
        XCTAssertEqual(Set(try names("công đoàn", user: user)), ["union.txt", "spelled.txt"])
    }

    func testLearnedDefinitionsAreStoredPerDocumentAndDeletedWithIt() throws {
        let corpus = directory.appendingPathComponent("corpus")
        try "Tin mới\nCác khu kinh tế (KKT) ven biển phát triển.\nKKT thu hút đầu tư.".write(
            to: corpus.appendingPathComponent("kkt.txt"), atomically: false, encoding: .utf8)
        _ = try IndexLifecycle.update(path: database.path, roots: [corpus.path], rebuild: false, warn: { XCTFail($0) })
        let catalog = AbbreviationCatalog(database: database)
        XCTAssertEqual(try catalog.learned().first { $0.abbr == "KKT" }?.senses.map(\.expansion), ["khu kinh tế"])
        XCTAssertEqual(try names("khu kinh tế"), ["kkt.txt"])
        let usage = try catalog.usage(of: [try XCTUnwrap(try catalog.dictionary().lookup("KKT"))])
        XCTAssertEqual(usage.first?.senses.first?.documents, 1)
        XCTAssertEqual(usage.first?.senses.first?.definedIn.map { ($0 as NSString).lastPathComponent }, ["kkt.txt"])

        try FileManager.default.removeItem(at: corpus.appendingPathComponent("kkt.txt"))
        _ = try IndexLifecycle.update(path: database.path, roots: [corpus.path], rebuild: false, warn: { XCTFail($0) })
        XCTAssertNil(try catalog.learned().first { $0.abbr == "KKT" })
    }

    /// A learned sense widens queries only once two documents define it, so one odd definition
    /// (a photo credit "Ảnh: Đà Nẵng (ĐN)") cannot make every search for its words match the letters.
    func testALearnedSenseExpandsQueriesOnceTwoDocumentsDefineIt() throws {
        let corpus = directory.appendingPathComponent("corpus")
        func write(_ name: String, _ text: String) throws {
            try text.write(to: corpus.appendingPathComponent(name), atomically: false, encoding: .utf8)
            _ = try IndexLifecycle.update(path: database.path, roots: [corpus.path], rebuild: false, warn: { XCTFail($0) })
        }
        try write("project-1.txt", "Dự án cầu mới\nBan quản lý dự án (BQLDA) khởi công cầu mới.\nCông trình dài hai cây số.")
        try write("meeting.txt", "Tin ngắn\nBQLDA họp giao ban sáng nay.\nMọi việc thuận lợi.")
        let searcher = Searcher(database: database)
        XCTAssertEqual(Set(try names("ban quản lý dự án")), ["project-1.txt"])
        XCTAssertFalse(try searcher.search("ban quản lý dự án").expansions.map(\.to).contains("BQLDA"))
        XCTAssertEqual(try searcher.search("BQLDA").expansions, [])

        try write("project-2.txt", "Đường mới\nBan quản lý dự án (BQLDA) đường bộ báo cáo tiến độ.\nTiến độ đạt yêu cầu.")
        XCTAssertEqual(Set(try names("ban quản lý dự án")), ["project-1.txt", "project-2.txt", "meeting.txt"])
        XCTAssertTrue(try searcher.search("ban quản lý dự án").expansions.contains(AbbreviationExpansion(from: "ban quản lý dự án", to: "BQLDA")))
        XCTAssertEqual(try searcher.search("BQLDA").expansions, [AbbreviationExpansion(from: "BQLDA", to: "Ban quản lý dự án")])
    }

    /// Where a document spells out no sense, the words before the abbreviation choose it from the
    /// index's pair counts: titles write "Công ty cổ phần" often and "công ty Chính phủ" never, so
    /// "Công ty CP" is no match for `thủ tướng chính phủ`, while "Thủ tướng CP" still is.
    func testTheWordsBeforeAnAbbreviationChooseItsSense() throws {
        let corpus = directory.appendingPathComponent("corpus")
        var files = [
            "define-1.txt": "Công ty cổ phần Sứ Bát Tràng họp\nCông ty cổ phần (CP) Sứ Bát Tràng họp với tiểu thương.\nCuộc họp kéo dài.",
            "define-2.txt": "Công ty cổ phần Dịch vụ lên sàn\nCông ty cổ phần (CP) Dịch vụ Phú Nhuận lên sàn.\nGiá tham chiếu cao.",
            "firm.txt": "Tin doanh nghiệp\nThủ tướng thăm nhà máy của Công ty CP Hòa Bình.\nNhà máy mở rộng.",
            "government.txt": "Tin thời sự\nThủ tướng CP chỉ đạo chống hạn.\nCác tỉnh triển khai ngay.",
        ]
        for index in 1...3 {
            files["listed-\(index).txt"] = "Công ty cổ phần số \(index) lãi lớn\nCông ty cổ phần số \(index) báo lãi quý ba.\nCổ đông vui mừng."
        }
        for (name, text) in files {
            try text.write(to: corpus.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        var options = SearchOptions(limit: 0)
        options.expandAbbreviations = true
        let searcher = Searcher(database: database)
        func found(_ query: String) throws -> Set<String> {
            Set(try searcher.search(query, options: options).hits.map { ($0.path as NSString).lastPathComponent })
        }
        _ = try IndexLifecycle.update(path: database.path, roots: [corpus.path], rebuild: false, warn: { XCTFail($0) })
        XCTAssertEqual(try found("thủ tướng chính phủ"), ["government.txt"])
        XCTAssertTrue(try found("cổ phần").isSuperset(of: ["firm.txt", "define-1.txt", "listed-1.txt"]))
        XCTAssertFalse(try found("cổ phần").contains("government.txt"))
        let usage = try AbbreviationCatalog(database: database).usage(of: [try XCTUnwrap(AbbreviationCatalog(database: database).dictionary().lookup("CP"))])
        XCTAssertEqual(usage.first?.senses.first { $0.expansion == "cổ phần" }?.documents, 3, "define-1, define-2 and firm.txt")
    }

    /// Definitions are counted in Swift: the senses come out as `GROUP BY abbr, expansion
    /// ORDER BY abbr, documents DESC, expansion` gives them, byte-different spellings apart.
    func testLearnedSensesAreOrderedAsTheGroupedQueryOrdersThem() throws {
        let rows: [(String, String)] = [
            ("XA", "b"), ("XA", "a"), ("XA", "c"), ("XA", "c"), ("XB", "hoà"), ("XB", "ho\u{61}\u{300}"), ("XB", "hòa"),
            ("XB", "hòa"), ("Xa", "z"), ("XC", "Một hai"), ("XC", "một, hai"), ("XC", "một hai"), ("XC", "một hai"),
        ]
        try database.pool.write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id")
            for (index, row) in rows.enumerated() {
                try db.execute(sql: "INSERT INTO \(AbbreviationAnnotator.table)(document, abbr, expansion) VALUES (?, ?, ?)",
                               arguments: [ids[index % ids.count], row.0, row.1])
            }
        }
        let reference = try database.pool.read { db -> [Abbreviation] in
            var abbreviations: [Abbreviation] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT abbr, expansion, count(*) AS documents FROM \(AbbreviationAnnotator.table)
                GROUP BY abbr, expansion ORDER BY abbr, documents DESC, expansion
                """) {
                let sense = AbbreviationSense(expansion: row["expansion"], source: .learned, definingDocuments: row["documents"])
                let key = Abbreviation.expansionKey(sense.expansion)
                if let last = abbreviations.indices.last, abbreviations[last].abbr == row["abbr"] {
                    if let same = abbreviations[last].senses.firstIndex(where: { Abbreviation.expansionKey($0.expansion) == key }) {
                        abbreviations[last].senses[same].definingDocuments += sense.definingDocuments
                    } else {
                        abbreviations[last].senses.append(sense)
                    }
                } else {
                    abbreviations.append(Abbreviation(abbr: row["abbr"], senses: [sense]))
                }
            }
            return abbreviations
        }
        let learned = try AbbreviationCatalog(database: database).learned()
        XCTAssertEqual(learned, reference)
        XCTAssertEqual(learned.first { $0.abbr == "XA" }?.senses.map(\.expansion), ["c", "a", "b"])
    }
}
