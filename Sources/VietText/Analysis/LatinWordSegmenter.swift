/// ICU's word boundaries (UAX #29 as ICU implements it), computed directly
/// on UTF-8 for text made only of Latin letters (Vietnamese included), ASCII
/// digits, combining marks and ordinary punctuation — nearly every news
/// article. Any other character makes it give up, and the caller asks ICU;
/// tests check both agree on real corpora.
public struct LatinWordSegmenter {
    private enum Class: UInt8 {
        case letter, digit, midLetter, midNum, midNumLet, extend, other, unknown
    }

    /// Classes of U+0000..U+024F.
    private static let lowTable: [Class] = {
        var table = [Class](repeating: .other, count: 0x250)
        for c in 0..<0x20 { table[c] = .other }
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(c)] = .letter }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(c)] = .letter }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(c)] = .digit }
        table[0x40] = .unknown            // @ (ICU keeps e-mail addresses and @handles whole)
        table[0x2C] = .midNum             // ,
        table[0x3B] = .midNum             // ;
        table[0x2E] = .midNumLet          // .
        table[0x27] = .midNumLet          // ' (Single_Quote, joins like MidNumLet outside Hebrew)
        table[0x5F] = .unknown            // _ ExtendNumLet
        table[0x7F] = .other
        for c in 0x80..<0xA0 { table[c] = .unknown }   // C1 controls, NEL
        table[0xAA] = .letter; table[0xB5] = .letter; table[0xBA] = .letter
        table[0xAD] = .unknown            // soft hyphen (Format)
        table[0xB7] = .midLetter          // ·
        for c in 0xC0..<0x250 where c != 0xD7 && c != 0xF7 { table[c] = .letter }
        return table
    }()

    @inline(__always)
    private static func classify(_ scalar: UInt32) -> Class {
        if scalar < 0x250 { return lowTable[Int(scalar)] }
        switch scalar {
        case 0x0300...0x036F: return .extend
        case 0x1E00...0x1EFF: return .letter
        case 0x2018, 0x2019, 0x2024: return .midNumLet
        case 0x2027: return .midLetter
        case 0x2000...0x200A, 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2028...0x2029, 0x2030...0x203E,
             0x20A0...0x20BF, 0x2190...0x21FF, 0x2212, 0x25A0...0x25FF, 0x3000:
            return .other
        default: return .unknown
        }
    }

    /// The `start, end` byte offsets of each word; false (boundaries undefined) when the
    /// text holds a character it does not know.
    public static func segment(_ text: UnsafePointer<UInt8>, count: Int, into boundaries: inout [Int32]) -> Bool {
        var found: Int?
        boundaries = [Int32](unsafeUninitializedCapacity: maximumBoundaries(count)) { buffer, initialized in
            found = segment(text, count: count, writingTo: buffer.baseAddress!)
            initialized = found ?? 0
        }
        return found != nil
    }

    /// How many offsets `count` bytes can give: words are at least one byte apart.
    public static func maximumBoundaries(_ count: Int) -> Int { count + 2 }

    /// Writes `start, end` byte offsets of each word to `boundaries`, which has room for
    /// `maximumBoundaries(count)`; returns how many it wrote, or nil when the text holds a
    /// character it does not know. Letters of ASCII, Latin-1/Extended-A/B and the Vietnamese
    /// block (`ệ`) inside a word take a short path; everything else the general one.
    public static func segment(_ text: UnsafePointer<UInt8>, count: Int, writingTo boundaries: UnsafeMutablePointer<Int32>) -> Int? {
        // Offsets are written as `Int32`: a longer text is left to the caller.
        guard count <= Int(Int32.max) else { return nil }
        return lowTable.withUnsafeBufferPointer { table in
            let table = table.baseAddress!
            var reader = Reader(text: text, count: count, table: table)
            var written = 0
            var index = 0
            while index < count {
                let lead = text[index]
                let (current, currentLength) = lead < 0x80 ? (table[Int(lead)], 1) : reader.read(index)
                switch current {
                case .unknown:
                    return nil
                case .letter, .digit:
                    let start = index
                    var last = current
                    var end = index + currentLength
                    if end < count, text[end] & 0xFE == 0xCC { end = reader.skipExtend(end) }
                    while end < count {
                        if let (next, length) = quickLetterOrDigit(text, at: end, count: count, table: table) {
                            last = next
                            end += length
                            if end < count, text[end] & 0xFE == 0xCC { end = reader.skipExtend(end) }
                            continue
                        }
                        let (next, length) = text[end] < 0x80 ? (table[Int(text[end])], 1) : reader.read(end)
                        if next == .letter || next == .digit {
                            last = next
                            end = reader.skipExtend(end + length)
                            continue
                        }
                        if next == .unknown { return nil }
                        let joinsLetters = last == .letter && (next == .midLetter || next == .midNumLet)
                        let joinsDigits = last == .digit && (next == .midNum || next == .midNumLet)
                        guard joinsLetters || joinsDigits else { break }
                        let afterMid = reader.skipExtend(end + length)
                        guard afterMid < count else { break }
                        let (following, _) = reader.read(afterMid)
                        if following == .unknown { return nil }
                        guard following == last else { break }
                        end = afterMid
                    }
                    if reader.sawUnknown { return nil }
                    boundaries[written] = Int32(truncatingIfNeeded: start)
                    boundaries[written &+ 1] = Int32(truncatingIfNeeded: end)
                    written &+= 2
                    index = end
                default:
                    index += currentLength
                    if index < count, text[index] & 0xFE == 0xCC { index = reader.skipExtend(index) }
                }
                if reader.sawUnknown { return nil }
            }
            return written
        }
    }

    /// The class and length of a letter or digit at `at` written in ASCII, in U+00C0...U+024F
    /// (two bytes) or in U+1E00...U+1EFF (three bytes: the Vietnamese letters); nil for
    /// anything else, which the general reader then looks at.
    @inline(__always)
    private static func quickLetterOrDigit(_ text: UnsafePointer<UInt8>, at: Int, count: Int, table: UnsafePointer<Class>) -> (Class, Int)? {
        let lead = text[at]
        if lead < 0x80 {
            let kind = table[Int(lead)]
            return kind == .letter || kind == .digit ? (kind, 1) : nil
        }
        if lead &- 0xC3 <= 0xC9 - 0xC3 {
            guard let (scalar, length) = UTF8Decoder.decode(text, count: count, at: at) else { return nil }
            return scalar < 0x250 && table[Int(scalar)] == .letter ? (.letter, length) : nil
        }
        if lead == 0xE1, at + 2 < count {
            let second = text[at + 1]
            guard second &- 0xB8 <= 3, text[at + 2] & 0xC0 == 0x80 else { return nil }
            return (.letter, 3)
        }
        return nil
    }

    private struct Reader {
        let text: UnsafePointer<UInt8>
        let count: Int
        let table: UnsafePointer<Class>
        /// Set when a skipped combining-mark run ran into a character it does not know.
        var sawUnknown = false

        @inline(__always)
        func read(_ at: Int) -> (Class, Int) {
            let lead = text[at]
            if lead < 0x80 { return (table[Int(lead)], 1) }
            guard let (scalar, length) = UTF8Decoder.decode(text, count: count, at: at) else { return (.unknown, 1) }
            return (scalar < 0x250 ? table[Int(scalar)] : LatinWordSegmenter.classify(scalar), length)
        }

        /// The offset after any combining marks at `at`.
        @inline(__always)
        mutating func skipExtend(_ at: Int) -> Int {
            var at = at
            while at < count {
                let lead = text[at]
                guard lead == 0xCC || lead == 0xCD else { return at }
                let (kind, length) = read(at)
                if kind == .unknown { sawUnknown = true; return at }
                guard kind == .extend else { return at }
                at += length
            }
            return at
        }
    }
}
