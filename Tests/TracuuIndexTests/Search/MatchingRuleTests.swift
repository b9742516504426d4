@testable import TracuuIndex
import VietText
import XCTest

/// The matching rules users see, each through FTS5 on a temporary index.
final class MatchingRuleTests: IndexedCorpusTestCase {
    override class var documents: [String: String] {
        [
            "cong-doan.txt": "Hội nghị Công đoàn cơ sở",
            "CONG-DOAN.txt": "BÁO CÁO CỦA CÔNG ĐOÀN NGÀNH",
            "cong-doan-nfd.txt": "Đại hội co\u{0302}ng đoa\u{0300}n lần thứ sáu",
            "hoa-old.txt": "Hòa bình cho mọi nhà",
            "hoa-new.txt": "Hoà giải thành",
            "hoa-nfd.txt": "ho\u{0300}a nhập cộng đồng",
            "hoa-acute.txt": "Hóa học hữu cơ",
            "hoa-plain.txt": "Hoa hồng nở rộ",
            "ban-grave.txt": "Cái bàn gỗ",
            "ban-dot.txt": "Người bạn thân",
            "ban-acute.txt": "Bán hàng trực tuyến",
            "doan-grave.txt": "Đoàn thanh niên tình nguyện",
            "doan-plain.txt": "Cô gái đoan trang",
            "thuy-old.txt": "Công trình thủy lợi",
            "thuy-new.txt": "Thuỷ điện nhỏ",
            "ti-y.txt": "Hàng chục tỷ đồng",
            "ki-i.txt": "Kĩ thuật cao",
            "quy-y.txt": "Quý khách hàng",
            "tuy.txt": "Tuy nhiên vẫn chậm",
            "tui.txt": "Cái túi xách",
            "eth.txt": "\u{00D0}ảng viên mới",
            "african-d.txt": "\u{0189}ồng chí bí thư",
            "thousands.txt": "Hơn 2.000 buổi tuyên truyền",
            "plain-number.txt": "Gần 3000 công nhân",
            "decimal.txt": "Tăng trưởng 12,5 phần trăm",
            "hoi.txt": "Hội nghị thường niên",
            "hoi-sweat.txt": "Mùi hôi khó chịu",
        ]
    }

