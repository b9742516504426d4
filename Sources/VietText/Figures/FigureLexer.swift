/// Splits UTF-8 text into the words, digit runs and punctuation that
/// `FigureExtractor` reads, in one pass over the bytes. Each word carries a hash
/// of its lower-case form (Vietnamese capitals included: `Đề` → `đề`), so word
/// lists are compared without building strings.
enum FigureLexer {
    struct Lexeme {
        enum Kind: UInt8 { case word, number, punct, lineBreak }
        var kind: Kind
        var start: Int
        var end: Int
        /// Words: `FigureLexer.hash` of the lower-case form; punctuation: the code point.
        var key: UInt64
        /// No space between this lexeme and the previous one.
        var attached: Bool
        /// First letter upper case, some letter lower case: "Đề", "Nhâm".
        var capitalized: Bool
        /// Letters all upper case: "CĐ", "LĐLĐ", "USD".
        var acronym: Bool
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of an already lower-case word, for building word lists.
    static func hash(_ word: String) -> UInt64 {
        var value = offsetBasis
        for byte in word.utf8 { value = (value ^ UInt64(byte)) &* prime }
        return value
    }

    private enum Class { case space, lineBreak, digit, letter, punct }

    private static func classify(_ scalar: UInt32) -> Class {
        switch scalar {
        case 0x0A: return .lineBreak
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x3000, 0xFEFF: return .space
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0..<0xC0, 0xD7, 0xF7, 0x2010...0x2BFF, 0x3001...0x303F, 0xFF01...0xFF0F: return .punct
        default: return .letter
        }
    }

    /// `classify` for a code point written in two or more bytes; Vietnamese letters first.
    @inline(__always)
    private static func classifyWide(_ scalar: UInt32) -> Class {
        if scalar >= 0xC0, scalar < 0x2000, scalar != 0xD7, scalar != 0xF7 { return .letter }
        return classify(scalar)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Lexes the whole of `bytes` into `lexemes`.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, into lexemes: inout [Lexeme]) {
        lexemes.removeAll(keepingCapacity: true)
        lex(bytes, from: 0, to: bytes.count, attached: false, appendingTo: &lexemes)
    }

    /// Lexes `bytes[from..<end]` (valid UTF-8) as the whole text would lex it, provided `from` starts a
    /// lexeme and `end` ends one; `attached` tells whether a lexeme touches `from` on its left.
    /// Offsets are into `bytes`.
    static func lex(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, attached: Bool, appendingTo lexemes: inout [Lexeme]
    ) {
        guard let base = bytes.baseAddress else { return }
        var index = from
        var attached = attached
        while index < end {
            let lead = base[index]
            if lead < 0x80 {
                if (lead | 0x20) &- 0x61 < 26 {
                    index = word(base, from: index, to: end, attached: attached, appendingTo: &lexemes)
                    attached = true
                } else if isDigit(lead) {
                    index = number(base, from: index, to: end, attached: attached, appendingTo: &lexemes)
                    attached = true
                } else if lead == 0x20 || lead == 0x09 || lead == 0x0D || lead == 0x0B || lead == 0x0C {
                    attached = false
                    index += 1
                } else if lead == 0x0A {
                    lexemes.append(Lexeme(kind: .lineBreak, start: index, end: index + 1, key: 0x0A, attached: attached, capitalized: false, acronym: false))
                    attached = false
                    index += 1
                } else {
                    lexemes.append(Lexeme(kind: .punct, start: index, end: index + 1, key: UInt64(lead), attached: attached, capitalized: false, acronym: false))
                    attached = true
                    index += 1
                }
                continue
            }
            guard let (scalar, length) = UTF8Decoder.decode(base, count: end, at: index) else { break }
            // Valid UTF-8 writes no digit, line break or ASCII letter in more than one byte.
            switch classifyWide(scalar) {
            case .letter:
                index = word(base, from: index, to: end, attached: attached, appendingTo: &lexemes)
                attached = true
            case .space:
                attached = false
                index += length
            default:
                lexemes.append(Lexeme(kind: .punct, start: index, end: index + length, key: UInt64(scalar), attached: attached, capitalized: false, acronym: false))
                attached = true
                index += length
            }
        }
    }

