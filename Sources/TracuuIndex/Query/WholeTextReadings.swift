import Foundation
import GRDB

/// How the whole documents write two words typed together, read at query time where the titles
/// and leads (`SyllablePairs`) give too little to go by: every document writing them side by side
/// in any form is read, and each reading counts its occurrences, those inside the one longer
/// phrase it mostly stands in (which the user did not type) as one, as Kneser-Ney's continuation
/// counts do. `bao lu`: "báo lũ" is written 19 times, 17 of them in "cảnh báo lũ", so it counts
/// 3; "bão lũ" counts 10.
enum WholeTextReadings {
    /// Reading stops here: more documents than this write the words together, and their titles
    /// and leads are evidence enough.
    static let documentCap = 50

    /// The readings of `folded` (two unaccented words, `bao lu`) among the documents writing them
    /// together, each a pair of a form of `first` and of `second` with its count; nil when more
    /// than `documentCap` documents write them.
    static func readings(of folded: String, first: [String], second: [String], _ db: Database) throws -> [String: Int]? {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT \(documentCap + 1)
            """, arguments: [FTS5QueryCompiler.term(.init(text: folded, form: .folded))])
        guard ids.count <= documentCap else { return nil }
        let texts = try Row.fetchAll(db, sql: """
            SELECT title, lead, body FROM documents WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"]).flatMap { row -> [String] in (0..<3).map { row[$0] ?? "" } }
        return counts(in: texts, first: first, second: second).mapValues { $0.inside * 2 > $0.occurrences ? $0.occurrences - $0.inside + 1 : $0.occurrences }
    }

    /// Whether the titles and leads write `pair` ("báo lũ", fewer than `QueryPlanner.thinPair`
    /// times) mostly inside one longer phrase ("cảnh báo lũ"): then they give no reading of the
    /// two words typed alone, and the whole documents are read.
    static func standsInsideALongerPhrase(_ pair: String, _ db: Database) throws -> Bool {
        let words = pair.split(separator: " ").map(String.init)
        guard words.count == 2 else { return false }
        let texts = try Row.fetchAll(db, sql: """
            SELECT title, lead FROM documents WHERE id IN
                (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT \(QueryPlanner.thinPair))
            """, arguments: ["{title lead} : " + FTS5QueryCompiler.term(.init(text: pair, form: .exact))]).flatMap { row -> [String] in [row[0] ?? "", row[1] ?? ""] }
        return counts(in: texts, first: [words[0]], second: [words[1]])[pair].map { $0.inside * 2 > $0.occurrences } ?? false
    }

    /// Each pair of a form of `first` and one of `second` written side by side in `texts`, with
    /// its occurrences and how many of them stand beside its most frequent neighbour.
    private static func counts(in texts: [String], first: [String], second: [String]) -> [String: (occurrences: Int, inside: Int)] {
        let forms = [first, second].map { $0.map { Array($0.utf8) } }
        func place(_ word: UnsafeBufferPointer<UInt8>, _ list: Int) -> Int? {
            forms[list].firstIndex { $0.elementsEqual(word) }
        }
        // Per reading (its two places), its occurrences and the neighbours each side.
        var occurrences: [Int: Int] = [:]
        var neighbours: [Int: [String: Int]] = [:]
        let analyzer = IndexTermAnalyzer(cacheSlotBits: 10)
        let needles = Array(Set(second.filter { !$0.isEmpty }.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] })).map { Array($0.utf8) }
        for text in texts.flatMap({ stretches(of: $0, holding: needles) }) {
            var bytes = text
            bytes.withUTF8 { utf8 in
                // The last two words, and whether only spaces stand before each.
                var last: (word: UnsafeBufferPointer<UInt8>, end: Int32, joined: Bool)?
                var beforeLast: UnsafeBufferPointer<UInt8>?
                var pending: Int?
                _ = analyzer.analyze(text).replay { word in
                    var joined = false
                    if let end = last?.end { joined = utf8[Int(end)..<Int(word.start)].allSatisfy { $0 == 0x20 } }
                    if let reading = pending, joined {
                        neighbours[reading, default: [:]]["+" + String(decoding: word.exact, as: UTF8.self), default: 0] += 1
                    }
                    pending = nil
                    if joined, let last, let a = place(last.word, 0), let b = place(word.exact, 1) {
                        let reading = a << 16 | b
                        occurrences[reading, default: 0] += 1
                        if last.joined, let left = beforeLast {
                            neighbours[reading, default: [:]]["-" + String(decoding: left, as: UTF8.self), default: 0] += 1
                        }
                        pending = reading
                    }
                    beforeLast = last?.word
                    last = (word.exact, word.end, joined)
                    return 0
                }
            }
        }
        var found: [String: (occurrences: Int, inside: Int)] = [:]
        for (reading, count) in occurrences {
            found[first[reading >> 16] + " " + second[reading & 0xFFFF]] = (count, neighbours[reading]?.values.max() ?? 0)
        }
        return found
    }

    /// Bytes read each side of a word looked for: room for the word before it and its neighbour.
    static let reach = 48

    /// The stretches of `text` that may hold one of `needles` (the second word's forms in small
    /// letters, with a capital and in capitals), `reach` bytes each side of each, merged where
    /// they overlap and widened to the spaces around, so that only they are analyzed: the whole
    /// text when it is short. A form in the other tone placement ("thuỷ" for thủy) is not looked for.
    static func stretches(of text: String, holding needles: [[UInt8]]) -> [String] {
        var text = text
        return text.withUTF8 { utf8 -> [String] in
            guard utf8.count > reach * 4, let base = utf8.baseAddress else { return [String(decoding: utf8, as: UTF8.self)] }
            var leads = [Bool](repeating: false, count: 256)
            for needle in needles { leads[Int(needle[0])] = true }
            var found: [Range<Int>] = []
            leads.withUnsafeBufferPointer { leads in
                for at in 0..<utf8.count where leads[Int(base[at])] {
                    for needle in needles where at + needle.count <= utf8.count && memcmp(base + at, needle, needle.count) == 0 {
                        found.append(max(0, at - reach)..<min(utf8.count, at + needle.count + reach))
                        break
                    }
                }
            }
            var merged: [Range<Int>] = []
            for range in found {
                if let last = merged.last, range.lowerBound <= last.upperBound {
                    merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    merged.append(range)
                }
            }
            return merged.map { range in
                var (start, end) = (range.lowerBound, range.upperBound)
                while start > 0, utf8[start - 1] != 0x20 { start -= 1 }
                while end < utf8.count, utf8[end] != 0x20 { end += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
            }
        }
    }
}
