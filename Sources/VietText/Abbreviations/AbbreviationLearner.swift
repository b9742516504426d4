import Foundation

/// Finds abbreviation definitions in running text, in the manner of
/// Schwartz–Hearst: the letters of an abbreviation in parentheses align, right
/// to left, with the initials of the words just before it (Đ only with đ,
/// commas and lone dashes ignored, "và"/"của" skipped inside), or the reverse
/// form, an abbreviation followed by its words in parentheses.
///
/// "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam" → `LĐLĐ` = "Liên đoàn Lao động";
/// "an ninh, trật tự (ANTT)" → `ANTT` = "an ninh, trật tự";
/// "KCN (khu công nghiệp)" → `KCN` = "khu công nghiệp". "(2023)", "(CATP)" at
/// the start of a line and "(19/8, 30/4, Y học cổ truyền)" define nothing.
public enum AbbreviationLearner {
    /// The longest parenthesis, in bytes, worth reading.
    static let maxInner = 120
    /// Words an expansion may skip between aligned ones ("Kế hoạch và Đầu tư" → KH&ĐT).
    static let connectives: Set<String> = ["và", "của", "với"]

    /// Every definition in `text`, in order, repeats included.
    public static func definitions(in text: String) -> [AbbreviationDefinition] {
        var text = text
        return text.withUTF8 { definitions(in: $0) }
    }

