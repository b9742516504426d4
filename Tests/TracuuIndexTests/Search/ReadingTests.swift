import GRDB
import XCTest
@testable import TracuuIndex

/// An unaccented query is read as the indexed titles and leads most often write its words
/// together: the documents holding that reading rank first, every other match follows.
final class ReadingTests: XCTestCase {
    static let files = [
        "corruption-1.txt": "Phòng chống tham nhũng\nCông tác phòng chống tham nhũng được đẩy mạnh.\nNhiều vụ án được đưa ra xét xử.",
        "corruption-2.txt": "Xử lý tham nhũng\nTỉnh xử lý nghiêm các vụ tham nhũng trong năm.\nKết quả được công bố.",
        "singer.txt": "Ca sĩ Phi Nhung tham gia chương trình\nCa sĩ Phi Nhung tham gia chương trình ca nhạc.\nKhán giả rất đông.",
        "port-1.txt": "Hải Phòng mở rộng cảng\nThành phố Hải Phòng mở rộng cảng biển.\nHai bên ký kết thỏa thuận.",
        "port-2.txt": "Du lịch Hải Phòng\nHải Phòng đón nhiều khách trong dịp lễ.\nCác khách sạn kín phòng.",
        "school.txt": "Hai phòng học mới\nTrường xây thêm hai phòng học.\nHọc sinh vui mừng.",
        "police-1.txt": "Công an tỉnh ra quân\nCông an tỉnh ra quân trấn áp tội phạm.\nNhiều đối tượng bị bắt.",
        "police-2.txt": "Công an xã tuần tra\nCông an xã tuần tra ban đêm.\nTrật tự được giữ vững.",
        "drain.txt": "Cống an toàn cho dân\nXã xây thêm cống mới, an toàn hơn.\nNgười dân phấn khởi.",
    ]

    private func names(_ results: SearchResults) -> [String] {
        results.hits.map { ($0.path as NSString).lastPathComponent }
    }

    func testUnaccentedWordsAreReadAsTheCorpusWritesThemTogether() throws {
        let corpus = try TemporaryCorpus(Self.files)
        try corpus.index()

        let corruption = try corpus.search("tham nhung")
        XCTAssertEqual(corruption.reading, "tham nhũng")
        XCTAssertEqual(Set(names(corruption).prefix(2)), ["corruption-1.txt", "corruption-2.txt"])
        XCTAssertEqual(names(corruption).last, "singer.txt", "the other readings still match")
        XCTAssertEqual(corruption.total, 3)
        XCTAssertEqual(try corpus.search("tham nhung", countOnly: true).total, 3)

        let port = try corpus.search("hai phong")
        XCTAssertEqual(port.reading, "hải phòng")
        XCTAssertEqual(Set(names(port).prefix(2)), ["port-1.txt", "port-2.txt"])
        XCTAssertTrue(names(port).contains("school.txt"))
        XCTAssertEqual(try corpus.search("hai phong", SearchOptions(limit: 1)).total, port.total)

        // Words an abbreviation's sense spans (`cong an` → `CA`) are read too.
        let police = try corpus.search("cong an")
        XCTAssertEqual(police.expansions, [AbbreviationExpansion(from: "cong an", to: "CA")])
        XCTAssertEqual(police.reading, "công an")
        XCTAssertEqual(Set(names(police).prefix(2)), ["police-1.txt", "police-2.txt"])
        XCTAssertTrue(names(police).contains("drain.txt"))
    }

    func testDiacriticsQuotesAndSingleWordsKeepTheQueryAsTyped() throws {
        let corpus = try TemporaryCorpus(Self.files)
        try corpus.index()
        for query in ["tham nhũng", "\"tham nhung\"", "tham", "hai phòng", "zzz qqq"] {
            XCTAssertNil(try corpus.search(query).reading, query)
        }
        // Typed as written by the singer's articles: the exact forms lead, as before.
        XCTAssertEqual(names(try corpus.search("\"phi nhung\"")), ["singer.txt"])
    }

