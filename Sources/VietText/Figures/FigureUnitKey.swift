/// A unit in the form figures are stored and filtered by (see `FigureExtractor.unitKey`):
/// lower case, `Ð` and `Ɖ` read as `đ`, with `VND`/`VNĐ` → `đồng`, `phần trăm` → `%`,
/// `USD`/`đô la` → `usd`, `cây số` → `km`.
struct FigureUnitKey {
    let text: String

    /// No unit.
    static let none = FigureUnitKey(text: "")

    private init(text: String) {
        self.text = text
    }

    init(unit: String) {
        let lowered = Self.lowercased(unit)
        // A string equal to a form (canonically) starts with the form's first scalar: most units are no form.
        guard let first = lowered.unicodeScalars.first, Self.aliasInitials.contains(first.value) else {
            self.init(text: lowered)
            return
        }
        self.init(text: Self.aliasKeys[lowered] ?? lowered)
    }

    /// Units stored under another name.
    private static let aliases: [(key: String, forms: [String])] = [
        ("đồng", ["vnd", "vnđ", "đ"]), ("%", ["phần trăm"]), ("usd", ["usd", "đô la", "đô la mỹ", "đôla"]),
        ("km", ["cây số", "kilômét", "ki-lô-mét"]),
    ]
    /// Each form of `aliases` (each in one alias only) and its key.
    private static let aliasKeys = Dictionary(uniqueKeysWithValues: aliases.flatMap { alias in alias.forms.map { ($0, alias.key) } })
    /// The first scalar of each form of `aliases` (`v`, `đ`, `p`, `u`, `c`, `k`).
    private static let aliasInitials = Set(aliasKeys.keys.compactMap { $0.unicodeScalars.first?.value })

    /// The key of the alias whose key or one of whose forms folds to `folded`: `dong` → `đồng`,
    /// `do la my` → `usd`, `cay so` → `km`; nil for none.
    static func alias(folded: String) -> String? {
        aliases.first { alias in
            fold(alias.key) == folded || alias.forms.contains { fold($0) == folded }
        }?.key
    }

    /// `text` without diacritics, `đ` as `d` (the folded form the analyzer indexes words by):
    /// `người chết` → `nguoi chet`; expects lower case.
    static func fold(_ text: String) -> String {
        // ASCII folds to itself: most units ("%", "km", "usd") are left as they are.
        guard !text.utf8.allSatisfy({ (1..<0x80).contains($0) }) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            // A base letter takes at most twice its letter's bytes.
            String(unsafeUninitializedCapacity: 2 * bytes.count) { folded in
                var index = 0, count = 0
                while index < bytes.count {
                    guard let (scalar, length) = UTF8Decoder.decode(bytes.baseAddress!, count: bytes.count, at: index) else { break }
                    let base = LetterTable.foldedBase(scalar)
                    if base == 0 {
                        // A combining mark: dropped.
                    } else if base == scalar {
                        for offset in 0..<length { folded[count + offset] = bytes[index + offset] }
                        count += length
                    } else {
                        count = UTF8Decoder.encode(base, into: folded.baseAddress!, at: count)
                    }
                    index += length
                }
                return count
            }
        }
    }

    func isSame(as other: FigureUnitKey) -> Bool { text == other.text }

    /// Both units count the same kind of thing: they start with the same word (`cháu ngoại` and
    /// `cháu lao`), unless a state tells them apart (`người chết` and `người bị thương`).
    func namesSameThing(as other: FigureUnitKey) -> Bool {
        let mine = words, theirs = other.words
        guard !mine.head.isEmpty, mine.head == theirs.head else { return false }
        guard let mySecond = mine.second, let theirSecond = theirs.second, mySecond != theirSecond else { return true }
        return !Self.isState(mySecond) && !Self.isState(theirSecond)
    }

    /// The first word and the second (nil for none), read in place; words are cut at the byte of a space.
    private var words: (head: Substring, second: Substring?) {
        let utf8 = text.utf8
        guard let space = utf8.firstIndex(of: 0x20) else { return (text[...], nil) }
        let start = utf8.index(after: space)
        let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
        return (text[..<space], text[start..<end])
    }

    /// A word of `FigureWords.states` (in NFC, as documents are read), by the hash `FigureLexer` gives words.
    private static func isState(_ word: Substring) -> Bool {
        var key = FigureLexer.offsetBasis
        for byte in word.utf8 { key = (key ^ UInt64(byte)) &* FigureLexer.prime }
        return FigureWords.states.contains(key)
    }

    /// The thing counted says what became of them: `người bị thương`, `ca mắc mới`.
    var hasState: Bool { words.second.map(Self.isState) ?? false }

    /// One word: `người`, cut before what is said of them.
    var isBare: Bool { !text.isEmpty && !isPhrase }

    /// A share or a rate: `%`, `đồng/lượng`, `%/năm`.
    var isShareOrRate: Bool { text == "%" || text.utf8.contains(0x2F) }

    /// More than one word: a thing counted described (`người đàn ông đẹp trai`), not a bare measure.
    var isPhrase: Bool { text.utf8.contains(0x20) }

    /// This unit is `other` with more words.
    func extends(_ other: FigureUnitKey) -> Bool {
        // Without a space byte there is no second word (most units are one word).
        isPhrase && text.hasPrefix(other.text) && text.dropFirst(other.text.count).first == " "
    }

    /// `text.lowercased()` with đ's look-alikes read as `đ` (`LetterTable`): `VNÐ` → `vnđ`.
    static func lowercased(_ text: String) -> String {
        // Most units are written in small letters already: no scalar to change, no new string. A scalar
        // that is its own small letter in `LetterTable` (its case fold) is its own lower case too.
        let lowered = isOwnSmallLetters(text) ? text : text.lowercased()
        guard hasDLookalike(lowered) else { return lowered }
        return String(String.UnicodeScalarView(lowered.unicodeScalars.map {
            LetterTable.smallLetter($0.value)?.lower == 0x111 ? "đ" : $0
        }))
    }

    /// Whether `text` holds `ð` (C3 B0) or `ɖ` (C9 96), read on the bytes.
    private static func hasDLookalike(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xB0 && bytes[index - 1] == 0xC3 || byte == 0x96 && bytes[index - 1] == 0xC9 { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether each scalar of `text` is its own small letter in `LetterTable`, read on the bytes.
    private static func isOwnSmallLetters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            var index = 0
            while index < bytes.count {
                let lead = base[index]
                if lead < 0x80 {
                    if lead &- 0x41 < 26 { return false }
                    index += 1
                    continue
                }
                guard let (scalar, length) = UTF8Decoder.decode(base, count: bytes.count, at: index),
                      LetterTable.smallLetter(scalar)?.lower == scalar else { return false }
                index += length
            }
            return true
        }
    }
}
