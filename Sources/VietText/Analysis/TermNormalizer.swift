import CICU

/// Turns one word's UTF-8 bytes into its two index forms, in reused buffers:
/// the exact form (NFC, case-folded, one tone placement, i for y after a bare
/// onset, `2.000` → `2000`) and the folded form (no diacritics, đ → d).
///
/// `Hòa` and `hoà` → exact `hoà`, folded `hoa`; `tỷ` → `tỉ`, `ti`;
/// `ĐOÀN` → `đoàn`, `doan`; `2.000` → `2000`.
final class TermNormalizer {
    @exclusivity(unchecked) private var capacity = 0
    @exclusivity(unchecked) private var lowers: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var bases: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var tones: UnsafeMutablePointer<UInt8>
    /// Exact form bytes.
    @exclusivity(unchecked) private(set) var exact: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var exactCount = 0
    /// Folded form bytes from index 1 (index 0 held the folded-term marker of index layouts before 6; unused now).
    @exclusivity(unchecked) private(set) var folded: UnsafeMutablePointer<UInt8>
    /// 0 when the folded form equals the exact form.
    @exclusivity(unchecked) private(set) var foldedCount = 0

    @exclusivity(unchecked) private var table = LetterTable()
    private let composed: [UInt32]

    init() {
        lowers = .allocate(capacity: 1)
        bases = .allocate(capacity: 1)
        tones = .allocate(capacity: 1)
        exact = .allocate(capacity: 1)
        folded = .allocate(capacity: 1)
        composed = Self.composedVowels
        reserve(64)
    }

    deinit {
        lowers.deallocate(); bases.deallocate(); tones.deallocate()
        exact.deallocate(); folded.deallocate()
    }

    private func reserve(_ letters: Int) {
        guard letters > capacity else { return }
        let newCapacity = max(letters, capacity * 2)
        lowers.deallocate(); bases.deallocate(); tones.deallocate()
        exact.deallocate(); folded.deallocate()
        lowers = .allocate(capacity: newCapacity)
        bases = .allocate(capacity: newCapacity)
        tones = .allocate(capacity: newCapacity)
        exact = .allocate(capacity: newCapacity * 8 + 1)
        folded = .allocate(capacity: newCapacity * 4 + 1)
        capacity = newCapacity
    }

    /// Normalizes `count` bytes at `bytes`; results are in `exact` and `folded`.
    func normalize(_ bytes: UnsafePointer<UInt8>, count: Int) {
        reserve(count)
        var ascii = true
        for index in 0..<count where bytes[index] >= 0x80 { ascii = false; break }
        if ascii {
            normalizeASCII(bytes, count: count)
        } else {
            normalizeUnicode(bytes, count: count)
        }
    }

    // MARK: ASCII fast path

    private func normalizeASCII(_ bytes: UnsafePointer<UInt8>, count: Int) {
        var hasDigit = false
        for index in 0..<count {
            var byte = bytes[index]
            if byte &- 0x41 < 26 { byte |= 0x20 }
            if byte &- 0x30 < 10 { hasDigit = true }
            exact[index] = byte
        }
        exactCount = count
        foldedCount = 0
        if hasDigit {
            exactCount = Self.dropThousandsSeparators(exact, count: count)
        } else if count >= 2, exact[count - 1] == 0x79 /* y */, Self.isBareOnset(exact, count: count - 1) {
            exact[count - 1] = 0x69 /* i */
        }
    }

    /// `2.000.000` → `2000000` and `1.234,5` → `1234,5`; anything else is left alone.
    static func dropThousandsSeparators(_ text: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var index = 0
        var groupLength = 0
        var sawSeparator = false
        while index < count, text[index] != 0x2C /* , */ {
            let byte = text[index]
            if byte == 0x2E /* . */ {
                if groupLength == 0 || (sawSeparator && groupLength != 3) || (!sawSeparator && groupLength > 3) { return count }
                sawSeparator = true
                groupLength = 0
            } else if byte &- 0x30 < 10 {
                groupLength += 1
            } else {
                return count
            }
            index += 1
        }
        guard sawSeparator, groupLength == 3 else { return count }
        if index < count {
            guard index + 1 < count else { return count }
            for rest in (index + 1)..<count where text[rest] &- 0x30 >= 10 { return count }
        }
        var write = 0
        for read in 0..<count where text[read] != 0x2E {
            text[write] = text[read]
            write += 1
        }
        return write
    }

