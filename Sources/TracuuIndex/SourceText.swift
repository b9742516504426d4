import CICU
import Foundation
import VietText

/// Turns a file's bytes into NFC text: UTF-8 (BOM or not), UTF-16 with a BOM;
/// binary files and text that is not valid UTF-8 are refused with the reason.
public enum SourceText {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case binary(String)
        case invalidUTF8(offset: Int)

        public var description: String {
            switch self {
            case .binary(let what): "binary file (\(what)), not text"
            case .invalidUTF8(let offset): "not valid UTF-8 (byte \(offset)) and not a recognized encoding"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(bytes.dropFirst(2), from: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(bytes.dropFirst(2), from: "UTF-16BE") }
        if let kind = binaryKind(bytes) { throw .binary(kind) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(offset: (firstInvalidUTF8Offset(body) ?? 0) + (bytes.count - body.count))
        }
        return ICUNormalizer.nfc(text)
    }

    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46], "PDF"), ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0xFF, 0xD8, 0xFF], "JPEG"),
            ([0x47, 0x49, 0x46, 0x38], "GIF"), ([0x50, 0x4B, 0x03, 0x04], "ZIP"), ([0x1F, 0x8B], "gzip"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite"),
        ]
        for (signature, name) in signatures where bytes.starts(with: signature) { return name }
        if bytes.prefix(8192).contains(0) { return "contains NUL bytes" }
        return nil
    }

    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) throws(Failure) -> String {
        let input = Array(bytes)
        guard !input.isEmpty else { return "" }
        var capacity = input.count * 2 + 16
        var substitutions: Int32 = 0
        var output = [UInt8](repeating: 0, count: capacity)
        var needed: Int32 = 0
        for _ in 0..<2 {
            needed = input.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    source.baseAddress!.withMemoryRebound(to: CChar.self, capacity: input.count) { src in
                        target.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { dst in
                            tracuu_convert_to_utf8(charset, src, Int32(input.count), dst, Int32(capacity), &substitutions)
                        }
                    }
                }
            }
            if needed < 0 { throw .binary("undecodable \(charset)") }
            if Int(needed) <= capacity { break }
            capacity = Int(needed)
            output = [UInt8](repeating: 0, count: capacity)
        }
        let text = String(decoding: output[0..<Int(needed)], as: UTF8.self)
        return ICUNormalizer.nfc(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }
}
