import CICU

/// How one code point below U+2000 analyses: its case-folded NFC form with
/// any Vietnamese tone mark taken off, the tone, and its base letter with
/// every diacritic removed. Each entry is computed from ICU's data the first
/// time the code point is met, so a process that reads a few words pays for
/// a few entries, not for the whole table.
///
/// `Ặ` → lower `ă`, tone `.dotBelow`, base `a`; `Đ` → `đ`, no tone, base `d`.
struct LetterTable {
    static let limit: UInt32 = 0x2000

    /// Packed entries: bits 0-20 lower, 21-41 base, 42-44 tone, 45 needs-ICU, 46 present, 47 computed.
    private var entries = [UInt64](repeating: 0, count: Int(limit))

    static let toneMarks: [UInt32] = [0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323]
    private static let vowelModifiers: [UInt32] = [0x0306, 0x0302, 0x031B]
    /// Look-alikes of đ typed in Vietnamese text: Ð and ð (Latin eth; Ð case-folds to ð,
    /// so both must read as đ for case never to matter), Ɖ and ɖ (African D).
    private static let dLookalikes: [UInt32] = [0x00D0, 0x00F0, 0x0189, 0x0256]

    struct Entry {
        let lower: UInt32
        let base: UInt32
        let tone: Int
        let needsICU: Bool
    }

    @inline(__always)
    mutating func entry(_ c: UInt32) -> Entry? {
        var packed = entries[Int(c)]
        if packed & (1 << 47) == 0 {
            packed = Self.entry(for: c) | 1 << 47
            entries[Int(c)] = packed
        }
        return Self.unpack(packed)
    }

    /// Base letters (0 for a combining mark) of the Latin letters with diacritics
    /// (U+00C0-U+024F, U+1E00-U+1EFF), for code that folds a few short strings
    /// and keeps no table of its own: `Ộ` → `o`, `Đ` → `d`.
    static let folded: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for c in Array(UInt32(0xC0)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let entry = unpack(entry(for: c)) else { continue }
            table[c] = entry.needsICU ? c : entry.base
        }
        for mark in UInt32(0x300)..<0x370 { table[mark] = 0 }
        return table
    }()

    @inline(__always)
    private static func unpack(_ packed: UInt64) -> Entry? {
        guard packed & (1 << 46) != 0 else { return nil }
        return Entry(
            lower: UInt32(packed & 0x1F_FFFF),
            base: UInt32((packed >> 21) & 0x1F_FFFF),
            tone: Int((packed >> 42) & 0x7),
            needsICU: packed & (1 << 45) != 0)
    }

    private static func pack(lower: UInt32, base: UInt32, tone: Int, needsICU: Bool) -> UInt64 {
        UInt64(lower) | UInt64(base) << 21 | UInt64(tone) << 42 | (needsICU ? 1 << 45 : 0) | 1 << 46
    }

    private static func entry(for c: UInt32) -> UInt64 {
        guard let scalar = Unicode.Scalar(c) else { return 0 }
        if dLookalikes.contains(c) { return pack(lower: 0x0111, base: 0x64, tone: 0, needsICU: false) }
        if c == 0x0110 || c == 0x0111 { return pack(lower: 0x0111, base: 0x64, tone: 0, needsICU: false) }
        if tracuu_combining_class(Int32(c)) != 0 { return pack(lower: c, base: c, tone: 0, needsICU: true) }
        let folded = ICUNormalizer.normalize(String(scalar).utf8, foldCase: true)
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count == 1 else { return pack(lower: c, base: c, tone: 0, needsICU: true) }
        let lower = scalars[0].value
        let decomposition = fullDecomposition(lower)
        let base = decomposition[0]
        let marks = decomposition.dropFirst()
        if marks.contains(where: { tracuu_combining_class(Int32($0)) == 0 }) {
            return pack(lower: lower, base: lower, tone: 0, needsICU: false)
        }
        let tones = marks.filter { toneMarks.contains($0) }
        let modifiers = marks.filter { vowelModifiers.contains($0) }
        let isVowelBase = "aeiouy".unicodeScalars.contains { $0.value == base }
        if isVowelBase, tones.count == 1, modifiers.count <= 1, tones.count + modifiers.count == marks.count {
            var toneless = base
            if let modifier = modifiers.first {
                let composed = tracuu_compose_pair(Int32(base), Int32(modifier))
                guard composed >= 0 else { return pack(lower: lower, base: base, tone: 0, needsICU: false) }
                toneless = UInt32(composed)
            }
            let tone = toneMarks.firstIndex(of: tones[tones.startIndex])!
            return pack(lower: toneless, base: base, tone: tone, needsICU: false)
        }
        return pack(lower: lower, base: base, tone: 0, needsICU: false)
    }

    private static func fullDecomposition(_ c: UInt32) -> [UInt32] {
        var buffer = [Int32](repeating: 0, count: 8)
        let count = Int(tracuu_raw_decomposition(Int32(c), &buffer, 8))
        guard count > 0 else { return [c] }
        return fullDecomposition(UInt32(buffer[0])) + buffer[1..<count].map { UInt32($0) }
    }
}
