import VietText
import XCTest

/// Dotted words are words: "TP.Đà Nẵng" gives TP, Đà, Nẵng at their own positions and
/// offsets; numbers and e-mail addresses keep their one word (`DottedWordFilter`).
final class DottedWordTests: XCTestCase {
    func testPartsOfADottedPlaceNameAreWordsAtTheirOwnPositions() {
        assertTokens("TP.Đà Nẵng", [("tp", 0, 2, 0), ("đà", 3, 7, 1), ("nẵng", 8, 14, 2)])
        assertTokens("Tp.HCM, ANTT.VN", [("tp", 0, 2, 0), ("hcm", 3, 6, 1), ("antt", 8, 12, 2), ("vn", 13, 15, 3)])
        assertTokens("N.V.A", [("n", 0, 1, 0), ("v", 2, 3, 1), ("a", 4, 5, 2)])
    }

    func testAPhraseOfTheNameFindsItsDottedSpelling() {
        let analyzer = Analyzer()
        let name = analyzer.tokens(in: "Đà Nẵng").map(\.exact)
        let text = analyzer.tokens(in: "về TP.Đà Nẵng hôm qua").map(\.exact)
        XCTAssertTrue((0...(text.count - name.count)).contains { Array(text[$0..<($0 + name.count)]) == name }, "\(text)")
    }

    func testNumbersAndEmailAddressesKeepTheirReading() {
        assertTokens("2.000 10.10.2020 12,5", [("2000", 0, 5, 0), ("10.10.2020", 6, 16, 1), ("12,5", 17, 21, 2)])
        assertTokens("ban.bandoc@tuoitre.com.vn", [("ban.bandoc@tuoitre.com.vn", 0, 25, 0)])
        assertTokens("02-NQ/TW", [("02", 0, 2, 0), ("nq", 3, 5, 1), ("tw", 6, 8, 2)])
    }

    func testNonLatinTextTakesTheSameFilter() {
        // The CJK character sends the text to ICU's word breaker; the filter applies after it.
        assertTokens("TP.Đà 中", [("tp", 0, 2, 0), ("đà", 3, 7, 1), ("中", 8, 11, 2)])
    }

    func testAdministrativePrefixesAreTheirWords() {
        assertTokens("Q.1, P.Tân Định, H.Hòa Vang", [
            ("quận", 0, 1, 0), ("1", 2, 3, 1), ("phường", 5, 6, 2), ("tân", 7, 11, 3), ("định", 12, 19, 4),
            ("huyện", 21, 22, 5), ("hoà", 23, 27, 6), ("vang", 28, 32, 7),
        ])
        assertForms("Q.Bình", [("quận", "quan"), ("bình", "binh")])
    }

    func testGluedCityPrefixGivesTheWordsOfItsDottedSpelling() {
        assertTokens("TPHCM, TP.HCM", [("tp", 0, 2, 0), ("hcm", 2, 5, 1), ("tp", 7, 9, 2), ("hcm", 10, 13, 3)])
        assertTokens("TPCP TPP TPHCMX", [("tpcp", 0, 4, 0), ("tpp", 5, 8, 1), ("tphcmx", 9, 15, 2)])
    }

    func testInitialsAreNotPrefixes() {
        assertTokens("P.T, Nguyễn Văn H. (30 tuổi), hạng Q, H.W", [
            ("p", 0, 1, 0), ("t", 2, 3, 1), ("nguyễn", 5, 13, 2), ("văn", 14, 18, 3), ("h", 19, 20, 4),
            ("30", 23, 25, 5), ("tuổi", 26, 32, 6), ("hạng", 35, 41, 7), ("q", 42, 43, 8), ("h", 45, 46, 9), ("w", 47, 48, 10),
        ])
        assertTokens("q.1 X.1", [("q", 0, 1, 0), ("1", 2, 3, 1), ("x", 4, 5, 2), ("1", 6, 7, 3)])
    }
}