    /// Whether the ASCII letters form a Vietnamese onset that a lone `y` may follow (t, th, ngh, qu...).
    private static func isBareOnset(_ text: UnsafePointer<UInt8>, count: Int) -> Bool {
        switch count {
        case 1:
            switch text[0] {
            case 0x62, 0x63, 0x64, 0x67, 0x68, 0x6B, 0x6C, 0x6D, 0x6E, 0x70, 0x72, 0x73, 0x74, 0x76, 0x78: return true
            default: return false
            }
        case 2:
            let pair = UInt16(text[0]) << 8 | UInt16(text[1])
            switch pair {
            case 0x6368 /* ch */, 0x6768 /* gh */, 0x6B68 /* kh */, 0x6E67 /* ng */, 0x6E68 /* nh */,
                 0x7068 /* ph */, 0x7468 /* th */, 0x7472 /* tr */, 0x7175 /* qu */: return true
            default: return false
            }
        case 3:
            return text[0] == 0x6E && text[1] == 0x67 && text[2] == 0x68
        default:
            return false
        }
    }

    // MARK: Unicode path

    private func normalizeUnicode(_ bytes: UnsafePointer<UInt8>, count: Int) {
        var letterCount = 0
        if !decodeWithTable(bytes, count: count, letterCount: &letterCount) {
            let normalized = ICUNormalizer.normalize(UnsafeRawBufferPointer(start: bytes, count: count), foldCase: true)
            letterCount = decodeNormalized(normalized)
        }
        var toneCount = 0
        for index in 0..<letterCount where tones[index] != 0 { toneCount += 1 }
        placeCanonically(letterCount: letterCount, toneCount: toneCount)
        writeForms(letterCount: letterCount)
    }

    /// Decodes with the letter table alone; false when some character needs ICU.
    private func decodeWithTable(_ bytes: UnsafePointer<UInt8>, count: Int, letterCount: inout Int) -> Bool {
        var index = 0
        var letters = 0
        while index < count {
            guard let (scalar, length) = UTF8Decoder.decode(bytes, count: count, at: index) else { return false }
            index += length
            if scalar < 0x80 {
                let lower = scalar &- 0x41 < 26 ? scalar | 0x20 : scalar
                lowers[letters] = lower; bases[letters] = lower; tones[letters] = 0
            } else if scalar < LetterTable.limit, let entry = table.entry(scalar), !entry.needsICU {
                lowers[letters] = entry.lower; bases[letters] = entry.base; tones[letters] = UInt8(entry.tone)
            } else {
                return false
            }
            letters += 1
        }
        letterCount = letters
        return true
    }