    static func definitions(in bytes: UnsafeBufferPointer<UInt8>) -> [AbbreviationDefinition] {
        var found: [AbbreviationDefinition] = []
        guard let base = bytes.baseAddress else { return found }
        var lineStart = 0
        var index = 0
        let count = bytes.count
        func offset(_ pointer: UnsafeMutableRawPointer?) -> Int? { pointer.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } }
        var newline = offset(memchr(base, 0x0A, count)) ?? count
        // From one parenthesis to the next, noting where its line starts.
        while index < count, let open = offset(memchr(base + index, 0x28, count - index)) {
            while newline < open {
                lineStart = newline + 1
                newline = offset(memchr(base + lineStart, 0x0A, count - lineStart)) ?? count
            }
            index = open
            if let close = closing(bytes, from: index + 1) {
                // Most parentheses are neither "(ABBR)" nor "ABBR (…)": tell cheaply before reading the words before.
                let innerBytes = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
                let innerIsAbbreviation = mayBeAbbreviation(innerBytes)
                    && abbreviationLetters(String(decoding: innerBytes, as: UTF8.self)) != nil
                if innerIsAbbreviation || wordBeforeIsAbbreviation(bytes, parenthesis: index, lineStart: lineStart) {
                    let inner = String(decoding: innerBytes, as: UTF8.self)
                    let before = UnsafeBufferPointer(rebasing: bytes[max(lineStart, index - 400)..<index])
                    let definition = innerIsAbbreviation ? forward(abbr: inner, before: before) : reverse(inner: inner, before: before)
                    if let definition { found.append(definition) }
                }
                index = close
                continue
            }
            index += 1
        }
        return found
    }

    /// Whether the word ending one space before the parenthesis reads as an abbreviation.
    private static func wordBeforeIsAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, parenthesis: Int, lineStart: Int) -> Bool {
        guard parenthesis - 1 > lineStart, bytes[parenthesis - 1] == 0x20 else { return false }
        let end = parenthesis - 1
        var start = end
        while start > lineStart, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09, end - start < 40 { start -= 1 }
        guard start < end else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return mayBeAbbreviation(word) && abbreviationLetters(String(decoding: word, as: UTF8.self)) != nil
    }

    /// False when `abbreviationLetters` is certainly nil, told from the bytes: an ASCII byte
    /// always starts a character of its own, so one other than a capital, `.`, `-` or `&`
    /// (or one of these three first or last) makes a character that no abbreviation has.
    static func mayBeAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !isJoiner(first), !isJoiner(last) else { return false }
        for byte in bytes where byte < 0x80 {
            guard byte &- 0x41 < 26 || isJoiner(byte) else { return false }
        }
        return true
    }

    private static func isJoiner(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2D || byte == 0x26 }

    /// The `)` closing a parenthesis opened just before `start`, if it is short and on one line.
    private static func closing(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let end = min(bytes.count, start + maxInner)
        while index < end {
            switch bytes[index] {
            case 0x29: return index > start ? index : nil
            case 0x28, 0x0A: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// "người lao động (NLĐ)": the abbreviation inside, its words before (UTF-8 `before`).
    static func forward(abbr: String, before: UnsafeBufferPointer<UInt8>) -> AbbreviationDefinition? {
        guard let letters = abbreviationLetters(abbr), let last = lastCharacter(before), isWhitespace(last) else { return nil }
        let words = trailingWords(before, limit: letters.count * 2 + 2)
        guard let start = align(words.map(\.word), letters: letters, wholeSpan: false) else { return nil }
        return AbbreviationDefinition(abbr: abbr, expansion: words[start...].map(\.written).joined(separator: " "))
    }

    /// "KCN (khu công nghiệp)": the abbreviation just before (UTF-8 `before`), its words inside.
    static func reverse(inner: String, before: UnsafeBufferPointer<UInt8>) -> AbbreviationDefinition? {
        guard before.last == 0x20 else { return nil }
        let text = UnsafeBufferPointer(rebasing: before.dropLast())
        var abbr = ""
        forEachWordBackward(text) { word in
            abbr = String(decoding: UnsafeBufferPointer(rebasing: text[word]), as: UTF8.self)
            return false
        }
        guard let letters = abbreviationLetters(abbr) else { return nil }
        var words: [(word: String, written: String)] = []
        for piece in inner.split(whereSeparator: \.isWhitespace) {
            if piece == "-" || piece == "–" || piece == "&" { words.append(("", String(piece))); continue }
            var word = Substring(piece)
            if word.last == "," { word = word.dropLast() }
            guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
            words.append((String(word), String(piece)))
        }
        guard words.count <= letters.count * 2 + 2, align(words.map(\.word), letters: letters, wholeSpan: true) == 0 else { return nil }
        var expansion = words.map(\.written).joined(separator: " ")
        if expansion.last == "," { expansion.removeLast() }
        return AbbreviationDefinition(abbr: abbr, expansion: expansion)
    }

    /// The letters of an abbreviation as alignment keys, or nil when `text` is not
    /// one: 2 to 10 capital letters, with `.`, `-` or `&` between them only.
    static func abbreviationLetters(_ text: String) -> [Character]? {
        guard let first = text.first, first.isLetter, let last = text.last, last.isLetter else { return nil }
        var letters: [Character] = []
        for character in text {
            if character.isLetter {
                guard character.isUppercase else { return nil }
                letters.append(initialKey(character))
            } else if character != "." && character != "-" && character != "&" {
                return nil
            }
        }
        return (2...10).contains(letters.count) ? letters : nil
    }

    /// `"`, `“`, `‘`, `'`, `(`, `[`, `«`.
    private static let openingMarks: Set<UInt32> = [0x22, 0x201C, 0x2018, 0x27, 0x28, 0x5B, 0xAB]
    private static let dashes: [[UInt8]] = [Array("-".utf8), Array("–".utf8), Array("&".utf8)]

    /// The words before a parenthesis (UTF-8 `text`), nearest last, back to the first punctuation
    /// other than a comma or a lone dash; empty strings stand for ignored dashes.
    private static func trailingWords(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> [(word: String, written: String)] {
        var words: [(word: String, written: String)] = []
        guard let base = text.baseAddress else { return words }
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
        forEachWordBackward(text) { piece in
            if dashes.contains(where: { text[piece].elementsEqual($0) }) {
                words.append(("", string(piece)))
                return true
            }
            var word = piece
            if text[word.upperBound - 1] == 0x2C { word = word.lowerBound..<(word.upperBound - 1) }
            var opensHere = false
            if !word.isEmpty, let (first, length) = UTF8Decoder.decode(base, count: word.upperBound, at: word.lowerBound), openingMarks.contains(first),
               !startsExtension(text, at: word.lowerBound + length, end: word.upperBound) {
                word = (word.lowerBound + length)..<word.upperBound
                opensHere = true
            }
            guard !word.isEmpty, allLetters(text, word) else { return false }
            words.append((string(word), string(opensHere ? word.lowerBound..<piece.upperBound : piece)))
            return !opensHere && words.count < limit
        }
        while words.last?.word.isEmpty == true { words.removeLast() }
        return words.reversed()
    }

    /// Whether a scalar that extends the character before it starts at `index` (before `end`).
    private static func startsExtension(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index < end, text[index] >= 0xCC, let (scalar, _) = UTF8Decoder.decode(text.baseAddress!, count: end, at: index) else { return false }
        return UTF8Decoder.extendsCharacter(scalar)
    }

    /// Whether every character of `text[range]` is a letter.
    private static func allLetters(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var first = true
        while index < range.upperBound {
            guard let (scalar, length) = UTF8Decoder.decode(text.baseAddress!, count: range.upperBound, at: index) else { return false }
            if !(LetterTable.isLetter(scalar) || !first && UTF8Decoder.extendsCharacter(scalar)) { return false }
            first = false
            index += length
        }
        return true
    }

    /// The first scalar of the last character of `text`, nil when there is none or it is not well-formed.
    private static func lastCharacter(_ text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let base = text.baseAddress, !text.isEmpty else { return nil }
        let start = UTF8Decoder.characterStart(before: text.count, in: base, count: text.count, limit: 0)
        return UTF8Decoder.decode(base, count: text.count, at: start)?.scalar
    }

    private static func isWhitespace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar == 0x20 || (0x09...0x0D).contains(scalar) }
        if (0xC0..<0x250).contains(scalar) || (0x1E00..<0x1F00).contains(scalar) { return false }
        return Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
    }

    /// The byte ranges of the words of UTF-8 `text` split at whitespace, last first, while `body`
    /// returns true, without reading all of `text`.
    private static func forEachWordBackward(_ text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
        guard let base = text.baseAddress else { return }
        func isSpace(_ start: Int) -> Bool { UTF8Decoder.decode(base, count: text.count, at: start).map { isWhitespace($0.scalar) } ?? false }
        var end = text.count
        while end > 0 {
            let last = UTF8Decoder.characterStart(before: end, in: base, count: text.count, limit: 0)
            if isSpace(last) {
                end = last
                continue
            }
            var start = last
            while start > 0 {
                let previous = UTF8Decoder.characterStart(before: start, in: base, count: text.count, limit: 0)
                if isSpace(previous) { break }
                start = previous
            }
            guard body(start..<end) else { return }
            end = start
        }
    }

    /// Where the aligned expansion starts in `words`, or nil. Letters match word
    /// initials right to left; connectives and dashes may be skipped between
    /// aligned words; with `wholeSpan` every word must be used.
    private static func align(_ words: [String], letters: [Character], wholeSpan: Bool) -> Int? {
        var letter = letters.count - 1
        var word = words.count - 1
        while word >= 0, words[word].isEmpty { word -= 1 }
        while letter >= 0, word >= 0 {
            let candidate = words[word]
            if candidate.isEmpty || (letter < letters.count - 1 && candidate.first.map(initialKey) != letters[letter]
                                        && connectives.contains(candidate.lowercased())) {
                word -= 1
                continue
            }
            guard let initial = candidate.first, initialKey(initial) == letters[letter] else { return nil }
            if candidate.count > 1, candidate.allSatisfy(\.isUppercase) { return nil }
            letter -= 1
            word -= 1
        }
        guard letter < 0 else { return nil }
        let start = word + 1
        if wholeSpan, start != 0 { return nil }
        return start
    }

    /// A letter reduced for alignment: lower case, tone and vowel marks dropped, đ kept apart from d.
    static func initialKey(_ character: Character) -> Character {
        if character.utf8.count == 1, let ascii = character.asciiValue {
            return Character(Unicode.Scalar(ascii &- 0x41 < 26 ? ascii | 0x20 : ascii))
        }
        let lower = character.lowercased()
        if lower == "đ" { return "đ" }
        guard let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first else { return character }
        return Character(base)
    }
}
