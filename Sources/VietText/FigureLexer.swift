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

    /// How much to add to the last UTF-8 byte of an upper-case letter to get its
    /// lower-case form; 0 for anything else. Covers ASCII, Latin-1 and the
    /// Vietnamese letters of Latin Extended-A/B and Extended Additional.
    private static func lowerDelta(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x41...0x5A: return 0x20
        case 0xC0...0xDE where scalar != 0xD7: return 0x20
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9: return scalar & 1 == 0 ? 1 : 0
        case 0x1A0, 0x1AF: return 1
        default: return 0
        }
    }

    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, into lexemes: inout [Lexeme]) {
        lexemes.removeAll(keepingCapacity: true)
        let count = bytes.count
        var index = 0
        var attached = false
        var word: Lexeme?
        var hasUpper = false, hasLower = false, firstUpper = false
        var number: Lexeme?

        func closeWord() {
            guard var finished = word else { return }
            finished.capitalized = firstUpper && hasLower
            finished.acronym = hasUpper && !hasLower
            lexemes.append(finished)
            word = nil
        }
        func closeNumber() {
            guard let finished = number else { return }
            lexemes.append(finished)
            number = nil
        }

        while index < count {
            let lead = bytes[index]
            var scalar = UInt32(lead)
            var length = 1
            if lead >= 0xF0 {
                length = 4
            } else if lead >= 0xE0 {
                length = 3
            } else if lead >= 0xC0 {
                length = 2
            }
            if length > 1 {
                guard index + length <= count else { break }
                scalar = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
            }
            let kind = classify(scalar)
            if kind == .letter || (kind == .punct && (0x300...0x36F).contains(scalar)) {
                closeNumber()
                if word == nil {
                    word = Lexeme(kind: .word, start: index, end: index, key: offsetBasis, attached: attached, capitalized: false, acronym: false)
                    hasUpper = false
                    hasLower = false
                    attached = true
                }
                let delta = lowerDelta(scalar)
                if delta > 0 {
                    if word!.start == index { firstUpper = true }
                    hasUpper = true
                } else {
                    if word!.start == index { firstUpper = false }
                    if scalar >= 0x61 { hasLower = true }
                }
                var key = word!.key
                for offset in 0..<length {
                    let byte = offset == length - 1 ? bytes[index + offset] &+ delta : bytes[index + offset]
                    key = (key ^ UInt64(byte)) &* prime
                }
                word!.key = key
                word!.end = index + length
            } else if kind == .digit {
                closeWord()
                if number == nil {
                    number = Lexeme(kind: .number, start: index, end: index + 1, key: 0, attached: attached, capitalized: false, acronym: false)
                    attached = true
                } else {
                    number!.end = index + 1
                }
            } else if (lead == 0x2E || lead == 0x2C), number != nil, index + 1 < count, (0x30...0x39).contains(bytes[index + 1]) {
                number!.end = index + 1
            } else {
                closeWord()
                closeNumber()
                switch kind {
                case .space:
                    attached = false
                case .lineBreak:
                    lexemes.append(Lexeme(kind: .lineBreak, start: index, end: index + 1, key: 0x0A, attached: attached, capitalized: false, acronym: false))
                    attached = false
                default:
                    lexemes.append(Lexeme(kind: .punct, start: index, end: index + length, key: UInt64(scalar), attached: attached, capitalized: false, acronym: false))
                    attached = true
                }
            }
            index += length
        }
        closeWord()
        closeNumber()
    }
}
