/// Did-you-mean candidates for a word an index barely holds: its diacritic-free spellings
/// one edit away (a letter left out, added, changed, or two neighbours swapped), of which
/// the caller keeps those its vocabulary holds and picks the most frequent.
/// `nhug` → … nhung …; `cogn` → … cong …
public enum SpellingCandidates {
    /// The letters of diacritic-free Vietnamese (no f, j, w, z).
    private static let letters = Array("abcdeghiklmnopqrstuvxy".unicodeScalars)

    /// Every distinct string one edit away from `folded` (a lower-case word without diacritics),
    /// the word itself excluded; empty for words shorter than three letters or longer than
    /// twelve, or holding anything but a to z (a number, an abbreviation with digits).
    public static func oneEditAway(_ folded: String) -> [String] {
        let word = Array(folded.unicodeScalars)
        guard (3...12).contains(word.count), word.allSatisfy({ ("a"..."z").contains($0) }) else { return [] }
        var seen: Set<String> = [folded]
        var candidates: [String] = []
        func add(_ scalars: [Unicode.Scalar]) {
            let text = String(String.UnicodeScalarView(scalars))
            if seen.insert(text).inserted { candidates.append(text) }
        }
        for index in word.indices {
            var shorter = word
            shorter.remove(at: index)
            add(shorter)
        }
        for index in word.indices.dropLast() where word[index] != word[index + 1] {
            var swapped = word
            swapped.swapAt(index, index + 1)
            add(swapped)
        }
        for index in word.indices {
            for letter in letters where letter != word[index] {
                var changed = word
                changed[index] = letter
                add(changed)
            }
        }
        for index in 0...word.count {
            for letter in letters {
                var longer = word
                longer.insert(letter, at: index)
                add(longer)
            }
        }
        return candidates
    }

    /// The suggestion among candidates the vocabulary holds, given how many documents hold
    /// each: the most frequent, when it is at least `minimumDocuments`; the earlier on a tie.
    public static func best(_ found: [(candidate: String, documents: Int)], minimumDocuments: Int = 1) -> String? {
        var best: (candidate: String, documents: Int)?
        for entry in found where entry.documents >= minimumDocuments && entry.documents > (best?.documents ?? 0) {
            best = entry
        }
        return best?.candidate
    }
}
