import XCTest
@testable import VietText

/// The one UTF-8 decoder reads every scalar as Swift writes it and refuses malformed bytes.
final class UTF8DecoderTests: XCTestCase {
    func testEveryScalarDecodesAndEncodesAsSwiftDoes() {
        var buffer = [UInt8](repeating: 0, count: 4)
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let bytes = Array(String(Unicode.Scalar(value)!).utf8)
            let decoded = UTF8Decoder.decode(bytes, count: bytes.count, at: 0)
            XCTAssertEqual(decoded?.scalar, value)
            XCTAssertEqual(decoded?.length, bytes.count)
            XCTAssertEqual(UTF8Decoder.sequenceLength(bytes[0]), bytes.count)
            let written = buffer.withUnsafeMutableBufferPointer { UTF8Decoder.encode(value, into: $0.baseAddress!, at: 0) }
            XCTAssertEqual(Array(buffer[0..<written]), bytes)
            if value % 4093 != 0 { continue }
            let padded = [0x41] + bytes
            XCTAssertEqual(UTF8Decoder.scalarStart(before: padded.count, in: padded), 1)
        }
    }

    func testMalformedBytesAreRefused() {
        let malformed: [[UInt8]] = [[0x80], [0xBF, 0x41], [0xC0, 0x80], [0xC4], [0xE1, 0xBB], [0xE1, 0x41, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]]
        for bytes in malformed {
            XCTAssertNil(UTF8Decoder.decode(bytes, count: bytes.count, at: 0), "\(bytes)")
        }
        let cut: [UInt8] = Array("Đ".utf8)
        XCTAssertNil(UTF8Decoder.decode(cut, count: 1, at: 0), "a sequence cut by count")
    }
}
