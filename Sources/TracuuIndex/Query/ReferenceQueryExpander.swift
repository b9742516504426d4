import GRDB
import VietText

/// Widens a query that names a document number to every spelling the index
/// holds of it: `2/NQ-TW`, `02-NQ-TW` or "02 NQ/TW" also look for "02-NQ/TW" and "02/NQ-TW";
/// the words "Nghị quyết 02" (or "nghi quyet so 2", "NQ 02") become that phrase or any
/// spelling of a resolution numbered 2 that documents cite (`DocumentNumberQuery`).
enum ReferenceQueryExpander {
    /// Whether the query has a digit: every document number it could name has one, so a
    /// query without (`giá xăng`) skips the extractor and its tables.
    static func mayNameDocument(_ text: String) -> Bool {
        text.utf8.contains { (0x30...0x39).contains($0) }
    }

    /// Whether some atom of the query has a digit (`mayNameDocument(_:)` of its words).
    static func mayNameDocument(_ query: SearchQuery) -> Bool {
        query.clauses.contains { $0.alternatives.contains { mayNameDocument($0.text) } }
    }

    /// `02 - nq/tw công đoàn` → `"02 - nq/tw" công đoàn`: a number written with spaces stays one item.
    static func quotingReferences(_ text: String) -> String {
        let references = DocumentNumberExtractor(includeWeak: false).references(in: text)
        guard !references.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var cursor = 0
        for reference in references {
            let quotesBefore = bytes[..<reference.start].reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) }
            guard quotesBefore % 2 == 0 else { continue }
            output += bytes[cursor..<reference.start]
            output += [0x22] + bytes[reference.start..<reference.end] + [0x22]
            cursor = reference.end
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }

    static func expand(_ query: SearchQuery, _ db: Database) throws -> SearchQuery {
        guard try db.hasTable(DocumentCitationAnnotator.table) else { return query }
        var query = query
        for index in query.clauses.indices {
            var alternatives = query.clauses[index].alternatives
            for (position, atom) in query.clauses[index].alternatives.enumerated() where atom.column == nil && !atom.isPrefix {
                guard case .number(let id)? = DocumentNumberQuery.parse(atom.text) else { continue }
                alternatives[position].isDocumentNumber = true
                alternatives += try spellings(of: [id], db).map(spelling)
            }
            query.clauses[index].alternatives = distinct(alternatives)
        }
        return try expandTypeAndNumber(query, db)
    }

    /// Runs of plain words "type word [số] number" (or one phrase of them) → that text or any spelling of the numbers cited.
    private static func expandTypeAndNumber(_ query: SearchQuery, _ db: Database) throws -> SearchQuery {
        var clauses = query.clauses
        var index = 0
        while index < clauses.count {
            defer { index += 1 }
            for length in stride(from: min(5, clauses.count - index), through: 1, by: -1) {
                let run = clauses[index..<(index + length)]
                guard run.allSatisfy({ !$0.negated && $0.alternatives.count == 1 && $0.alternatives[0].column == nil && !$0.alternatives[0].isPrefix }),
                      length > 1 || run.first!.alternatives[0].isPhrase else { continue }
                let text = run.map { $0.alternatives[0].text }.joined(separator: " ")
                let ids: [String]
                switch DocumentNumberQuery.parse(text) {
                case .typeAndNumber(let type, let number)?:
                    ids = try String.fetchAll(db, sql: """
                        SELECT DISTINCT canonical FROM \(DocumentCitationAnnotator.table) WHERE type = ? AND number = ? AND weak = 0
                        """, arguments: [type.code, number])
                case .number(let id)? where length > 1:
                    ids = [id]
                default:
                    continue
                }
                guard !ids.isEmpty else { continue }
                let alternatives = [phrase(text)] + (try spellings(of: ids, db)).map(spelling)
                clauses.replaceSubrange(index..<(index + length), with: [SearchQuery.Clause(alternatives: distinct(alternatives), negated: false)])
                break
            }
        }
        var expanded = query
        expanded.clauses = clauses
        return expanded
    }

    private static func spellings(of ids: [String], _ db: Database) throws -> [String] {
        var result = ids
        for id in ids {
            result += try String.fetchAll(db, sql: """
                SELECT DISTINCT surface FROM \(DocumentCitationAnnotator.table) WHERE canonical = ? AND weak = 0 LIMIT 50
                """, arguments: [id])
        }
        return result
    }

    private static func phrase(_ text: String) -> SearchQuery.Atom {
        SearchQuery.Atom(text: text, isPhrase: true, isPrefix: false, column: nil)
    }

    /// A spelling of a document number the index holds, as a phrase.
    private static func spelling(_ text: String) -> SearchQuery.Atom {
        SearchQuery.Atom(text: text, isPhrase: true, isPrefix: false, column: nil, isDocumentNumber: true)
    }

    private static func distinct(_ atoms: [SearchQuery.Atom]) -> [SearchQuery.Atom] {
        var seen: Set<String> = []
        return atoms.filter { seen.insert($0.text.lowercased()).inserted }
    }
}