    func testUnaccentedQueryMatchesEveryAccentedForm() {
        assertFinds(corpus, "cong doan", ["cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
        assertFinds(corpus, "CONG DOAN", ["cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
        assertFinds(corpus, "hoa", ["hoa-old.txt", "hoa-new.txt", "hoa-nfd.txt", "hoa-acute.txt", "hoa-plain.txt"])
    }

    func testAccentedQueryMatchesOnlyThatWord() {
        assertFinds(corpus, "hòa", ["hoa-old.txt", "hoa-new.txt", "hoa-nfd.txt"])
        assertFinds(corpus, "hoà", ["hoa-old.txt", "hoa-new.txt", "hoa-nfd.txt"])
        assertFinds(corpus, "HÒA", ["hoa-old.txt", "hoa-new.txt", "hoa-nfd.txt"])
        assertFinds(corpus, "hóa", ["hoa-acute.txt"])
        assertFinds(corpus, "bán", ["ban-acute.txt"])
        assertFinds(corpus, "bàn", ["ban-grave.txt"])
        assertFinds(corpus, "bạn", ["ban-dot.txt"])
        assertFinds(corpus, "ban", ["ban-grave.txt", "ban-dot.txt", "ban-acute.txt"])
    }

    func testDWithStrokeIsADiacritic() {
        assertFinds(corpus, "đoan", ["doan-plain.txt"])
        assertFinds(corpus, "đoàn", ["doan-grave.txt", "cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
        assertFinds(corpus, "doan", ["doan-grave.txt", "doan-plain.txt", "cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
    }

    func testDotBelowOnCircumflexVowelsIsKept() {
        assertFinds(corpus, "hội", ["hoi.txt", "cong-doan.txt", "cong-doan-nfd.txt"])
        assertFinds(corpus, "hôi", ["hoi-sweat.txt"])
    }

    func testNFDQueriesFindNFCDocumentsAndTheReverse() {
        assertFinds(corpus, "co\u{0302}ng đoa\u{0300}n", ["cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
        assertFinds(corpus, "ho\u{0300}a", ["hoa-old.txt", "hoa-new.txt", "hoa-nfd.txt"])
        assertFinds(corpus, "nhập", ["hoa-nfd.txt"])
    }

    func testTonePlacementNeverMatters() {
        assertFinds(corpus, "thủy", ["thuy-old.txt", "thuy-new.txt"])
        assertFinds(corpus, "thuỷ", ["thuy-old.txt", "thuy-new.txt"])
    }

    func testIYSpellingNeverMatters() {
        assertFinds(corpus, "tỉ", ["ti-y.txt"])
        assertFinds(corpus, "tỷ", ["ti-y.txt"])
        assertFinds(corpus, "kỹ", ["ki-i.txt"])
        assertFinds(corpus, "quí", ["quy-y.txt"])
        assertFinds(corpus, "tuy", ["tuy.txt"])
        assertFinds(corpus, "tui", ["tui.txt"])
    }

    func testDLookAlikesMatchD() {
        assertFinds(corpus, "đảng", ["eth.txt"])
        assertFinds(corpus, "dang", ["eth.txt"])
        assertFinds(corpus, "\u{00D0}ảng", ["eth.txt"])
        assertFinds(corpus, "đồng chí", ["african-d.txt"])
        assertFinds(corpus, "\u{0189}oàn", ["doan-grave.txt", "cong-doan.txt", "CONG-DOAN.txt", "cong-doan-nfd.txt"])
    }

    func testThousandsSeparatorsMatchPlainNumbers() {
        assertFinds(corpus, "2000", ["thousands.txt"])
        assertFinds(corpus, "3.000", ["plain-number.txt"])
        assertFinds(corpus, "12,5", ["decimal.txt"])
        assertFinds(corpus, "12", [])
    }

    private static func placesCorpus() throws -> TemporaryCorpus {
        let places = try TemporaryCorpus([
            "tp-da-nang.txt": "Mưa lớn ở TP.Đà Nẵng",
            "quan-1.txt": "Cháy nhà ở Q.1, TP.HCM",
            "hoa-vang.txt": "Lũ về H.Hòa Vang",
            "email.txt": "Liên hệ ban.bandoc@tuoitre.com.vn",
            "tphcm.txt": "Kẹt xe ở TPHCM",
        ])
        try places.index()
        return places
    }

    func testDottedWordsAreWords() throws {
        let corpus = try Self.placesCorpus()
        assertFinds(corpus, "\"Đà Nẵng\"", ["tp-da-nang.txt"])
        assertFinds(corpus, "da nang", ["tp-da-nang.txt"])
        assertFinds(corpus, "HCM", ["quan-1.txt", "tphcm.txt"])
        assertFinds(corpus, "TP.HCM", ["quan-1.txt", "tphcm.txt"])
        assertFinds(corpus, "TPHCM", ["quan-1.txt", "tphcm.txt"])
        assertFinds(corpus, "Hòa Vang", ["hoa-vang.txt"])
        assertFinds(corpus, "tuoitre", [])
        assertFinds(corpus, "ban.bandoc@tuoitre.com.vn", ["email.txt"])
    }

    func testAdministrativePrefixesMatchTheirWords() throws {
        let corpus = try Self.placesCorpus()
        assertFinds(corpus, "\"quận 1\"", ["quan-1.txt"])
        assertFinds(corpus, "quan 1", ["quan-1.txt"])
        assertFinds(corpus, "Q.1", ["quan-1.txt"])
        assertFinds(corpus, "\"huyện Hòa Vang\"", ["hoa-vang.txt"])
    }

    func testExactWordRanksAboveFoldingOnlyMatches() throws {
        let ranking = try TemporaryCorpus([
            "ban-chap-hanh.txt": "Hội nghị\nSáng nay Ban Chấp hành họp phiên thường kỳ, bàn nhiều nội dung quan trọng về công tác tổ chức năm tới.",
            "ban-be.txt": "Bạn bạn bạn\nBạn bè bạn học.",
        ])
        try ranking.index()
        let names = try ranking.names("ban")
        XCTAssertEqual(names, ["ban-chap-hanh.txt", "ban-be.txt"])
        XCTAssertEqual(try ranking.names("bạn"), ["ban-be.txt"])
    }

    /// A page of hits: exact matches fill it first, the total still counts folding-only ones.
    func testExactTierAcrossPageSizes() throws {
        let ranking = try TemporaryCorpus([
            "ban-1.txt": "Tin một\nBan Chấp hành họp.", "ban-2.txt": "Tin hai\nBan Thường vụ họp.",
            "ban-3.txt": "Tin ba\nBan tổ chức họp.", "ban-be.txt": "Tin bốn\nBạn bè gặp nhau.",
            "ban-hang.txt": "Tin năm\nBán hàng trực tuyến.", "ban-go.txt": "Tin sáu\nBàn gỗ Ban mê.",
        ])
        try ranking.index()
        func page(_ query: String, limit: Int) throws -> (names: [String], total: Int) {
            let results = try ranking.search(query, SearchOptions(limit: limit))
            return (results.hits.map { String($0.path.split(separator: "/").last!) }, results.total)
        }
        let exact: Set = ["ban-1.txt", "ban-2.txt", "ban-3.txt", "ban-go.txt"]
        let two = try page("ban", limit: 2)
        XCTAssertEqual(two.total, 6)
        XCTAssertEqual(two.names.count, 2)
        XCTAssertTrue(exact.isSuperset(of: two.names), "\(two.names)")
        let five = try page("ban", limit: 5)
        XCTAssertEqual(five.total, 6)
        XCTAssertEqual(Set(five.names.prefix(4)), exact)
        XCTAssertTrue(["ban-be.txt", "ban-hang.txt"].contains(five.names[4]))
        let all = try page("ban", limit: 0)
        XCTAssertEqual(all.total, 6)
        XCTAssertEqual(Set(all.names.prefix(4)), exact)
        XCTAssertEqual(Set(all.names.suffix(2)), ["ban-be.txt", "ban-hang.txt"])
        let excluded = try page("ban -họp", limit: 1)
        XCTAssertEqual(excluded.names, ["ban-go.txt"])
        XCTAssertEqual(excluded.total, 3)
        XCTAssertEqual(try page("ban -gặp -bàn -hàng", limit: 10).names.count, 3)
    }

    func testAnyWordSearchScoresAdjacentPairs() {
        let plan = PlannedQuery(SearchQuery("người lao động -x có \"quyền\" gì", analyzer: Analyzer()))
        XCTAssertEqual(FTS5QueryCompiler.relaxed(plan)?.text,
                       "(\"người\" OR \"lao\" OR \"động\" OR \"có\" OR \"quyền\" OR \"gì\" OR \"người lao\" OR \"lao động\") NOT (\"x\")")
    }

    /// Words an expansion groups (`người lao động` → `NLĐ`) still score one by one and in pairs,
    /// with their neighbours too, in the any-word search of a question.
    func testAnyWordSearchScoresPairsOfWordsAnExpansionGroups() throws {
        let corpus = try TemporaryCorpus([
            "a.txt": "Quyền của người lao động\nNgười lao động (NLĐ) có quyền nghỉ phép.\nNLĐ được trả lương.",
            "b.txt": "Hợp đồng\nNgười lao động (NLĐ) ký hợp đồng.\nCông ty trả lương cho NLĐ.",
        ])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let plan = try Searcher(database: database).plan("người lao động có quyền")
        XCTAssertEqual(plan.expansions, [AbbreviationExpansion(from: "người lao động", to: "NLĐ")])
        let parts = try XCTUnwrap(FTS5QueryCompiler.relaxed(plan)).text.components(separatedBy: " OR ")
        for part in ["\"người\"", "\"lao\"", "\"động\"", "\"người lao\"", "\"lao động\"", "\"động có\"", "\"có quyền\""] {
            XCTAssertTrue(parts.contains(part), part)
        }
    }

    /// A question falls back to any word when fewer than a page of documents hold every word;
    /// asked for two pages, it decides by one page, as its first page did: 12 of 18 documents
    /// hold "lao động nghỉ phép" whole, a page of 10 is full, so neither page falls back.
    func testAQuestionDecidesItsFallbackByThePageNotTheLimit() throws {
        var documents: [String: String] = [:]
        for number in 0..<12 { documents["whole-\(number).txt"] = "Tin \(number)\nNgười lao động được nghỉ phép năm \(number)." }
        for number in 0..<6 { documents["part-\(number).txt"] = "Bài \(number)\nLịch nghỉ phép của trường \(number)." }
        let corpus = try TemporaryCorpus(documents)
        try corpus.index()
        let question = "lao dong nghi phep"
        let first = try corpus.search(question, SearchOptions(limit: 10))
        var twoPages = SearchOptions(limit: 20)
        twoPages.pageSize = 10
        let both = try corpus.search(question, twoPages)
        XCTAssertFalse(first.relaxed)
        XCTAssertFalse(both.relaxed, "the second page falls back where the first did not")
        XCTAssertEqual(both.total, 12)
        XCTAssertEqual(both.hits.prefix(10).map(\.id), first.hits.map(\.id))
        XCTAssertTrue(try corpus.search(question, SearchOptions(limit: 20)).relaxed, "a list of 20 is one page: 12 hold every word")
    }

    /// A word of a question typed with diacritics no document holds (`truyên` for truyền) is a
    /// slip of the keyboard: the any-word search scores it by its unaccented spelling.
    func testQuestionsScoreAWordNoDocumentHoldsByItsUnaccentedSpelling() throws {
        let ranking = try TemporaryCorpus([
            "propaganda.txt": "Điều 8\nNghiêm cấm tuyên truyền, xuyên tạc trên không gian mạng; cấm truyền bá tin sai sự thật.",
            "history.txt": "Điều 9\nXuyên tạc lịch sử bị xử lý.",
        ])
        try ranking.index()
        let results = try ranking.search("Hành vi truyên truyên, xuyên tạc là gì?", SearchOptions())
        XCTAssertTrue(results.relaxed)
        XCTAssertEqual(results.hits.map { String($0.path.split(separator: "/").last!) }, ["propaganda.txt", "history.txt"])
        let database = try ranking.open()
        defer { try? database.close() }
        let plan = try Searcher(database: database).plan("truyên xuyên tạc")
        XCTAssertEqual(FTS5QueryCompiler.strict(plan, phrases: false)?.text, "\"truyên\" AND \"xuyên\" AND \"tạc\"", "every-word search as typed")
    }

    /// A question no document answers word for word ranks by any word, and the syllables
    /// standing together (lao động, nghỉ phép) outrank the same syllables scattered.
    func testQuestionsRankSyllablesStandingTogetherFirst() throws {
        let ranking = try TemporaryCorpus([
            "together.txt": "Điều 113\nNgười lao động được nghỉ phép năm hưởng nguyên lương.",
            "scattered.txt": "Điều 5\nĐộng cơ của người lao vào việc nghỉ trong năm, phép cũng được hưởng.",
            "every-word.txt": "Điều 9\nKhông phải người động viên lao công nào cũng được nghỉ phép năm.",
        ])
        try ranking.index()
        for question in ["Người lao động được nghỉ phép năm không?", "nguoi lao dong duoc nghi phep nam khong"] {
            let results = try ranking.search(question, SearchOptions())
            XCTAssertEqual(results.everyWordTotal, 1, question)
            XCTAssertTrue(results.relaxed, question)
            XCTAssertEqual(results.hits.first.map { String($0.path.split(separator: "/").last!) }, "together.txt", question)
        }
    }

    /// A question quoting a term asks what it is: it is searched by any word even when documents
    /// hold every word, and the article writing the term's definition ("… là …") ranks first.
    func testAQuestionQuotingATermFindsItsDefinition() throws {
        let ranking = try TemporaryCorpus([
            "definitions.txt": "Điều 3. Giải thích từ ngữ\nCác từ ngữ dưới đây được hiểu như sau: Quan hệ lao động là quan hệ xã hội phát sinh trong việc thuê mướn lao động.",
            "meaning-1.txt": "Điều 40\nÝ nghĩa của việc định kỳ đánh giá quan hệ lao động trong doanh nghiệp.",
            "meaning-2.txt": "Điều 41\nĐịnh hướng và nghĩa vụ của các bên trong quan hệ lao động hài hòa.",
            "other-1.txt": "Điều 42\nNgười lao động có nghĩa vụ thực hiện quy định của hợp đồng.",
            "other-2.txt": "Điều 43\nÝ nghĩa của hợp đồng được xác định bằng văn bản.",
            "other-3.txt": "Điều 44\nTiền lương theo quy định của pháp luật có ý nghĩa.",
            "other-4.txt": "Điều 45\nNghĩa vụ của doanh nghiệp được quy định rõ.",
        ])
        try ranking.index()
        for question in ["Định nghĩa của \"Quan hệ lao động\"?", "Dinh nghia cua \"Quan he lao dong\"?"] {
            let results = try ranking.search(question, SearchOptions(limit: 2))
            XCTAssertEqual(results.everyWordTotal, 2, question)
            XCTAssertTrue(results.relaxed, question)
            XCTAssertEqual(results.hits.first.map { String($0.path.split(separator: "/").last!) }, "definitions.txt", question)
        }
    }

    func testWordsStandingTogetherRankAboveScatteredWords() throws {
        let ranking = try TemporaryCorpus([
            "together.txt": "Tin trong nước\nHội nghị tổng kết hoạt động công đoàn cơ sở năm 2022 được tổ chức tại trụ sở của cơ quan chủ quản ở thủ đô.",
            "scattered.txt": "Tin ngắn\nCông nhân và đoàn viên.",
        ])
        try ranking.index()
        XCTAssertEqual(try ranking.names("cong doan"), ["together.txt", "scattered.txt"])
    }
}
