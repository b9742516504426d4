import VietText
import XCTest

/// Raw Telex and VNI keystrokes read as the syllables they spell.
final class KeystrokeDecoderTests: XCTestCase {
    private func assertReads(_ typed: String, _ syllable: String, _ method: KeystrokeDecoder.Method,
                             file: StaticString = #filePath, line: UInt = #line) {
        let decoded = KeystrokeDecoder.decode(typed)
        XCTAssertEqual(decoded?.syllable, syllable, typed, file: file, line: line)
        XCTAssertEqual(decoded?.method, method, typed, file: file, line: line)
    }

    func testTelex() {
        assertReads("coong", "công", .telex)
        assertReads("ddoanf", "đoàn", .telex)
        assertReads("nguowif", "người", .telex)
        assertReads("dduwowngf", "đường", .telex)
        assertReads("Vieejt", "việt", .telex)
        assertReads("nhuwng", "nhưng", .telex)
        assertReads("nhwng", "nhưng", .telex)
        assertReads("tawng", "tăng", .telex)
        assertReads("hoaf", "hoà", .telex)
        assertReads("muaf", "mùa", .telex)
        assertReads("quar", "quả", .telex)
        assertReads("gias", "giá", .telex)
        assertReads("nguyeenx", "nguyễn", .telex)
        assertReads("khoer", "khoẻ", .telex)
    }

    func testVNI() {
        assertReads("co6ng", "công", .vni)
        assertReads("d9oa2n", "đoàn", .vni)
        assertReads("d9oan2", "đoàn", .vni)
        assertReads("ngu7o7i2", "người", .vni)
        assertReads("nguoi72", "người", .vni)
        assertReads("ta8ng", "tăng", .vni)
        assertReads("vie65t", "việt", .vni)
    }

    func testTheToneLandsWhereTheAnalyzerPutsIt() {
        let analyzer = Analyzer()
        for typed in ["ddoanf", "hoaf", "muaf", "nguowif", "khoer", "quar", "tuyf", "d9oa2n"] {
            let syllable = KeystrokeDecoder.decode(typed)!.syllable
            XCTAssertEqual(analyzer.tokens(in: syllable).map(\.exact), [syllable], typed)
        }
    }

    func testWordsWithoutKeystrokesOrSyllablesReadAsNothing() {
        for word in ["cong", "doan", "tham", "nhung", "hai", "phong", "a", "ddd", "coffee", "facebook", "2017",
                     "u23", "h5n1", "g7", "ss", "ngoo6", "tieeng6", "aaa", "xe", "sang", "ràng", "co6ng-ty", ""] {
            XCTAssertNil(KeystrokeDecoder.decode(word), word)
        }
    }
}
