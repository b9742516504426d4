import VietText

/// Finds the sentence around an abbreviation written in capitals, for examples:
/// "… phối hợp giữa Bộ CA và Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam …".
enum AbbreviationSentence {
    /// The sentence of `text` that defines `abbr` ("… người lao động (NLĐ) …"), else the
    /// first where it stands as a whole word, shortened around it (`SentenceFinder`).
    static func first(using abbr: String, in text: String) -> String? {
        let characters = Array(text)
        let target = Array(abbr)
        guard !target.isEmpty, characters.count >= target.count else { return nil }
        var occurrences: [Int] = []
        var start = 0
        while start + target.count <= characters.count {
            defer { start += 1 }
            guard characters[start] == target[0], Array(characters[start..<(start + target.count)]) == target else { continue }
            let before = start > 0 ? characters[start - 1] : " "
            let after = start + target.count < characters.count ? characters[start + target.count] : " "
            guard !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber else { continue }
            if before == "(" && after == ")" || after == " " && start + target.count + 1 < characters.count
                && characters[start + target.count + 1] == "(" {
                occurrences.insert(start, at: 0)
                break
            }
            occurrences.append(start)
        }
        guard let start = occurrences.first else { return nil }
        let offset = characters[..<start].reduce(0) { $0 + $1.utf8.count }
        let length = target.reduce(0) { $0 + $1.utf8.count }
        return SentenceFinder.context(in: text, around: offset..<(offset + length)).text
    }
}
