/// An FTS5 expression as `FTS5QueryCompiler` writes it, with its phrases counted as FTS5
/// numbers them (left to right, strings joined by `+` being one phrase) while it is joined:
/// `("UBND" OR "Ủy ban nhân dân")` holds two phrases, both standing alone as alternatives.
public struct FTS5Expression: Equatable, Sendable {
    /// The expression's FTS5 text.
    public let text: String
    /// The phrases standing alone as its top-level alternatives: every document holding one of
    /// them matches the expression. `("tai nạn" OR ("tai" AND "nạn"))` → 0; `(…) NOT (…)` → none.
    public let alternatives: [Int]
    /// How many phrases the text holds.
    let phrases: Int

    /// One phrase: quoted strings joined by `+`, with a column filter and a prefix star when given.
    /// A single string and nothing else stands alone.
    static func phrase(_ strings: [String], column: String? = nil, prefix: Bool = false) -> FTS5Expression {
        let text = (column.map { "\($0) : " } ?? "") + strings.joined(separator: " + ") + (prefix ? "*" : "")
        return FTS5Expression(text: text, alternatives: strings.count == 1 && column == nil && !prefix ? [0] : [], phrases: 1)
    }

    /// Expressions each standing for one phrase, joined by `+` into one.
    static func phrase(_ parts: [FTS5Expression]) -> FTS5Expression {
        parts.count == 1 ? parts[0] : FTS5Expression(text: parts.map(\.text).joined(separator: " + "), alternatives: [], phrases: 1)
    }

    /// Every part: joined by AND, with no alternative of its own unless only one.
    static func all(_ parts: [FTS5Expression]) -> FTS5Expression {
        parts.count == 1 ? parts[0] : FTS5Expression(text: parts.map(\.text).joined(separator: " AND "), alternatives: [], phrases: parts.reduce(0) { $0 + $1.phrases })
    }

    /// Any part: joined by OR, each part that is one lone phrase an alternative.
    static func any(_ parts: [FTS5Expression]) -> FTS5Expression {
        guard parts.count != 1 else { return parts[0] }
        var alternatives: [Int] = []
        var phrases = 0
        for part in parts {
            if part.isLonePhrase { alternatives.append(phrases) }
            phrases += part.phrases
        }
        return FTS5Expression(text: parts.map(\.text).joined(separator: " OR "), alternatives: alternatives, phrases: phrases)
    }

    /// The documents of `self` that `excluded` does not hold.
    func not(_ excluded: FTS5Expression) -> FTS5Expression {
        FTS5Expression(text: "\(text) NOT \(excluded.text)", alternatives: [], phrases: phrases + excluded.phrases)
    }

    /// The expression in parentheses: the same phrases and alternatives.
    var parenthesized: FTS5Expression { FTS5Expression(text: "(\(text))", alternatives: alternatives, phrases: phrases) }

    /// One string and nothing else, in parentheses or not.
    var isLonePhrase: Bool { phrases == 1 && alternatives == [0] }
}
