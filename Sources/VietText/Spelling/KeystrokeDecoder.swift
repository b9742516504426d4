/// Reads a word typed as raw Telex or VNI keystrokes that the keyboard did not convert:
/// "coong" → công, "ddoanf" → đoàn (Telex); "co6ng" → công, "d9oa2n" → đoàn (VNI).
/// The result is one well-formed Vietnamese syllable with its tone placed by the usual
/// rules; a word that spells no such syllable, or has no keystroke to convert, reads as nothing.
/// Whether the reading is what the user meant is for the caller to judge (a search compares
/// how often the index holds each).
public enum KeystrokeDecoder {
    /// The input method a word was typed with.
    public enum Method: String, Sendable { case telex, vni }

    /// The syllable raw keystrokes spell, in lower case, and how they were typed; nil when
    /// the word is no Telex or VNI keystroke sequence.
    public static func decode(_ word: String) -> (syllable: String, method: Method)? {
        guard !word.isEmpty, word.utf8.count <= 16 else { return nil }
        let keys = Array(word.lowercased().unicodeScalars)
        guard keys.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) else { return nil }
        let hasDigit = keys.contains { ("0"..."9").contains($0) }
        var syllable = Syllable()
        let method: Method = hasDigit ? .vni : .telex
        for key in keys {
            let applied = hasDigit ? syllable.applyVNI(key) : syllable.applyTelex(key)
            guard applied else { return nil }
        }
        guard syllable.converted, let text = syllable.text() else { return nil }
        return (text, method)
    }

    private enum Mark { case none, circumflex, breve, horn, stroke }

    private struct Letter {
        var base: Unicode.Scalar
        var mark: Mark = .none
        var isVowel: Bool { "aeiouy".unicodeScalars.contains(base) }
    }

    /// Combining tone marks: sắc, huyền, hỏi, ngã, nặng.
    private static let tones: [Unicode.Scalar] = ["\u{0301}", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0323}"]
    private static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu",
        "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa",
        "ưi", "ươ", "ưu", "yê", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "iêu", "yêu",
    ]

    private struct Syllable {
        var letters: [Letter] = []
        var tone: Int?
        var converted = false

        private var hasVowel: Bool { letters.contains(where: \.isVowel) }

        mutating func applyTelex(_ key: Unicode.Scalar) -> Bool {
            switch key {
            case "d" where letters.count == 1 && letters[0].base == "d" && letters[0].mark == .none:
                return mark(0, .stroke)
            case "a", "e", "o":
                if let last = letters.last, last.base == key, last.mark == .none {
                    return mark(letters.count - 1, .circumflex)
                }
            case "w":
                return hornOrBreve()
            case "s", "f", "r", "x", "j":
                // Before the first vowel these are onsets (sang, xe, rau); after it, tone keys.
                guard hasVowel else { break }
                guard tone == nil else { return false }
                tone = ["s": 0, "f": 1, "r": 2, "x": 3, "j": 4][key]
                converted = true
                return true
            default:
                break
            }
            letters.append(Letter(base: key))
            return true
        }

        mutating func applyVNI(_ key: Unicode.Scalar) -> Bool {
            switch key {
            case "1", "2", "3", "4", "5":
                guard hasVowel, tone == nil else { return false }
                tone = Int(key.value - 0x31)
                converted = true
                return true
            case "6":
                guard let index = letters.lastIndex(where: { "aeo".unicodeScalars.contains($0.base) }) else { return false }
                return mark(index, .circumflex)
            case "7":
                return hornOrBreve(breve: false)
            case "8":
                guard let index = letters.lastIndex(where: { $0.base == "a" }) else { return false }
                return mark(index, .breve)
            case "9":
                guard let index = letters.firstIndex(where: { $0.base == "d" }), index == 0 else { return false }
                return mark(index, .stroke)
            case "0":
                return false
            default:
                letters.append(Letter(base: key))
                return true
            }
        }

        private mutating func mark(_ index: Int, _ mark: Mark) -> Bool {
            guard letters[index].mark == .none else { return false }
            letters[index].mark = mark
            converted = true
            return true
        }

        /// Telex w / VNI 7: ươ on "uo", else the horn on the last o or u, or (Telex) the breve on a;
        /// a Telex w with no vowel to mark is ư.
        private mutating func hornOrBreve(breve: Bool = true) -> Bool {
            guard let index = letters.lastIndex(where: { "aou".unicodeScalars.contains($0.base) }) else {
                guard breve else { return false }
                letters.append(Letter(base: "u", mark: .horn))
                converted = true
                return true
            }
            if letters[index].base == "o", index > 0, letters[index - 1].base == "u", letters[index - 1].mark == .none {
                letters[index - 1].mark = .horn
            }
            if letters[index].base == "a" { return breve ? mark(index, .breve) : false }
            return mark(index, .horn)
        }

        /// The syllable as text with its tone, or nil when it is no Vietnamese syllable.
        func text() -> String? {
            let spelled = letters.map(Self.spelled)
            var onsetEnd = letters.firstIndex(where: \.isVowel) ?? letters.count
            let onset = String(String.UnicodeScalarView(spelled[0..<onsetEnd]))
            // qu and gi before another vowel are onsets.
            if onsetEnd + 1 < letters.count, letters[onsetEnd + 1].isVowel,
               (onset == "q" && letters[onsetEnd].base == "u") || (onset == "g" && letters[onsetEnd].base == "i") {
                onsetEnd += 1
            }
            let nucleusEnd = letters[onsetEnd...].firstIndex(where: { !$0.isVowel }) ?? letters.count
            let nucleus = onsetEnd..<nucleusEnd
            guard nuclei.contains(String(String.UnicodeScalarView(spelled[nucleus]))),
                  onsets.contains(String(String.UnicodeScalarView(spelled[0..<onsetEnd]))),
                  codas.contains(String(String.UnicodeScalarView(spelled[nucleusEnd...])))
            else { return nil }
            var scalars = spelled
            if let tone {
                let carrier = toneCarrier(nucleus, hasCoda: nucleusEnd < letters.count)
                scalars.insert(tones[tone], at: carrier + 1)
            }
            return String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
        }

        private func toneCarrier(_ nucleus: Range<Int>, hasCoda: Bool) -> Int {
            if let marked = nucleus.last(where: { letters[$0].mark != .none }) { return marked }
            if hasCoda || nucleus.count == 1 { return nucleus.upperBound - 1 }
            if nucleus.count == 3 { return nucleus.lowerBound + 1 }
            let pair = String(String.UnicodeScalarView(nucleus.map { letters[$0].base }))
            return ["oa", "oe", "uy"].contains(pair) ? nucleus.upperBound - 1 : nucleus.lowerBound
        }

        private static func spelled(_ letter: Letter) -> Unicode.Scalar {
            switch (letter.base, letter.mark) {
            case ("a", .circumflex): "â"
            case ("a", .breve): "ă"
            case ("e", .circumflex): "ê"
            case ("o", .circumflex): "ô"
            case ("o", .horn): "ơ"
            case ("u", .horn): "ư"
            case ("d", .stroke): "đ"
            default: letter.base
            }
        }
    }
}
