import VietText
import XCTest

/// One-edit candidates of a mistyped diacritic-free word, and the choice among those found.
final class SpellingCandidatesTests: XCTestCase {
    func testTyposAreOneEditAway() {
        XCTAssertTrue(SpellingCandidates.oneEditAway("nhug").contains("nhung"), "a letter left out")
        XCTAssertTrue(SpellingCandidates.oneEditAway("cogn").contains("cong"), "neighbours swapped")
        XCTAssertTrue(SpellingCandidates.oneEditAway("thamm").contains("tham"), "a letter added")
        XCTAssertTrue(SpellingCandidates.oneEditAway("doen").contains("doan"), "a letter changed")
    }

    func testSwapsComeFirst() {
        let candidates = SpellingCandidates.oneEditAway("cogn")
        XCTAssertLessThan(candidates.firstIndex(of: "cong")!, candidates.firstIndex(of: "con")!)
    }

    func testCandidatesAreDistinctAndExcludeTheWord() {
        let candidates = SpellingCandidates.oneEditAway("cong")
        XCTAssertEqual(candidates.count, Set(candidates).count)
        XCTAssertFalse(candidates.contains("cong"))
        XCTAssertTrue(candidates.allSatisfy { abs($0.count - 4) <= 1 })
        XCTAssertFalse(candidates.contains { $0.contains("f") || $0.contains("w") }, "no letter Vietnamese lacks")
    }

    func testShortWordsNumbersAndCodesHaveNoCandidates() {
        for word in ["ca", "2017", "u23", "tp.hcm", "công", "averyveryverylongword"] {
            XCTAssertEqual(SpellingCandidates.oneEditAway(word), [], word)
        }
    }

    func testOneEditApartOnScalars() {
        XCTAssertTrue(SpellingCandidates.isOneEditAway("nhũg", "nhũng"))
        XCTAssertTrue(SpellingCandidates.isOneEditAway("cogn", "cong"))
        XCTAssertTrue(SpellingCandidates.isOneEditAway("đoàn", "đoán"))
        XCTAssertFalse(SpellingCandidates.isOneEditAway("nhũg", "nhung"))
        XCTAssertFalse(SpellingCandidates.isOneEditAway("cong", "cong"))
        XCTAssertFalse(SpellingCandidates.isOneEditAway("cong", "co"))
    }

    func testTheMostFrequentFoundCandidateWins() {
        XCTAssertEqual(SpellingCandidates.best([("nhun", 2), ("nhung", 900), ("nhuog", 0)]), "nhung")
        XCTAssertEqual(SpellingCandidates.best([("cong", 5), ("cone", 5)]), "cong")
        XCTAssertNil(SpellingCandidates.best([("cong", 1)], minimumDocuments: 2))
        XCTAssertNil(SpellingCandidates.best([]))
    }
}
