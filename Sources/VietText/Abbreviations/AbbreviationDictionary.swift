import Foundation

/// The abbreviations tracuu knows: the built-in list (`BuiltInAbbreviations`),
/// definitions learned from the corpus, and the user's file, which overrides both.
/// Senses keep their order: built-in first, then learned ones by how many documents define them.
///
/// `CĐ` → "Công đoàn" (built-in), "cao đẳng" (built-in); `KCN` → "khu công nghiệp".
public struct AbbreviationDictionary: Sendable, Equatable {
    /// Every abbreviation, sorted by `abbr`.
    public private(set) var abbreviations: [Abbreviation]
    private var byKey: [String: Int]

    /// A learned sense of an abbreviation that already has others is kept once
    /// this many documents define it, so one odd definition cannot widen every search.
    public static let learnedSenseThreshold = 2

    public init(builtIn: [Abbreviation] = Self.builtIn, learned: [Abbreviation] = [], user: [Abbreviation] = []) {
        var merged: [String: Abbreviation] = [:]
        func add(_ abbreviation: Abbreviation) {
            let key = Abbreviation.key(abbreviation.abbr)
            guard var entry = merged[key] else {
                merged[key] = abbreviation
                return
            }
            for sense in abbreviation.senses {
                let senseKey = Abbreviation.expansionKey(sense.expansion)
                if let index = entry.senses.firstIndex(where: { Abbreviation.expansionKey($0.expansion) == senseKey }) {
                    entry.senses[index].definingDocuments += sense.definingDocuments
                } else if sense.source != .learned || sense.definingDocuments >= Self.learnedSenseThreshold
                            || entry.senses.allSatisfy({ $0.source == .learned }) {
                    entry.senses.append(sense)
                }
            }
            merged[key] = entry
        }
        builtIn.forEach(add)
        for abbreviation in learned {
            var sorted = abbreviation
            sorted.senses.sort { $0.definingDocuments > $1.definingDocuments }
            add(sorted)
        }
        let userKeys = Set(user.map { Abbreviation.key($0.abbr) })
        for key in userKeys { merged[key] = nil }
        user.forEach(add)
        abbreviations = merged.values.filter { !$0.senses.isEmpty }.sorted { $0.abbr < $1.abbr }
        byKey = Dictionary(uniqueKeysWithValues: abbreviations.enumerated().map { (Abbreviation.key($1.abbr), $0) })
    }

    /// The abbreviation written `text`, whatever its case: `cđ` finds `CĐ`.
    public func lookup(_ text: String) -> Abbreviation? {
        byKey[Abbreviation.key(text)].map { abbreviations[$0] }
    }

    /// The built-in list (`BuiltInAbbreviations`).
    public static let builtIn: [Abbreviation] = parse(tsv: BuiltInAbbreviations.tsv, source: .builtIn).abbreviations

    /// The bytes of the built-in list, which stamp the dictionary an index stores.
    public static let builtInBytes = Array(BuiltInAbbreviations.tsv.utf8)

    /// Reads `ABBR<TAB>expansion` lines (`#` starts a comment, blank lines are
    /// skipped); a line that does not read is returned with its number and why.
    /// Several lines for one abbreviation give it several senses, in order.
    public static func parse(tsv text: String, source: AbbreviationSense.Source)
        -> (abbreviations: [Abbreviation], problems: [(line: Int, reason: String)]) {
        var abbreviations: [Abbreviation] = []
        var index: [String: Int] = [:]
        var problems: [(Int, String)] = []
        for (offset, rawLine) in lines(of: text).enumerated() {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            let lineNumber = offset + 1
            if line.allSatisfy(\.isWhitespace) || line.drop(while: \.isWhitespace).first == "#" { continue }
            let fields = fields(of: line)
            guard fields.count == 2 else {
                problems.append((lineNumber, fields.count < 2 ? "no tab between the abbreviation and its expansion" : "more than one tab"))
                continue
            }
            let abbr = fields[0].trimmingCharacters(in: .whitespaces)
            let expansion = fields[1].trimmingCharacters(in: .whitespaces)
            guard !abbr.isEmpty, !abbr.contains(where: \.isWhitespace), abbr.contains(where: \.isLetter) else {
                problems.append((lineNumber, "'\(abbr)' is not an abbreviation (one word with a letter)"))
                continue
            }
            guard expansion.contains(where: \.isLetter) else {
                problems.append((lineNumber, "the expansion of \(abbr) is empty"))
                continue
            }
            let sense = AbbreviationSense(expansion: ICUNormalizer.nfc(expansion), source: source)
            let key = Abbreviation.key(abbr)
            if let existing = index[key] {
                if !abbreviations[existing].senses.contains(where: {
                    Abbreviation.expansionKey($0.expansion) == Abbreviation.expansionKey(sense.expansion)
                }) { abbreviations[existing].senses.append(sense) }
            } else {
                index[key] = abbreviations.count
                abbreviations.append(Abbreviation(abbr: key, senses: [sense]))
            }
        }
        return (abbreviations, problems)
    }

    /// The lines of `text`, found on the bytes: every line feed ends one, and a carriage
    /// return just before it is left out, so a file saved with `\r\n` reads line by line.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A {
                lines.append(text[start..<(previous == 0x0D ? utf8.index(before: index) : index)])
                start = utf8.index(after: index)
            }
            previous = byte
            utf8.formIndex(after: &index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// `line.split(separator: "\t", omittingEmptySubsequences: false)` on the bytes (a tab is always a character of its own).
    static func fields(of line: Substring) -> [Substring] {
        var fields: [Substring] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x09 {
                fields.append(line[start..<index])
                start = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        fields.append(line[start..<utf8.endIndex])
        return fields
    }
}
