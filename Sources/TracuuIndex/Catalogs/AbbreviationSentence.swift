import Foundation

/// Cuts the sentence around an abbreviation written in capitals, for examples:
/// "… phối hợp giữa Bộ CA và Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam …".
enum AbbreviationSentence {
    static let maxCharacters = 240

    /// The sentence of `text` that defines `abbr` ("… người lao động (NLĐ) …"), else the
    /// first where it stands as a whole word, shortened around it.
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
        var from = start
        while from > 0, !characters[from - 1].isNewline, !(characters[from - 1] == " " && from >= 2 && ".!?".contains(characters[from - 2])) {
            from -= 1
        }
        var to = start + target.count
        while to < characters.count, !characters[to].isNewline, !(".!?".contains(characters[to]) && (to + 1 == characters.count || characters[to + 1] == " ")) {
            to += 1
        }
        if to < characters.count, ".!?".contains(characters[to]) { to += 1 }
        let half = maxCharacters / 2
        var prefix = ""
        var suffix = ""
        if to - from > maxCharacters {
            if start - from > half { from = start - half; prefix = "…" }
            if to - from > maxCharacters { to = from + maxCharacters; suffix = "…" }
        }
        return prefix + String(characters[from..<to]).trimmingCharacters(in: .whitespaces) + suffix
    }
}
