import Foundation
import VietText

/// Compiles a `SearchQuery` into FTS5 expressions in which every piece of user
/// text is a quoted string, so no input is ever FTS5 syntax.
///
/// `cong doan` → `("cong doan") OR ("cong" AND "doan")`: documents where the
/// words stand together as typed score from both sides.
public enum FTS5QueryCompiler {
    /// All required clauses, with runs of plain words also tried as a phrase.
    /// `phrases: false` leaves the phrases out: the same documents, for counting them.
    /// `spelledOut` gives the accented forms an unaccented plain word matches; such a word
    /// then becomes an OR of exact terms (`tai` → `("\u{2}tai" OR "\u{2}tài" OR …)`), the same
    /// documents as its query-time synonyms, which FTS5 can only match by merging their
    /// positions: counting `tai nạn` this way reads rowids only.
    public static func strict(_ query: SearchQuery, phrases: Bool = true, spelledOut: ((String) -> [String])? = nil) -> String? {
        let positives = query.clauses.filter { !$0.negated }
        guard !positives.isEmpty else { return nil }
        var parts: [String] = []
        var run: [SearchQuery.Atom] = []
        func flushRun() {
            if run.count >= 2, phrases {
                let phrase = quote(run.map(\.text).joined(separator: " "))
                parts.append("(\(phrase) OR (\(unique(run.map { atom($0) }).joined(separator: " AND "))))")
            } else {
                parts.append(contentsOf: run.map { atom($0, spelledOut: spelledOut) })
            }
            run.removeAll()
        }
        for clause in positives {
            if clause.alternatives.count == 1, let only = clause.alternatives.first, !only.isPhrase, !only.isPrefix, only.column == nil,
               only.expression == nil {
                run.append(only)
                continue
            }
            flushRun()
            parts.append(alternatives(clause.alternatives))
        }
        flushRun()
        return withExclusions(unique(parts).joined(separator: " AND "), query)
    }

    /// Any of the positive atoms, for long questions where requiring every word finds nothing.
    public static func relaxed(_ query: SearchQuery) -> String? {
        let atoms = query.positiveAtoms
        guard !atoms.isEmpty else { return nil }
        return withExclusions(unique(atoms.map { atom($0) }).joined(separator: " OR "), query)
    }

    /// The required clauses with each word matched by its exact form only, exclusions
    /// kept: documents matching this rank above those matched only through folding.
    public static func exactOnly(_ query: SearchQuery) -> String? {
        let positives = query.clauses.filter { !$0.negated }
        guard !positives.isEmpty else { return nil }
        return withExclusions(unique(positives.map { alternatives($0.alternatives, exact: true) }).joined(separator: " AND "), query)
    }

    /// Each expression once: a word repeated in a query adds nothing to AND or OR, but
    /// FTS5's snippet() and bm25 work per phrase instance, so `đoàn đoàn … đoàn`
    /// (a 5,000-character query) cost time quadratic in the repetitions.
    private static func unique(_ expressions: [String]) -> [String] {
        var seen: Set<String> = []
        return expressions.filter { seen.insert($0).inserted }
    }

    private static func withExclusions(_ expression: String, _ query: SearchQuery) -> String {
        let negatives = query.clauses.filter(\.negated).flatMap(\.alternatives)
        guard !negatives.isEmpty else { return expression }
        return "(\(expression)) NOT (\(negatives.map { atom($0) }.joined(separator: " OR ")))"
    }

    private static func alternatives(_ atoms: [SearchQuery.Atom], exact: Bool = false) -> String {
        let compiled = atoms.map { atom($0, exact: exact) }
        return compiled.count == 1 ? compiled[0] : "(\(compiled.joined(separator: " OR ")))"
    }

    /// A plain word as the OR of its exact form and the accented forms `spelledOut` lists.
    private static func atom(_ atom: SearchQuery.Atom, spelledOut: ((String) -> [String])?) -> String {
        guard let spelledOut, atom.expression == nil, !atom.isPhrase, !atom.isPrefix, atom.column == nil else { return self.atom(atom) }
        let forms = spelledOut(atom.text)
        guard !forms.isEmpty else { return self.atom(atom) }
        let marker = String(UnicodeScalar(IndexTerm.exactOnlyMarker))
        return "(\(([atom.text] + forms).map { quote(marker + $0) }.joined(separator: " OR ")))"
    }

    static func atom(_ atom: SearchQuery.Atom, exact: Bool = false) -> String {
        if let expression = atom.expression { return exact ? atom.exactExpression ?? expression : expression }
        var text = quote((exact ? String(UnicodeScalar(IndexTerm.exactOnlyMarker)) : "") + atom.text)
        if atom.isPrefix { text += "*" }
        if let column = atom.column { text = "\(column) : \(text)" }
        return text
    }

    /// The strings of an expression `quote` wrote, unquoted: `"a" OR ("b""c" + "d")` → a, b"c, d.
    static func strings(in expression: String) -> [String] {
        var strings: [String] = []
        var current = String.UnicodeScalarView()
        var inString = false
        var scalars = expression.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            guard inString else {
                inString = scalar == "\""
                continue
            }
            if scalar != "\"" {
                current.append(scalar)
            } else if pending == "\"" {
                current.append(scalar)
                pending = scalars.next()
            } else {
                strings.append(String(current))
                current.removeAll()
                inString = false
            }
        }
        return strings
    }

    /// An FTS5 string: every `"` scalar doubled, including one that a
    /// combining mark joins into a larger Character.
    static func quote(_ text: String) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
