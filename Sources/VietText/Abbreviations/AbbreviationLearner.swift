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
                    let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[max(lineStart, index - 400)..<index]), as: UTF8.self)
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

    /// "người lao động (NLĐ)": the abbreviation inside, its words before.
    static func forward(abbr: String, before: String) -> AbbreviationDefinition? {
        guard let letters = abbreviationLetters(abbr), before.last?.isWhitespace == true else { return nil }
        let words = trailingWords(before, limit: letters.count * 2 + 2)
        guard let start = align(words.map(\.word), letters: letters, wholeSpan: false) else { return nil }
        return AbbreviationDefinition(abbr: abbr, expansion: words[start...].map(\.written).joined(separator: " "))
    }

    /// "KCN (khu công nghiệp)": the abbreviation just before, its words inside.
    static func reverse(inner: String, before: String) -> AbbreviationDefinition? {
        guard before.last == " " else { return nil }
        var lastWord: Substring?
        forEachWordBackward(before.dropLast()) { word in
            lastWord = word
            return false
        }
        let abbr = lastWord.map(String.init) ?? ""
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

    private static let openingMarks: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]

    /// The words before a parenthesis, nearest last, back to the first punctuation
    /// other than a comma or a lone dash; empty strings stand for ignored dashes.
    private static func trailingWords(_ text: String, limit: Int) -> [(word: String, written: String)] {
        var words: [(word: String, written: String)] = []
        forEachWordBackward(text[...]) { piece in
            if piece == "-" || piece == "–" || piece == "&" {
                words.append(("", String(piece)))
                return true
            }
            var word = piece
            if word.last == "," { word = word.dropLast() }
            var opensHere = false
            if let first = word.first, openingMarks.contains(first) {
                word = word.dropFirst()
                opensHere = true
            }
            guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return false }
            words.append((String(word), opensHere ? String(piece.dropFirst()) : String(piece)))
            return !opensHere && words.count < limit
        }
        while words.last?.word.isEmpty == true { words.removeLast() }
        return words.reversed()
    }

    /// The words of `text` split at whitespace, last first, while `body` returns true:
    /// `text.split(whereSeparator: \.isWhitespace).reversed()` without reading all of `text`.
    private static func forEachWordBackward(_ text: Substring, _ body: (Substring) -> Bool) {
        var end = text.endIndex
        while end > text.startIndex {
            let last = text.index(before: end)
            if text[last].isWhitespace {
                end = last
                continue
            }
            var start = last
            while start > text.startIndex {
                let previous = text.index(before: start)
                if text[previous].isWhitespace { break }
                start = previous
            }
            guard body(text[start..<end]) else { return }
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
