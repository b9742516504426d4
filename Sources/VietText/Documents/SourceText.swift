import CICU
import Foundation

/// Turns a file's bytes into NFC text: UTF-8 (BOM or not), UTF-16 with a BOM,
/// and Vietnamese Windows-1258 (recognized by its tone-mark and letter bytes;
/// its combining tone marks are composed by NFC). Binary files and text that
/// is neither are refused with the reason and the offset of the first bad byte.
public enum SourceText {
    /// Why a file is not read as text, in words for the warning line.
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

    /// The file's text in NFC, whichever of the encodings above it is in.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(bytes.dropFirst(2), from: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(bytes.dropFirst(2), from: "UTF-16BE") }
        if let charset = utf16WithoutBOM(bytes) { return try convert(bytes[...], from: charset) }
        if let kind = binaryKind(bytes) { throw .binary(kind) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(body) ?? 0
            if offset >= body.count - 3, String(validating: body.prefix(offset), as: UTF8.self) != nil {
                return ICUNormalizer.nfc(String(decoding: body.prefix(offset), as: UTF8.self))  // a character cut at the end
            }
            if looksLikeWindows1258(body) { return try convert(body, from: "windows-1258") }
            throw .invalidUTF8(offset: offset + (bytes.count - body.count))
        }
        return ICUNormalizer.nfc(text)
    }

    /// Bytes of Windows-1258 that Vietnamese text uses all the time: the five combining
    /// tone marks and ă â đ ê ô ơ ư in both cases.
    private static let windows1258Vietnamese: Set<UInt8> = [
        0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xE3, 0xC3, 0xE2, 0xC2, 0xF0, 0xD0, 0xEA, 0xCA, 0xF4, 0xD4, 0xF5, 0xD5, 0xFD, 0xDD,
    ]

    /// Most high bytes are Vietnamese letters or tone marks of Windows-1258.
    static func looksLikeWindows1258(_ bytes: ArraySlice<UInt8>) -> Bool {
        var high = 0
        var vietnamese = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            if windows1258Vietnamese.contains(byte) { vietnamese += 1 }
        }
        return high >= 3 && vietnamese * 10 >= high * 7
    }

    /// "UTF-16LE" or "UTF-16BE" for text saved as UTF-16 without a byte order mark (Windows
    /// "Unicode" text): in the first 8 KB, NUL bytes fill a third or more of one byte of each
    /// pair (the high bytes of ASCII letters and spaces) and almost none of the other.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count, 8192) / 2
        guard pairs >= 8 else { return nil }
        // Text without a NUL byte (nearly every file) has no UTF-16 look.
        guard bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, 2 * pairs) != nil }) else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNULs += 1 }
            if bytes[2 * pair + 1] == 0 { oddNULs += 1 }
        }
        if oddNULs * 3 >= pairs, evenNULs * 50 <= pairs { return "UTF-16LE" }
        if evenNULs * 3 >= pairs, oddNULs * 50 <= pairs { return "UTF-16BE" }
        return nil
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x25, 0x50, 0x44, 0x46], "PDF"), ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0x47, 0x49, 0x46, 0x38], "GIF"), ([0x50, 0x4B, 0x03, 0x04], "ZIP"), ([0x1F, 0x8B], "gzip"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite"),
    ]

    /// `PDF`, `ZIP`, `PNG`... for a known signature, `contains NUL bytes` for other binary data, nil for text.
    public static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (signature, name) in signatures where bytes.starts(with: signature) { return name }
        let hasNUL = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0, min(raw.count, 8192)) != nil
        }
        return hasNUL ? "contains NUL bytes" : nil
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
