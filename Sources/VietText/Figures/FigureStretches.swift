/// The stretches of a text where `FigureReading` may find a figure, found by one cheap
/// pass over the bytes so that most of the text is never lexed.
///
/// Punctuation that a figure's reading never looks past — `.` `!` `?` `;` `(` `)` `"`,
/// a line break, and a comma unless `thành` may follow it (`tỉnh, thành phố`) — cuts
/// the text into clauses. `FigureReading` looks at such a mark from either side but
/// never beyond it, and each of its figures ends before the mark, so reading each clause
/// with the marks around it finds the figures the whole text gives, in the same order.
/// Only clauses that hold a digit, `½` or a word a figure may start with are read:
/// the number words `hai`…`mười`, `nửa`, `một`, `năm`, `hàng`, `cả`, `gần` and `hơn` before a multiplier
/// (`gần trăm mét`, `hơn chục người`), and `một` before a time unit (`khoảng một giờ`).
enum FigureStretches {
    // Each byte is judged by three table lookups, on itself, the byte after it and the byte
    // before it, which do not wait on one another: a byte calls for an action when the
    // three entries share a bit. Bit 7 is for bytes that always call for one (digits, cutting
    // marks, lead bytes of non-letters); bits 0...6 for the first letters of number words,
    // which call for one at a word's start and before a second byte a number word may have.
    // `nửa` is found by its `ử` (E1 BB AD, Ử E1 BB AC): the byte BB after E1 and before AD or
    // AC shares the bit of `n`, and the word is checked from the `n` two bytes back; an `n`
    // before E1 (`nội`, `nếu`, `nền`…) would call for far more checks.
    static let always: UInt8 = 0x80
    private static let initials: [(letter: UInt8, seconds: [UInt8])] = [
        (UInt8(ascii: "h"), [UInt8(ascii: "a"), UInt8(ascii: "A"), 0xC3, 0xC6]),  // hai, hàng, hơn
        (UInt8(ascii: "b"), [UInt8(ascii: "a"), UInt8(ascii: "A"), 0xE1]),  // ba, bốn, bảy, bẩy
        (UInt8(ascii: "s"), [0xC3]),  // sáu
        (UInt8(ascii: "t"), [0xC3]),  // tám
        (UInt8(ascii: "c"), [UInt8(ascii: "h"), UInt8(ascii: "H"), 0xE1]),  // chín, cả
        (UInt8(ascii: "m"), [0xC6, 0xE1]),  // mười, một
        (UInt8(ascii: "n"), [0xC4]),  // năm (nửa: see `halfBit`)
    ]
    /// `gần` (g E1 BA A7) takes the bit of `m`, whose second bytes include its E1.
    private static let sharedInitials: [(letter: UInt8, bitOf: UInt8)] = [(UInt8(ascii: "g"), UInt8(ascii: "m"))]
    /// The bit of `n`, which the middle byte of `ử` in `nửa` calls for too.
    private static let halfBit: UInt8 = 1 << UInt8(initials.firstIndex { $0.letter == UInt8(ascii: "n") }!)
    /// The middle byte of `ử` and `Ử`, and their last bytes.
    private static let halfMiddle: UInt8 = 0xBB
    private static let halfLasts: [UInt8] = [0xAD, 0xAC]
    /// Bytes that cut clauses.
    private static let marks = Array(".,!?;()\"\n".utf8)