    /// An abbreviation of words inside a longer query applies only where the reading keeps
    /// its words together: `can bo cong an` is cán bộ công an, not cán + Bộ Công an (BCA).
    func testAnAbbreviationThatSplitsTheReadingIsNotApplied() throws {
        let corpus = try TemporaryCorpus([
            "ministry.txt": "Bộ Công an chỉ đạo\nBộ Công an chỉ đạo các địa phương.\nCác tỉnh triển khai ngay.",
            "ministry-letters.txt": "BCA họp báo\nBCA thông tin về vụ việc.\nPhóng viên đặt câu hỏi.",
            "officer.txt": "Cán bộ công an tận tụy\nCán bộ công an xã giúp dân.\nNgười dân cảm ơn.",
            "commune.txt": "Cán bộ xã được khen\nCán bộ xã làm việc tận tình.\nXã được biểu dương.",
            "health.txt": "Cán bộ y tế khám bệnh\nCán bộ y tế tỉnh khám bệnh miễn phí.\nNhiều người đến khám.",
        ])
        try corpus.index()
        let officers = try corpus.search("can bo cong an")
        XCTAssertEqual(officers.expansions, [])
        XCTAssertEqual(officers.reading, "cán bộ công an")
        XCTAssertEqual(names(officers).first, "officer.txt")
        XCTAssertFalse(names(officers).contains("ministry-letters.txt"))
        let ministry = try corpus.search("bo cong an")
        XCTAssertEqual(ministry.expansions, [AbbreviationExpansion(from: "bo cong an", to: "BCA")])
        XCTAssertTrue(names(ministry).contains("ministry-letters.txt"))
    }

    /// Words written without diacritics count as a pair too: `ket luan thanh tra` is kết luận
    /// thanh tra, the pair the texts write most, not the rarer thanh trà.
    static let inspection = [
        "inspection-1.txt": "Kết luận thanh tra đất đai\nKết luận thanh tra việc giao đất ở huyện.\nNhiều sai phạm được chỉ ra.",
        "inspection-2.txt": "Công bố kết luận thanh tra\nThanh tra tỉnh công bố kết luận thanh tra.\nCác sở phải khắc phục.",
        "garden.txt": "Vườn thanh trà trĩu quả\nVườn thanh trà của nông dân trĩu quả, kết luận của kỹ sư là tốt.\nGiá bán cao.",
    ]

    func testPairsOfUnaccentedWordsCountForTheReading() throws {
        let corpus = try TemporaryCorpus(Self.inspection)
        try corpus.index()
        let inspection = try corpus.search("ket luan thanh tra")
        XCTAssertEqual(inspection.reading, "kết luận thanh tra")
        XCTAssertEqual(Set(names(inspection).prefix(2)), ["inspection-1.txt", "inspection-2.txt"])
        XCTAssertEqual(names(inspection).last, "garden.txt", "the other readings still match")
        XCTAssertNil(try corpus.search("thanh tra").reading, "read as typed")
    }

