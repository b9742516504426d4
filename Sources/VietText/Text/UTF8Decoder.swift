/// Reads Unicode scalars from UTF-8 bytes, for the loops that walk text byte by byte
/// (the analyzer, figures, references, capitals): `Đ` is `C4 90`, the scalar U+0110,
/// two bytes long.
public enum UTF8Decoder {
    /// The length in bytes of the sequence `lead` opens; 1 for ASCII and for a byte that opens none.
    @inlinable @inline(__always)
    public static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `index` and its length in bytes; nil where the bytes are not
    /// well-formed UTF-8 (a stray continuation byte, a sequence cut by `count`).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafePointer<UInt8>, count: Int, at index: Int) -> (scalar: UInt32, length: Int)? {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        // Two and three bytes (Latin letters, the Vietnamese block) are read without a loop.
        switch lead {
        case 0xC2...0xDF:
            guard index + 2 <= count else { return nil }
            let second = UInt32(bytes[index + 1])
            guard second & 0xC0 == 0x80 else { return nil }
            return ((lead & 0x1F) << 6 | (second & 0x3F), 2)
        case 0xE0...0xEF:
            guard index + 3 <= count else { return nil }
            let second = UInt32(bytes[index + 1]), third = UInt32(bytes[index + 2])
            guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
            return ((lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F), 3)
        case 0xF0...0xF4:
            guard index + 4 <= count else { return nil }
            var value = lead & 0x07
            for offset in 1..<4 {
                let continuation = UInt32(bytes[index + offset])
                guard continuation & 0xC0 == 0x80 else { return nil }
                value = value << 6 | (continuation & 0x3F)
            }
            return (value, 4)
        default:
            return nil
        }
    }

    /// The offset where the scalar that ends just before `index` starts (`index - 1` for ASCII).
    @inlinable
    public static func scalarStart(before index: Int, in bytes: UnsafePointer<UInt8>) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return start
    }

    /// Whether `scalar` extends the character before it instead of starting one, as `Character`
    /// groups scalars: a combining mark, a variation selector, a zero-width joiner.
    static func extendsCharacter(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return false }
        if scalar < 0x370 { return true }
        if (0x1E00..<0x1F00).contains(scalar) { return false }
        if scalar == 0x200D || (0xFE00...0xFE0F).contains(scalar) { return true }
        switch Unicode.Scalar(scalar)?.properties.generalCategory {
        case .nonspacingMark?, .spacingMark?, .enclosingMark?: return true
        default: return false
        }
    }

    /// The offset where the character ending just before `index` starts (its first scalar, with the
    /// scalars that extend it after), not before `limit`, a scalar boundary.
    static func characterStart(before index: Int, in bytes: UnsafePointer<UInt8>, count: Int, limit: Int) -> Int {
        guard index > limit else { return index }
        var start = max(scalarStart(before: index, in: bytes), limit)
        while start > limit, bytes[start] >= 0xCC, let (scalar, _) = decode(bytes, count: count, at: start), extendsCharacter(scalar) {
            start = max(scalarStart(before: start, in: bytes), limit)
        }
        return start
    }

    /// Writes `scalar` as UTF-8 at `index` of `buffer` (room for 4 bytes); returns the offset after it.
    @inlinable @inline(__always)
    public static func encode(_ scalar: UInt32, into buffer: UnsafeMutablePointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            buffer[index] = UInt8(scalar)
            return index + 1
        case 0x80..<0x800:
            buffer[index] = UInt8(0xC0 | scalar >> 6)
            buffer[index + 1] = UInt8(0x80 | scalar & 0x3F)
            return index + 2
        case 0x800..<0x10000:
            buffer[index] = UInt8(0xE0 | scalar >> 12)
            buffer[index + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | scalar & 0x3F)
            return index + 3
        default:
            buffer[index] = UInt8(0xF0 | scalar >> 18)
            buffer[index + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            buffer[index + 3] = UInt8(0x80 | scalar & 0x3F)
            return index + 4
        }
    }
}
