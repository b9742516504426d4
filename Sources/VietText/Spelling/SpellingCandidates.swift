/// Did-you-mean candidates for a word an index barely holds: its diacritic-free spellings
/// one edit away (a letter left out, added, changed, or two neighbours swapped), of which
/// the caller keeps those its vocabulary holds and picks the most frequent.
/// `nhug` → … nhung …; `cogn` → … cong …
public enum SpellingCandidates {
    /// The letters of diacritic-free Vietnamese (no f, j, w, z), as bytes.
    private static let letters = Array("abcdeghiklmnopqrstuvxy".utf8)

    /// Every distinct string one edit away from `folded` (a lower-case word without diacritics),
    /// the word itself excluded, the likeliest typos first (neighbours swapped, then a letter
    /// left out, changed, added), so a tie between frequent words goes to them; empty for words shorter than three letters or longer than
    /// twelve, or holding anything but a to z (a number, an abbreviation with digits).
    public static func oneEditAway(_ folded: String) -> [String] {
        // a to z only, so a byte is a letter.
        let word = Array(folded.utf8)
        guard (3...12).contains(word.count), word.allSatisfy({ (0x61...0x7A).contains($0) }) else { return [] }
        var seen: Set<String> = [folded]
        var candidates: [String] = []
        var edited = word
        func add() {
            let text = String(decoding: edited, as: UTF8.self)
            if seen.insert(text).inserted { candidates.append(text) }
        }
        for index in word.indices.dropLast() where word[index] != word[index + 1] {
            edited = word
            edited.swapAt(index, index + 1)
            add()
        }
        for index in word.indices {
            edited = word
            edited.remove(at: index)
            add()
        }
        for index in word.indices {
            for letter in letters where letter != word[index] {
                edited = word
                edited[index] = letter
                add()
            }
        }
        for index in 0...word.count {
            for letter in letters {
                edited = word
                edited.insert(letter, at: index)
                add()
            }
        }
        return candidates
    }

    /// Whether two words are one edit apart (a scalar left out, added or changed, or two
    /// neighbours swapped): `nhũg` and `nhũng` are, `nhũg` and `nhung` are not.
    public static func isOneEditAway(_ a: String, _ b: String) -> Bool {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a == b { return false }
        if a.count == b.count {
            let differ = a.indices.filter { a[$0] != b[$0] }
            return differ.count == 1 || (differ.count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]])
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        let first = short.indices.first { short[$0] != long[$0] } ?? short.count
        return short[first...] == long[(first + 1)...]
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