    /// Words the titles and leads write two ways, the second at least a third as often as the
    /// first, are read the commoner way, and the other is offered: `hai quan` → hải quân, also
    /// hải quan. A rival written less often than that is not (`tham nhung`).
    func testAReadingWrittenAlmostAsOftenIsOffered() throws {
        let corpus = try TemporaryCorpus(Self.files.merging([
            "navy-1.txt": "Hải quân diễn tập\nHải quân tổ chức diễn tập trên biển.\nTàu chiến tham gia.",
            "navy-2.txt": "Ngày truyền thống hải quân\nLễ kỷ niệm ngày thành lập hải quân.\nNhiều cựu chiến binh dự.",
            "customs-1.txt": "Hải quan phát hiện hàng lậu\nHải quan cửa khẩu phát hiện lô hàng lậu.\nHàng bị tạm giữ.",
            "singer-2.txt": "Phi Nhung hát\nCa sĩ thăm nhưng không hát.\nKhán giả chờ.",
        ]) { $1 })
        try corpus.index()
        let navy = try corpus.search("hai quan")
        XCTAssertEqual(navy.reading, "hải quân")
        XCTAssertEqual(navy.otherReading, "hải quan")
        XCTAssertEqual(Set(names(navy).prefix(2)), ["navy-1.txt", "navy-2.txt"])
        XCTAssertTrue(names(navy).contains("customs-1.txt"))
        XCTAssertEqual(try corpus.search("tham nhung").reading, "tham nhũng")
        XCTAssertNil(try corpus.search("tham nhung").otherReading, "thăm nhưng is written once, too rarely")
        XCTAssertNil(try corpus.search("hải quan").otherReading, "typed with diacritics: no reading")
        XCTAssertNil(try corpus.search("hai quan tap tran").otherReading, "no title or lead writes hải quan tập")
    }

    /// Three words written together outweigh a pair written more often elsewhere: "tông liên"
    /// (xe tông liên hoàn) is written more than "tổng liên", but only "tổng liên đoàn" is written,
    /// so `tong lien doan lao dong` reads Tổng Liên đoàn, and the pair alone still reads tông liên.
    func testTriplesOfWordsOutweighAPairWrittenElsewhere() throws {
        let corpus = try TemporaryCorpus([
            "crash-1.txt": "Xe tải tông liên hoàn\nXe tải tông liên hoàn trên quốc lộ, ba xe tông liên tiếp.\nKhông ai bị thương.",
            "crash-2.txt": "Tai nạn xe tông liên hoàn\nChiếc xe khách tông liên hoàn vào bốn ô tô.\nGiao thông ùn tắc.",
            "union-1.txt": "Tổng Liên đoàn Lao động Việt Nam họp\nĐoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam họp phiên thường kỳ.\nNhiều nội dung được bàn.",
            "union-2.txt": "Liên đoàn Lao động tỉnh tổng kết\nLiên đoàn Lao động tỉnh tổng kết năm, Tổng Liên đoàn Lao động Việt Nam khen thưởng.\nĐoàn viên phấn khởi.",
        ])
        try corpus.index()
        let union = try corpus.search("tong lien doan lao dong")
        XCTAssertEqual(union.reading, "tổng liên đoàn lao động")
        XCTAssertNil(union.otherReading, "no title or lead writes tông liên đoàn")
        XCTAssertEqual(Set(names(union).prefix(2)), ["union-1.txt", "union-2.txt"])
        XCTAssertEqual(try corpus.search("tong lien").reading, "tông liên", "the pair alone is read as written most")
    }

    /// Two words typed alone that the titles and leads write seldom, and mostly inside one longer
    /// phrase, are read in the whole documents, where such a phrase counts once: the titles and
    /// leads write "báo lũ", always in "cảnh báo lũ", the bodies "bão lũ", so `bao lu` reads bão
    /// lũ; `canh bao lu`, which types the longer phrase, keeps it.
    func testWholeDocumentsReadAPairTheTitlesWriteSeldom() throws {
        let corpus = try TemporaryCorpus([
            "warning-1.txt": "Cảnh báo lũ quét ở miền núi\nTrung tâm khí tượng cảnh báo lũ quét tại các tỉnh.\nNgười dân cần đề phòng.",
            "warning-2.txt": "Cảnh báo lũ trên sông Hồng\nCơ quan khí tượng cảnh báo lũ lên nhanh.\nCác xã sẵn sàng sơ tán.",
            "storm-1.txt": "Miền Trung khắc phục hậu quả\nCác tỉnh miền Trung khắc phục thiệt hại.\nBão lũ làm hư hỏng nhiều nhà. Sau bão lũ, người dân dọn dẹp.",
            "storm-2.txt": "Hỗ trợ người dân vùng khó khăn\nNhiều đoàn đến hỗ trợ người dân.\nBão lũ gây thiệt hại lớn cho mùa màng.",
        ])
        try corpus.index()
        let storm = try corpus.search("bao lu")
        XCTAssertEqual(storm.reading, "bão lũ")
        XCTAssertEqual(Set(names(storm).prefix(2)), ["storm-1.txt", "storm-2.txt"])
        XCTAssertEqual(storm.total, 4, "the other readings still match")
        XCTAssertEqual(try corpus.search("canh bao lu").reading, "cảnh báo lũ")
    }