    /// The byte's own entry: `always` for digits, marks and the lead bytes (C2, E2, E3, EF)
    /// of every character besides ASCII that is no letter; its bit for a number word's first letter.
    private static let own: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = always }
        for byte in marks { table[Int(byte)] = always }
        for lead in [0xC2, 0xE2, 0xE3, 0xEF] { table[lead] = always }
        for (bit, initial) in initials.enumerated() {
            table[Int(initial.letter)] = 1 << UInt8(bit)
            table[Int(initial.letter - 0x20)] = 1 << UInt8(bit)
        }
        for shared in sharedInitials {
            table[Int(shared.letter)] = table[Int(shared.bitOf)]
            table[Int(shared.letter - 0x20)] = table[Int(shared.bitOf)]
        }
        table[Int(halfMiddle)] = halfBit
        return table
    }()

    /// The next byte's entry: `always`, and the bits of the first letters it may follow.
    private static let following: [UInt8] = {
        var table = [UInt8](repeating: always, count: 256)
        for (bit, initial) in initials.enumerated() {
            for second in initial.seconds { table[Int(second)] |= 1 << UInt8(bit) }
        }
        for last in halfLasts { table[Int(last)] |= halfBit }
        return table
    }()

    /// The previous byte's entry: every bit after a byte that ends no letter (ASCII other than
    /// letters, and the last bytes of `×` and `÷`), so that a letter after it starts a word.
    private static let preceding: [UInt8] = {
        var table = [UInt8](repeating: always, count: 256)
        for byte in 0..<0x80 where (byte | 0x20) < 0x61 || (byte | 0x20) > 0x7A { table[byte] = 0xFF }
        table[0x97] = 0xFF
        table[0xB7] = 0xFF
        table[0xE1] |= halfBit
        return table
    }()

    /// Words that open a figure only before a multiplier: `một trăm`, `năm mươi`, `hàng nghìn`, `gần trăm`.
    private static let beforeMultipliers = FigureWordSet([FigureWords.mot, FigureWords.nam, FigureWords.hang, FigureWords.ca, FigureWords.gan, FigureWords.hon])

    /// Calls `body` with each stretch in text order: its byte range, which starts at the
    /// text's start or a cutting mark and ends after one or at the text's end, and whether
    /// a lexeme touches its start on the left.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Bool) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        var clauses = Clauses(base: base, count: count)
        @inline(__always)
        func visit(_ index: Int, action: UInt8) {
            if let stretch = clauses.act(at: index, action: action) { body(stretch, FigureLexer.isAttached(bytes, at: stretch.lowerBound)) }
        }
        Self.own.withUnsafeBufferPointer { own in
            Self.following.withUnsafeBufferPointer { following in
                Self.preceding.withUnsafeBufferPointer { preceding in
                    let last = count - 1
                    let first = own[Int(base[0])] & following[last > 0 ? Int(base[1]) : 0] & preceding[Int(UInt8(ascii: " "))]
                    if first != 0 { visit(0, action: first) }
                    var index = 1
                    while index < last {
                        let action = own[Int(base[index])] & following[Int(base[index + 1])] & preceding[Int(base[index - 1])]
                        if action != 0 { visit(index, action: action) }
                        index += 1
                    }
                    if last > 0 {
                        let action = own[Int(base[last])] & following[0] & preceding[Int(base[last - 1])]
                        if action != 0 { visit(last, action: action) }
                    }
                }
            }
        }
        if let stretch = clauses.finish() { body(stretch, FigureLexer.isAttached(bytes, at: stretch.lowerBound)) }
    }

    /// The scan's state: the clause being read, whether it may hold a figure, and the stretch
    /// of such clauses not yet handed on.
    private struct Clauses {
        let base: UnsafePointer<UInt8>
        let count: Int
        var clauseStart = 0
        var stretchStart = -1
        var hasCandidate = false
        let numberWords = FigureWords.wordStarts
        let beforeMultipliers = FigureStretches.beforeMultipliers
        let multipliers = FigureWords.multipliers
        let afterOne = FigureStretches.afterOne
        let one = FigureWords.mot

        init(base: UnsafePointer<UInt8>, count: Int) {
            self.base = base
            self.count = count
        }

        /// Acts on the byte at `index`; returns a stretch when one is complete.
        @inline(__always)
        mutating func act(at index: Int, action: UInt8) -> Range<Int>? {
            let byte = base[index]
            if action != FigureStretches.always {
                if byte != FigureStretches.halfMiddle {
                    checkWord(at: index)
                } else if index >= 2, base[index - 2] | 0x20 == UInt8(ascii: "n") {
                    checkWord(at: index - 2)
                }
            } else if byte &- 0x30 < 10 {
                hasCandidate = true
            } else if byte >= 0x80 {
                if byte == 0xC2, index + 1 < count, base[index + 1] == 0xBD { hasCandidate = true }
                // A character that may be no letter: a word may start after it.
                let after = index + (byte >= 0xE0 ? 3 : 2)
                if after < count, (base[after] | 0x20) &- 0x61 < 26 { checkWord(at: after) }
            } else if byte == UInt8(ascii: ".") {
                if !FigureStretches.isInNumber(base, at: index, count: count) { return cut(at: index) }
            } else if byte == UInt8(ascii: ",") {
                if !FigureStretches.isInNumber(base, at: index, count: count),
                   !FigureStretches.mayPrecedeThanh(base, at: index, count: count) { return cut(at: index) }
            } else {
                return cut(at: index)
            }
            return nil
        }

        @inline(__always)
        private mutating func checkWord(at index: Int) {
            if !hasCandidate, FigureStretches.startsCandidate(base, at: index, count: count, numberWords, beforeMultipliers, multipliers, afterOne, one: one) {
                hasCandidate = true
            }
        }

        /// Ends the clause at the mark at `index`; returns the stretch it ends, if any.
        private mutating func cut(at mark: Int) -> Range<Int>? {
            var stretch: Range<Int>?
            if hasCandidate {
                if stretchStart < 0 { stretchStart = clauseStart }
            } else if stretchStart >= 0 {
                stretch = stretchStart..<clauseStart + 1
                stretchStart = -1
            }
            clauseStart = mark
            hasCandidate = false
            return stretch
        }

        /// The last stretch, at the end of the text.
        func finish() -> Range<Int>? {
            if hasCandidate { return (stretchStart < 0 ? clauseStart : stretchStart)..<count }
            return stretchStart >= 0 ? stretchStart..<clauseStart + 1 : nil
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// A `.` or `,` between digits belongs to the number (`2.000`, `1,5`).
    @inline(__always)
    static func isInNumber(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Bool {
        index > 0 && isDigit(base[index - 1]) && index + 1 < count && isDigit(base[index + 1])
    }

    /// Whether the lexeme after the comma at `index` may be `thành`: it starts with `t`,
    /// or after a character this scan does not tell from a space.
    static func mayPrecedeThanh(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Bool {
        var next = index + 1
        while next < count, isSpace(base[next]) { next += 1 }
        guard next < count else { return false }
        let byte = base[next]
        return byte >= 0x80 || byte | 0x20 == UInt8(ascii: "t")
    }

    /// Whether the word at `index` (whose first letter may open a number word) may start a
    /// figure. Over-answering only costs time; the reading decides.
    static func startsCandidate(
        _ base: UnsafePointer<UInt8>, at index: Int, count: Int,
        _ numberWords: FigureWordSet, _ beforeMultipliers: FigureWordSet, _ multipliers: FigureWordSet, _ afterOne: FigureWordSet,
        one: UInt64
    ) -> Bool {
        guard index + 1 < count, mayBeginNumberWord(base[index], base[index + 1], index + 2 < count ? base[index + 2] : 0,
                                                    index + 3 < count ? base[index + 3] : 0),
              let (key, end) = FigureLexer.shortWord(base, at: index, end: count, limit: FigureReading.longestNumberWord)
        else { return false }
        if numberWords.contains(key) { return true }
        guard beforeMultipliers.contains(key) else { return false }
        // The next lexeme must be a multiplier: `năm 2017`, `một số`, `hàng năm` are no figures.
        guard end < count else { return false }
        var next = end
        while next < count, isSpace(base[next]) { next += 1 }
        guard next < count else { return false }
        if base[next] >= 0x80 { return true }
        if next == end { return false }
        guard let (following, _) = FigureLexer.shortWord(base, at: next, end: count, limit: longestMultiplier) else { return false }
        return multipliers.contains(following) || key == one && afterOne.contains(following)
    }

    /// `triệu` and `tiếng` are the longest words after `một` or another number word it looks for, in UTF-8 bytes.
    private static let longestMultiplier = 7

    /// Words after which `một` may open a figure besides multipliers: `một nửa`, `một giờ`.
    private static let afterOne = FigureWordSet([FigureWords.nua, FigureWords.thapWord, FigureWords.theWord] + FigureWords.timeUnitList.map(FigureLexer.hash))

    /// Whether a word starting with these four bytes (0 past the text's end) may be one of
    /// `hai`, `hàng`, `hơn`, `ba`, `bốn`, `bảy`, `bẩy`, `sáu`, `tám`, `chín`, `mười`, `một`, `năm`, `nửa`, `cả`, `gần`, in any case.
    @inline(__always)
    private static func mayBeginNumberWord(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8) -> Bool {
        switch first | 0x20 {
        case UInt8(ascii: "h"):
            return second | 0x20 == UInt8(ascii: "a") && third | 0x20 == UInt8(ascii: "i") || second == 0xC3 && (third == 0xA0 || third == 0x80)
                || second == 0xC6 && (third == 0xA1 || third == 0xA0)
        case UInt8(ascii: "b"):
            // `ba` only when no ASCII letter follows (`ban`, `bao`).
            return second | 0x20 == UInt8(ascii: "a") && (third | 0x20) &- 0x61 >= 26 || second == 0xE1 && (third == 0xBB || third == 0xBA)
        case UInt8(ascii: "s"), UInt8(ascii: "t"):
            return second == 0xC3 && (third == 0xA1 || third == 0x81)
        case UInt8(ascii: "c"):
            return second | 0x20 == UInt8(ascii: "h") && third == 0xC3 || second == 0xE1 && third == 0xBA && (fourth == 0xA3 || fourth == 0xA2)
        case UInt8(ascii: "g"):
            return second == 0xE1 && third == 0xBA && (fourth == 0xA7 || fourth == 0xA6)
        case UInt8(ascii: "m"):
            return second == 0xC6 && (third == 0xB0 || third == 0xAF) || second == 0xE1 && third == 0xBB
        case UInt8(ascii: "n"):
            return second == 0xC4 && (third == 0x83 || third == 0x82) || second == 0xE1 && third == 0xBB && (fourth == 0xAD || fourth == 0xAC)
        default:
            return false
        }
    }
}