    private func decodeNormalized(_ text: String) -> Int {
        var letters = 0
        let scalars = text.unicodeScalars
        reserve(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                lowers[letters] = value; bases[letters] = value; tones[letters] = 0
            } else if value < LetterTable.limit, let entry = table.entry(value) {
                let isMark = entry.needsICU && tracuu_combining_class(Int32(value)) != 0
                lowers[letters] = entry.lower
                bases[letters] = isMark ? 0 : entry.base
                tones[letters] = UInt8(entry.tone)
            } else {
                lowers[letters] = value; bases[letters] = value; tones[letters] = 0
            }
            letters += 1
        }
        return letters
    }

    // MARK: Tone placement and i/y

    @inline(__always)
    private static func vowelIndex(_ c: UInt32) -> Int {
        switch c {
        case 0x61: return 0   // a
        case 0x103: return 1  // ă
        case 0xE2: return 2   // â
        case 0x65: return 3   // e
        case 0xEA: return 4   // ê
        case 0x69: return 5   // i
        case 0x6F: return 6   // o
        case 0xF4: return 7   // ô
        case 0x1A1: return 8  // ơ
        case 0x75: return 9   // u
        case 0x1B0: return 10 // ư
        case 0x79: return 11  // y
        default: return -1
        }
    }

    private static let vowels: [UInt32] = [0x61, 0x103, 0xE2, 0x65, 0xEA, 0x69, 0x6F, 0xF4, 0x1A1, 0x75, 0x1B0, 0x79]

    /// Per vowel (`vowels`), itself then with each tone (`LetterTable.toneMarks`), from ICU's
    /// data once per process: `â` + dot below → `ậ`.
    static let composedVowels = compositionTable()

    private static func compositionTable() -> [UInt32] {
        var table = [UInt32](repeating: 0, count: vowels.count * 6)
        for (vowelIndex, vowel) in vowels.enumerated() {
            table[vowelIndex * 6] = vowel
            for tone in 1..<6 {
                table[vowelIndex * 6 + tone] = composedWithTone(vowel, LetterTable.toneMarks[tone])
            }
        }
        return table
    }

    /// The precomposed vowel with a tone mark. `ặ ậ ệ ộ` have no primary composite
    /// of their toneless vowel and the dot below (they decompose as `ạ` + breve), so NFC decides.
    private static func composedWithTone(_ vowel: UInt32, _ mark: UInt32) -> UInt32 {
        let pair = tracuu_compose_pair(Int32(vowel), Int32(mark))
        if pair > 0 { return UInt32(pair) }
        var text = String.UnicodeScalarView()
        text.append(Unicode.Scalar(vowel)!)
        text.append(Unicode.Scalar(mark)!)
        let scalars = Array(ICUNormalizer.normalize(String(text).utf8).unicodeScalars)
        return scalars.count == 1 ? scalars[0].value : vowel
    }

    @inline(__always)
    private static func isConsonant(_ c: UInt32) -> Bool {
        (c &- 0x61 < 26 && vowelIndex(c) < 0) || c == 0x111
    }

    /// Moves a single tone mark to the modern (new style) position of a
    /// Vietnamese syllable and writes i for a lone y after a bare onset.
    private func placeCanonically(letterCount n: Int, toneCount: Int) {
        guard toneCount <= 1, n > 0 else { return }
        var index = 0
        while index < n, Self.isConsonant(lowers[index]) { index += 1 }
        guard index < n, Self.vowelIndex(lowers[index]) >= 0 else { return }
        if index == 1, lowers[0] == 0x71, lowers[1] == 0x75, n > 2, Self.vowelIndex(lowers[2]) >= 0 {
            index = 2  // qu + vowel: u belongs to the onset
        } else if index == 1, lowers[0] == 0x67, lowers[1] == 0x69, n > 2, Self.vowelIndex(lowers[2]) >= 0 {
            index = 2  // gi + vowel: i belongs to the onset
        }
        let onsetEnd = index
        while index < n, Self.vowelIndex(lowers[index]) >= 0 { index += 1 }
        let nucleusEnd = index
        while index < n {
            guard Self.isConsonant(lowers[index]) else { return }
            index += 1
        }
        let nucleusLength = nucleusEnd - onsetEnd
        if nucleusLength == 1, lowers[onsetEnd] == 0x79, nucleusEnd == n, onsetEnd > 0, isBareOnsetLetters(onsetEnd) {
            lowers[onsetEnd] = 0x69
            bases[onsetEnd] = 0x69
        }
        guard toneCount == 1 else { return }
        var tone: UInt8 = 0
        for position in 0..<n where tones[position] != 0 {
            tone = tones[position]
            tones[position] = 0
        }
        tones[tonePosition(onsetEnd: onsetEnd, nucleusEnd: nucleusEnd, hasCoda: nucleusEnd < n)] = tone
    }

    private func isBareOnsetLetters(_ count: Int) -> Bool {
        guard count <= 3 else { return false }
        var ascii: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for index in 0..<count {
            let c = lowers[index] == 0x111 ? 0x64 : lowers[index]
            guard c < 0x80 else { return false }
            switch index {
            case 0: ascii.0 = UInt8(c)
            case 1: ascii.1 = UInt8(c)
            default: ascii.2 = UInt8(c)
            }
        }
        return withUnsafePointer(to: &ascii) {
            $0.withMemoryRebound(to: UInt8.self, capacity: 3) { Self.isBareOnset($0, count: count) }
        }
    }

    private func tonePosition(onsetEnd: Int, nucleusEnd: Int, hasCoda: Bool) -> Int {
        var modified = -1
        var horn = -1
        for position in onsetEnd..<nucleusEnd {
            switch lowers[position] {
            case 0x103, 0xE2, 0xEA, 0xF4, 0x1A1: modified = position
            case 0x1B0: if horn < 0 { horn = position }
            default: break
            }
        }
        if modified >= 0 { return modified }
        if horn >= 0 { return horn }
        let length = nucleusEnd - onsetEnd
        if hasCoda || length == 1 { return nucleusEnd - 1 }
        if length == 2 {
            let first = lowers[onsetEnd], second = lowers[onsetEnd + 1]
            let secondCarriesTone = (first == 0x6F && (second == 0x61 || second == 0x65)) || (first == 0x75 && second == 0x79)
            return secondCarriesTone ? onsetEnd + 1 : onsetEnd
        }
        return onsetEnd + 1
    }

    // MARK: Output

    private func writeForms(letterCount n: Int) {
        var exactLength = 0
        var foldedLength = 1
        for index in 0..<n {
            var scalar = lowers[index]
            let tone = Int(tones[index])
            if tone != 0 {
                let vowel = Self.vowelIndex(scalar)
                if vowel >= 0 {
                    scalar = composed[vowel * 6 + tone]
                } else {
                    exactLength = UTF8Decoder.encode(scalar, into: exact, at: exactLength)
                    scalar = LetterTable.toneMarks[tone]
                }
            }
            exactLength = UTF8Decoder.encode(scalar, into: exact, at: exactLength)
            let base = bases[index]
            if base != 0 { foldedLength = UTF8Decoder.encode(base, into: folded, at: foldedLength) }
        }
        exactCount = exactLength
        foldedCount = foldedLength - 1
        if foldedCount == exactCount {
            var same = true
            for index in 0..<exactCount where exact[index] != folded[index + 1] { same = false; break }
            if same { foldedCount = 0 }
        }
    }
}
