import VietText

/// A user's query as tracuu reads it: words (all required), "quoted phrases",
/// `OR` between two items, `-word` or `-"phrase"` to exclude, `word*` for a
/// prefix, `title:word` (also `lead:`, `body:`) for one field. Anything else
/// is text: it never reaches FTS5 as syntax. `QueryPlanner` plans what it means.
///
/// `công đoàn -"cao đẳng" title:CAND OR CATP hoà*`
public struct SearchQuery: Equatable, Sendable {
    /// One searchable item: the text handed to the analyzer and how to match it.
    public struct Atom: Equatable, Sendable {
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var column: String?
        /// A spelling of a document number (`100/2015/NĐ-CP`): its letters are no
        /// abbreviation to expand (no text writes "100/2015/Nghị định Chính phủ").
        public var isDocumentNumber = false
    }

    /// Items joined by `OR`; a clause is required, or excluded when negated.
    public struct Clause: Equatable, Sendable {
        public var alternatives: [Atom]
        public var negated: Bool
    }

    public static let columns: Set<String> = ["title", "lead", "body"]

    public var clauses: [Clause]

    /// Parses any string; never fails. Items without a single word are dropped.
    public init(_ input: String, analyzer: Analyzer) {
        let atoms = Self.lex(input)
        var clauses: [Clause] = []
        var pendingOr = false
        for item in atoms {
            switch item {
            case .or:
                pendingOr = !clauses.isEmpty && !(clauses.last!.negated)
            case .atom(var atom, let negated):
                guard !analyzer.tokens(in: atom.text).isEmpty else { continue }
                if atom.isPrefix, analyzer.tokens(in: atom.text).count > 1 { atom.isPrefix = false }
                if pendingOr, !negated {
                    clauses[clauses.count - 1].alternatives.append(atom)
                } else {
                    clauses.append(Clause(alternatives: [atom], negated: negated))
                }
                pendingOr = false
            }
        }
        self.clauses = clauses
    }

    private enum Lexeme {
        case or
        case atom(Atom, negated: Bool)
    }

    /// Reads Unicode scalars, not Characters: a quote followed by a combining
    /// mark (`"\u{0300}`) is one Character but still a quote.
    private static func lex(_ input: String) -> [Lexeme] {
        var cleaned = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control || scalar.value == 0xE000 || scalar.value == 0xE001
            cleaned.append(isControl ? " " : scalar)
        }
        let quote: Unicode.Scalar = "\""
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
        var lexemes: [Lexeme] = []
        var rest = Substring(String(cleaned)).unicodeScalars
        while true {
            rest = rest.drop(while: isSpace)
            guard let first = rest.first else { break }
            var negated = false
            var column: String?
            if first == "-", let next = rest.dropFirst().first, !isSpace(next) {
                negated = true
                rest = rest.dropFirst()
            }
            if let colon = rest.prefix(while: { !isSpace($0) && $0 != quote }).firstIndex(of: ":") {
                let name = String(rest[..<colon]).lowercased()
                let after = rest[rest.index(after: colon)...]
                if columns.contains(name), let next = after.first, !isSpace(next) {
                    column = name
                    rest = after
                }
            }
            if rest.first == quote {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: quote) ?? body.endIndex
                let text = String(body[..<close])
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
                lexemes.append(.atom(Atom(text: text, isPhrase: true, isPrefix: false, column: column), negated: negated))
                continue
            }
            let end = rest.firstIndex(where: { isSpace($0) || $0 == quote }) ?? rest.endIndex
            var word = String(rest[..<end])
            rest = rest[end...]
            if word == "OR", !negated, column == nil {
                lexemes.append(.or)
                continue
            }
            var prefix = false
            if word.unicodeScalars.last == "*" {
                let scalars = word.unicodeScalars
                let core = scalars.drop(while: { $0 == "*" })
                let trailing = core.reversed().prefix(while: { $0 == "*" }).count
                word = String(String.UnicodeScalarView(core.dropLast(trailing)))
                prefix = !word.isEmpty
            }
            lexemes.append(.atom(Atom(text: word, isPhrase: false, isPrefix: prefix, column: column), negated: negated))
        }
        return lexemes
    }

    public var isEmpty: Bool { clauses.allSatisfy(\.negated) }

    /// Where an atom stands: its clause, and its place among the clause's alternatives.
    public struct Place: Equatable, Sendable {
        public var clause: Int
        public var alternative: Int
    }

    /// Every atom's place, in the order typed.
    public var places: [Place] {
        clauses.indices.flatMap { clause in clauses[clause].alternatives.indices.map { Place(clause: clause, alternative: $0) } }
    }

    /// The atom at `place`, to read or replace.
    public subscript(place: Place) -> Atom {
        get { clauses[place.clause].alternatives[place.alternative] }
        set { clauses[place.clause].alternatives[place.alternative] = newValue }
    }

    /// The query written back in its syntax, items one space apart: parsing it gives this query
    /// again. What a reading or suggestion shows: `tham nhũg -"cao đẳng"` → `tham nhũng -"cao đẳng"`.
    public var text: String {
        clauses.map { clause in
            (clause.negated ? "-" : "") + clause.alternatives.map { atom in
                (atom.column.map { $0 + ":" } ?? "") + (atom.isPhrase ? "\"\(atom.text)\"" : atom.text) + (atom.isPrefix ? "*" : "")
            }.joined(separator: " OR ")
        }.joined(separator: " ")
    }
}