    /// The counts come from the documents a run indexes and grow with later runs.
    func testPairsCountedByAnUpdateReadTheNextSearch() throws {
        let corpus = try TemporaryCorpus(["singer.txt": Self.files["singer.txt"]!])
        try corpus.index()
        XCTAssertNil(try corpus.search("tham nhung").reading)
        try corpus.write("corruption-1.txt", Self.files["corruption-1.txt"]!)
        try corpus.index()
        XCTAssertEqual(try corpus.search("tham nhung").reading, "tham nhũng")
        XCTAssertEqual(names(try corpus.search("tham nhung")), ["corruption-1.txt", "singer.txt"])
    }

    /// The pairs of a removed or changed document are taken off: the reading follows the corpus.
    func testPairsFollowRemovedAndChangedDocuments() throws {
        let corpus = try TemporaryCorpus(Self.files)
        try corpus.index()
        XCTAssertEqual(try corpus.search("tham nhung").reading, "tham nhũng")
        try corpus.remove("corruption-1.txt")
        try corpus.write("corruption-2.txt", "Xử lý vụ án\nTỉnh xử lý nghiêm các vụ án trong năm.\nKết quả được công bố.")
        try corpus.index()
        XCTAssertNil(try corpus.search("tham nhung").reading, "no title or lead writes tham nhũng any more")
        try corpus.write("corruption-2.txt", Self.files["corruption-2.txt"]!)
        try corpus.write("corruption-3.txt", Self.files["corruption-1.txt"]!)
        try corpus.index()
        XCTAssertEqual(try corpus.search("tham nhung").reading, "tham nhũng")
        let port = try corpus.search("hai phong")
        XCTAssertEqual(port.reading, "hải phòng", "unchanged documents keep their pairs")
        try corpus.index()
        XCTAssertEqual(try corpus.search("hai phong").reading, "hải phòng")
    }

    /// A pair longer than the 24 bytes a pair key holds in itself (`internationalization
    /// workshops`, 31) is counted apart from one sharing those bytes, and taken off as a short one is.
    func testLongPairsAreCountedAndTakenOffLikeShortOnes() throws {
        let text = "Chương trình internationalization workshops\nChương trình internationalization workshops mở rộng.\nNhiều người tham gia."
        let corpus = try TemporaryCorpus(["a.txt": text, "b.txt": text, "c.txt": "Chương trình mới\nChương trình mới internationalization workshopz.\nKết thúc."])
        try corpus.index()
        func count(_ exact: String) throws -> Int? {
            let queue = try DatabaseQueue(path: corpus.indexPath)
            defer { try? queue.close() }
            return try queue.read { try Int.fetchOne($0, sql: "SELECT count FROM syllable_pairs WHERE exact = ?", arguments: [exact]) }
        }
        XCTAssertEqual(try count("internationalization workshops"), 4, "two titles and two leads, not the pair of the same first 24 bytes")
        XCTAssertEqual(try count("trình internationalization"), 4)
        XCTAssertEqual(try count("chương trình"), 6)
        try corpus.remove("b.txt")
        try corpus.index()
        XCTAssertEqual(try count("internationalization workshops"), 2)
        XCTAssertEqual(try count("chương trình"), 4)
    }
}
