import TracuuIndex
import XCTest

/// The hash that tells a changed file from an unchanged one.
final class ContentHashTests: XCTestCase {
    private let text = Array("Công đoàn cơ sở đã tổ chức hơn 2.000 buổi tuyên truyền cho người lao động.".utf8)

    func testPiecesHashLikeTheWhole() {
        let whole = ContentHash.of(text)
        XCTAssertEqual(whole.count, 16)
        for cuts in [[1], [7], [8], [9], [3, 5], [1, 1, 1, 13], [16, 17], [text.count - 1]] {
            var hash = ContentHash()
            var start = 0
            for cut in cuts + [text.count] where cut >= start {
                text[start..<cut].withUnsafeBytes { hash.update($0) }
                start = cut
            }
            XCTAssertEqual(hash.hex, whole, "cut at \(cuts)")
        }
        XCTAssertEqual(ContentHash.of(String(decoding: text, as: UTF8.self)), whole)
    }

    func testAnyChangeChangesTheHash() {
        let whole = ContentHash.of(text)
        var seen: Set<String> = [whole]
        for index in text.indices {
            var changed = text
            changed[index] ^= 0x01
            XCTAssertTrue(seen.insert(ContentHash.of(changed)).inserted, "byte \(index)")
        }
        XCTAssertTrue(seen.insert(ContentHash.of(text + [0])).inserted, "a trailing zero byte")
        XCTAssertTrue(seen.insert(ContentHash.of(Array(text.dropLast()))).inserted, "one byte less")
        XCTAssertTrue(seen.insert(ContentHash.of([UInt8]())).inserted, "empty")
        XCTAssertNotEqual(ContentHash.of([0]), ContentHash.of([0, 0]))
    }
}
