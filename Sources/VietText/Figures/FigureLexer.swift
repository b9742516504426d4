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

    /// How much to add to the last UTF-8 byte of an upper-case letter to get its
    /// lower-case form; 0 for anything else. Covers ASCII, Latin-1 and the
    /// Vietnamese letters of Latin Extended-A/B and Extended Additional.
    @inline(__always)
    private static func lowerDelta(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x41...0x5A: return 0x20
        case 0xC0...0xDE where scalar != 0xD7: return 0x20
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9: return scalar & 1 == 0 ? 1 : 0
        case 0x1A0, 0x1AF: return 1
        default: return 0
        }
    }

    /// The length in bytes of the UTF-8 sequence `lead` opens (1 for a stray continuation byte).
    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    @inline(__always)
    private static func decode(_ base: UnsafePointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        let lead = base[index]
        guard length > 1 else { return UInt32(lead) }
        var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(base[index + offset] & 0x3F) }
        return scalar
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
            let length = sequenceLength(lead)
            guard index + length <= end else { break }
            let scalar = decode(base, at: index, length: length)
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

    /// The letter at `index` of a word: its length in bytes and what its last byte adds to
    /// lower-case it (see `lowerDelta`); nil when no letter (of `..<end`) starts there.
    @inline(__always)
    static func letter(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> (length: Int, delta: UInt8)? {
        let lead = base[index]
        if lead < 0x80 {
            guard (lead | 0x20) &- 0x61 < 26 else { return nil }
            return (1, lead < 0x61 ? 0x20 : 0)
        }
        let length = sequenceLength(lead)
        guard index + length <= end else { return nil }
        let scalar = decode(base, at: index, length: length)
        guard classifyWide(scalar) == .letter else { return nil }
        return (length, lowerDelta(scalar))
    }

    @inline(__always)
    static func hashLetter(_ key: inout UInt64, _ base: UnsafePointer<UInt8>, at index: Int, length: Int, delta: UInt8) {
        if length == 1 {
            key = (key ^ UInt64(base[index] &+ delta)) &* prime
            return
        }
        for offset in 0..<length - 1 { key = (key ^ UInt64(base[index + offset])) &* prime }
        key = (key ^ UInt64(base[index + length - 1] &+ delta)) &* prime
    }

    /// The key and end of the word at `start` when it is at most `limit` bytes long; nil for
    /// longer words and when no letter starts there. Reads only `..<end`.
    @inline(__always)
    static func shortWord(_ base: UnsafePointer<UInt8>, at start: Int, end: Int, limit: Int) -> (key: UInt64, end: Int)? {
        var key = offsetBasis
        var index = start
        while index < end, let (length, delta) = letter(base, at: index, end: end) {
            hashLetter(&key, base, at: index, length: length, delta: delta)
            index += length
            if index - start > limit { return nil }
        }
        return index > start ? (key, index) : nil
    }

    /// Whether a lexeme that starts at `index` is attached: some character other than a space
    /// or line break comes right before it.
    static func isAttached(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0 else { return false }
        var lead = index - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80, index - lead < 4 { lead -= 1 }
        let length = sequenceLength(bytes[lead])
        guard lead + length == index, let base = bytes.baseAddress else { return true }
        let kind = classify(decode(base, at: lead, length: length))
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
        while index < end, let (length, delta) = letter(base, at: index, end: end) {
            hashLetter(&key, base, at: index, length: length, delta: delta)
            // Every letter is at least U+0061 unless it is an ASCII capital, so a letter
            // without a lower-case delta is lower case.
            if delta > 0 {
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
