import VietText
import XCTest
@testable import TracuuIndex

final class DocumentCitationStoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-refs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent("corpus/\(name)"), atomically: false, encoding: .utf8)
    }

    private func index() throws -> IndexDatabase {
        let path = directory.appendingPathComponent("index.sqlite").path
        _ = try IndexLifecycle.update(path: path, roots: [directory.appendingPathComponent("corpus").path], rebuild: false, warn: { XCTFail($0) })
        return try IndexDatabase(path: path)
    }

    private func makeCorpus() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try write("a.txt", "Bài một\nCần cụ thể hóa Nghị quyết số 02/NQ-TW, ngày 12/6/2021 của Bộ Chính trị. Đề án 06 của Chính phủ.\nThân bài.")
        try write("b.txt", "Bài hai\nGắn với Nghị quyết 2 - nq/tw ngày 12/6/2021 và Nghị định 100/2015/ND-CP.\nThân.")
        try write("c.txt", "Bài ba\nKhông có số hiệu nào, chỉ ngày 19/8 và Điều 5.\nThân.")
        try write("nq.txt", """
            BỘ CHÍNH TRỊ
            Số: 02-NQ/TW
            NGHỊ QUYẾT
            Về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới
            Hà Nội, ngày 12 tháng 6 năm 2021
            Nội dung nghị quyết.
            """)
        try write("fm.txt", "---\nkind: Article\nnumber: 100/2015/nd-cp\n---\nMột bài có số ghi ở front matter\nLead.\nThân.")
    }

    func testReferencesAreStoredLinkedAndCascaded() throws {
        try makeCorpus()
        let database = try index()
        let catalog = ReferenceCatalog(database: database)
        let list = try catalog.summaries(order: .id)
        XCTAssertEqual(list.map(\.id), ["02-NQ/TW", "100/2015/NĐ-CP"])
        let resolution = try XCTUnwrap(list.first)
        XCTAssertEqual(resolution.documents, 2, "the resolution's own header is not a citation of itself")
        XCTAssertEqual(resolution.date, "2021-06-12")
        XCTAssertEqual(resolution.type, "NQ")
        XCTAssertEqual(resolution.issuer, "TW")
        XCTAssertNotNil(resolution.citedDocumentID)
        XCTAssertEqual(try catalog.summaries(includeWeak: true).map(\.id).sorted(), ["02-NQ/TW", "100/2015/NĐ-CP", "Đề án 06"])
        XCTAssertEqual(try catalog.summaries(type: "nđ").map(\.id), ["100/2015/NĐ-CP"])
        XCTAssertEqual(try catalog.summaries(issuer: "tw").map(\.id), ["02-NQ/TW"])

        let lookup = try XCTUnwrap(try catalog.lookup("02-nq/tw")?.first)
        XCTAssertEqual(lookup.document?.document.path.hasSuffix("nq.txt"), true)
        XCTAssertEqual(lookup.document?.document.kind, "resolution")
        XCTAssertEqual(lookup.citations.map { ($0.path as NSString).lastPathComponent }.sorted(), ["a.txt", "b.txt"])
        let b = try XCTUnwrap(lookup.citations.first { $0.path.hasSuffix("b.txt") })
        XCTAssertEqual(b.surface, "2 - nq/tw")
        let highlight = try XCTUnwrap(b.context.highlights.first)
        XCTAssertEqual(String(Array(b.context.text)[highlight]), "2 - nq/tw")
        XCTAssertNil(try catalog.lookup("19/8"))

        let frontMatter = try XCTUnwrap(try database.document(pathOrID: directory.appendingPathComponent("corpus/fm.txt").path))
        XCTAssertEqual(frontMatter.document.kind, "article")
        XCTAssertEqual(frontMatter.document.number, "100/2015/NĐ-CP")
        XCTAssertEqual(try catalog.lookup("100/2015/NĐ-CP")?.first?.document?.document.path.hasSuffix("fm.txt"), true)

        try FileManager.default.removeItem(at: directory.appendingPathComponent("corpus/b.txt"))
        try database.close()
        let again = try index()
        XCTAssertEqual(try ReferenceCatalog(database: again).lookup("02/NQ-TW")?.first?.citations.count, 1)
        XCTAssertEqual(try ReferenceCatalog(database: again).summaries().map(\.id), ["02-NQ/TW"])
        try again.close()
    }

    func testTwoDocumentsWithOneNumberAreTwoEntries() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try write("old.txt", "Lịch sử\nNghị quyết số 39-NQ/TW, ngày 20-1-1962 của Bộ Chính trị về việc tăng cường đấu tranh.\nThân.")
        try write("term.txt", "Kiểm tra\nThực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị (khóa XI) gắn với công tác cán bộ.\nThân.")
        try write("new1.txt", "Biên chế\nTheo Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế.\nThân.")
        try write("new2.txt", "Biên chế\nTrong quá trình thực hiện Nghị quyết số 39-NQ/TW, đơn vị được sắp xếp.\nThân.")
        let database = try index()
        let catalog = ReferenceCatalog(database: database)
        let entries = try catalog.summaries(order: .id).filter { $0.id == "39-NQ/TW" }
        XCTAssertEqual(entries.map(\.date), [nil, "1962-01-20"])
        XCTAssertEqual(entries.map(\.term), ["XI", nil])
        XCTAssertEqual(entries.map(\.documents), [3, 1], "the undated mentions join the more recent of two equally cited documents")
        XCTAssertEqual(entries.first?.issuerName, "Bộ Chính trị")
        let lookups = try XCTUnwrap(try catalog.lookup("39/NQ-TW"))
        XCTAssertEqual(lookups.map(\.reference.mentions), [3, 1])
        XCTAssertEqual(Set(lookups[0].citations.map(\.matchedBy)), ["term", "most_recent"])
        XCTAssertEqual(lookups[1].citations.map(\.matchedBy), ["date"])
        try database.close()
    }

    func testDocumentsListHowTheyCiteAndAreCited() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try write("tt.txt", """
            BỘ TÀI CHÍNH
            Số: 27/2026/TT-BTC
            THÔNG TƯ
            Sửa đổi, bổ sung một số điều của Thông tư số 152/2016/TT-BTC ngày 17 tháng 10 năm 2016
            Hà Nội, ngày 27 tháng 3 năm 2026
            Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;
            Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;
            Điều 1. Sửa đổi, bổ sung khoản 1 Điều 4 Thông tư số 152/2016/TT-BTC như sau:
            “1. Theo Nghị định số 60/2021/NĐ-CP.”
            """)
        let database = try index()
        let catalog = ReferenceCatalog(database: database)
        let document = try XCTUnwrap(try database.document(pathOrID: directory.appendingPathComponent("corpus/tt.txt").path))
        let links = try catalog.links(ofDocument: document.id).map { "\($0.target) \($0.relation.rawValue) \($0.scope ?? "-")" }
        XCTAssertEqual(links, ["152/2016/TT-BTC amends khoản 1 Điều 4", "89/2025/QH15 based_on -", "97/2015/QH13 based_on -", "60/2021/NĐ-CP cites -"])
        let amended = try XCTUnwrap(try catalog.lookup("152/2016/TT-BTC")?.first)
        XCTAssertEqual(amended.citations.map(\.relation), [.amends])
        XCTAssertEqual(amended.citations.first?.scope, "khoản 1 Điều 4")
        let cited = try XCTUnwrap(try catalog.lookup("27/2026/TT-BTC")?.first)
        XCTAssertEqual(cited.links.count, 4, "a number the index holds lists what that document itself cites")
        try database.close()
    }

    func testSearchFindsEverySpelling() throws {
        try makeCorpus()
        let database = try index()
        let searcher = Searcher(database: database)
        func paths(_ query: String) throws -> [String] {
            try searcher.search(query, options: SearchOptions(limit: 0)).hits.map { ($0.path as NSString).lastPathComponent }.sorted()
        }
        for query in ["02/NQ-TW", "02-NQ/TW", "2/NQ-TW", "02 - nq/tw", "Nghị quyết 02", "nghi quyet so 2", "02-NQ-TW", "02 NQ/TW", "NQ 02"] {
            XCTAssertEqual(try paths(query), ["a.txt", "b.txt", "nq.txt"], query)
        }
        XCTAssertEqual(try paths("100/2015/NĐ-CP"), ["b.txt"])
        XCTAssertEqual(try paths("Nghị quyết 02 -\"Bộ Chính trị\""), ["b.txt"])
        XCTAssertEqual(try paths("-02/NQ-TW Bài"), ["c.txt", "fm.txt"])
        try database.close()
    }

    func testGazetteDocumentGetsKindNumberDateAndTitle() {
        let text = """
            CÔNG BÁO/Số 255/Ngày 28-04-2026
            45
            BỘ TÀI CHÍNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 19/2026/TT-BTC
            Hà Nội, ngày 10 tháng 3 năm 2026
            THÔNG TƯ
            Bãi bỏ Thông tư số 338/2016/TT-BTC
            CÔNG BÁO/Số 255/Ngày 28-04-2026
            46
            Điều 1. Bãi bỏ
            """
        let document = DocumentParser.parse(text: text, path: "tt.txt").document
        XCTAssertEqual(document.kind, "circular")
        XCTAssertEqual(document.number, "19/2026/TT-BTC")
        XCTAssertEqual(document.date, "2026-03-10")
        XCTAssertEqual(document.title, "Thông tư 19/2026/TT-BTC: Bãi bỏ Thông tư số 338/2016/TT-BTC")
        XCTAssertFalse(document.body.contains("CÔNG BÁO/"))
        XCTAssertFalse(document.body.split(separator: "\n").contains("46"))
        let overridden = DocumentParser.parse(text: "---\nkind: resolution\nnumber: 7\n---\n" + text, path: "tt.txt").document
        XCTAssertEqual(overridden.kind, "resolution")
        XCTAssertEqual(overridden.number, "7")
    }
}