    /// The letter at `index` of a word: its length in bytes, its lower case (`LetterTable`:
    /// `Ɖ` → `đ`), whether it is a capital, and whether it is written as its lower case;
    /// nil when no letter (of `..<end`) starts there.
    @inline(__always)
    static func letter(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> (length: Int, lower: UInt32, isUpper: Bool, isLower: Bool)? {
        let lead = base[index]
        if lead < 0x80 {
            guard (lead | 0x20) &- 0x61 < 26 else { return nil }
            return (1, UInt32(lead | 0x20), lead < 0x61, lead >= 0x61)
        }
        guard let (scalar, length) = UTF8Decoder.decode(base, count: end, at: index), classifyWide(scalar) == .letter else { return nil }
        let small = LetterTable.smallLetter(scalar) ?? (scalar, false)
        return (length, small.lower, small.isUpper, small.lower == scalar)
    }

    /// Adds the lower case of the letter of `length` bytes at `letter` to `key`; `isLower`: the
    /// letter is written as its lower case, whose bytes are hashed where they stand.
    @inline(__always)
    static func hashLetter(_ key: inout UInt64, _ lower: UInt32, at letter: UnsafePointer<UInt8>, length: Int, isLower: Bool) {
        if isLower {
            key = (key ^ UInt64(letter[0])) &* prime
            for offset in 1..<length { key = (key ^ UInt64(letter[offset])) &* prime }
            return
        }
        hashLetter(&key, lower)
    }

    @inline(__always)
    static func hashLetter(_ key: inout UInt64, _ lower: UInt32) {
        if lower < 0x80 {
            key = (key ^ UInt64(lower)) &* prime
            return
        }
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let count = withUnsafeMutableBytes(of: &bytes) { UTF8Decoder.encode(lower, into: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), at: 0) }
        withUnsafeBytes(of: &bytes) { for offset in 0..<count { key = (key ^ UInt64($0[offset])) &* prime } }
    }

    /// The key and end of the word at `start` when it is at most `limit` bytes long; nil for
    /// longer words and when no letter starts there. Reads only `..<end`.
    @inline(__always)
    static func shortWord(_ base: UnsafePointer<UInt8>, at start: Int, end: Int, limit: Int) -> (key: UInt64, end: Int)? {
        var key = offsetBasis
        var index = start
        while index < end, let (length, lower, _, isLower) = letter(base, at: index, end: end) {
            hashLetter(&key, lower, at: base + index, length: length, isLower: isLower)
            index += length
            if index - start > limit { return nil }
        }
        return index > start ? (key, index) : nil
    }

    /// Whether a lexeme that starts at `index` is attached: some character other than a space
    /// or line break comes right before it.
    static func isAttached(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0, let base = bytes.baseAddress else { return false }
        let lead = UTF8Decoder.scalarStart(before: index, in: base)
        guard let (scalar, length) = UTF8Decoder.decode(base, count: index, at: lead), lead + length == index else { return true }
        let kind = classify(scalar)
        return kind != .space && kind != .lineBreak
    }

    /// Reads the word at `start` (its first letter is known); returns the offset after it.
    @inline(__always)
    private static func word(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, attached: Bool, appendingTo lexemes: inout [Lexeme]
    ) -> Int {
        var key = offsetBasis
        var index = start
        var hasUpper = false, hasLower = false, firstUpper = false
        while index < end, let (length, lower, isUpper, isLower) = letter(base, at: index, end: end) {
            hashLetter(&key, lower, at: base + index, length: length, isLower: isLower)
            if isUpper {
                hasUpper = true
                if index == start { firstUpper = true }
            } else {
                hasLower = true
            }
            index += length
        }
        lexemes.append(Lexeme(
            kind: .word, start: start, end: index, key: key, attached: attached,
            capitalized: firstUpper && hasLower, acronym: hasUpper && !hasLower))
        return index
    }

    /// Reads the digit run at `start` with the `.` and `,` between its digits; returns the offset after it.
    @inline(__always)
    private static func number(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, attached: Bool, appendingTo lexemes: inout [Lexeme]
    ) -> Int {
        var index = start + 1
        while index < end {
            let byte = base[index]
            if isDigit(byte) {
                index += 1
            } else if byte == 0x2E || byte == 0x2C, index + 1 < end, isDigit(base[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        lexemes.append(Lexeme(kind: .number, start: start, end: index, key: 0, attached: attached, capitalized: false, acronym: false))
        return index
    }
}
