import Foundation
import GRDB
import VietText

/// Reads stored figures back: those of the documents a search finds, ranked as it ranks them
/// (`Searcher` lists them: its reading, tiers, fallbacks and filters), or of every document,
/// filtered by unit and value.
///
/// `figures(matching: "công đoàn", options: FigureOptions(unit: "đoàn viên", min: 1000))`
public final class FigureFinder {
    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The figures of the documents `query` finds (all documents when it is nil or blank) that
    /// pass `options`, with the total and the search that chose the documents.
    public func figures(matching query: String?, options: FigureOptions = FigureOptions()) throws -> FigureResults {
        let query = query.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let searcher = Searcher(database: database)
        let selection = SearchOptions(since: options.since, until: options.until, kind: options.kind, source: options.source, limit: 0, anyWord: options.anyWord)
        let filters = try Searcher.filters(selection)
        var conditions = filters.sql
        var arguments: [DatabaseValueConvertible?] = filters.arguments
        if let unit = options.unit {
            let (key, folded) = FigureExtractor.unitQuery(unit.trimmingSpacesOnly())
            let column = folded ? "f.unit_fold" : "f.unit_key"
            conditions += " AND (\(column) = ? OR (\(column) >= ? AND \(column) < ?) OR (\(column) >= ? AND \(column) < ?))"
            arguments += [key, key + " ", key + "!", key + "/", key + "0"]
        }
        if let document = options.document {
            conditions += " AND f.document = ?"
            arguments.append(document)
        }
        if let min = options.min {
            conditions += " AND f.value >= ?"
            arguments.append(min)
        }
        if let max = options.max {
            conditions += " AND f.value <= ?"
            arguments.append(max)
        }
        // With a query, each document found in turn (`m.rank`: its place in the search's ranking).
        let from = query == nil
            ? "figures f JOIN documents d ON d.id = f.document"
            : "matched m CROSS JOIN figures f ON f.document = m.id JOIN documents d ON d.id = f.document"
        let order: String
        switch options.sort {
        case .value: order = "f.value DESC, d.date IS NULL, d.date DESC, d.path, f.position"
        case .date: order = "d.date IS NULL, d.date DESC, d.path, f.position"
        case .rank: order = query == nil ? "d.date IS NULL, d.date DESC, d.path, f.position" : "m.rank, f.position"
        }
        let limitSQL = options.limit > 0 ? " LIMIT \(options.limit)" : ""
        return try database.query { db in
            guard try db.hasTable("figures") else {
                throw IndexError.notAnIndex(path: self.database.path, reason: "built before figures were stored")
            }
            guard try db.columns(in: "figures").contains(where: { $0.name == "unit_fold" }) else {
                throw IndexError.notAnIndex(path: self.database.path, reason: "built before figure directions and folded units were stored")
            }
            // The documents `tracuu search` finds for the query, in the order it ranks them.
            var prefix = ""
            var prefixArguments: [DatabaseValueConvertible?] = []
            var searched: SearchResults?
            if let query {
                let found = try searcher.search(query, options: selection, listing: .documents(ranked: options.sort == .rank), db)
                prefix = "WITH matched(id, rank) AS (SELECT value, key FROM json_each(?))"
                prefixArguments = ["[" + found.documentIDs.map(String.init).joined(separator: ",") + "]"]
                searched = found
            }
            let total = try Int.fetchOne(db, sql: "\(prefix) SELECT count(*) FROM \(from) WHERE 1\(conditions)",
                                         arguments: StatementArguments(prefixArguments + arguments)) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                \(prefix) SELECT f.document, f.position, f.text, f.value, f.upper, f.unit, f.qualifier, f.direction,
                       f.context_start, f.context_end, f.context_elided,
                       d.path, d.title, d.date
                FROM \(from) WHERE 1\(conditions) ORDER BY \(order)\(limitSQL)
                """, arguments: StatementArguments(prefixArguments + arguments))
            var hits = rows.map { row in
                FigureHit(
                    documentID: row["document"], path: row["path"], title: row["title"], date: row["date"],
                    text: row["text"], value: row["value"], upper: row["upper"], unit: row["unit"],
                    qualifier: (row["qualifier"] as String?).flatMap(FigureQualifier.init(rawValue:)),
                    direction: (row["direction"] as String?).flatMap(FigureDirection.init(rawValue:)),
                    context: "", highlight: nil, position: row["position"])
            }
            // Each document's text is read once, for the hits returned only.
            let fullText = try db.cachedStatement(sql: FigureContext.fullTextSQL)
            var text = Data(), textID: Int64?
            for index in hits.indices.sorted(by: { (hits[$0].documentID, $0) < (hits[$1].documentID, $1) }) {
                let id = hits[index].documentID
                if id != textID {
                    text = try Data.fetchOne(fullText, arguments: [id]) ?? Data()
                    textID = id
                }
                let row = rows[index]
                let start: Int = row["context_start"], elided: Int64 = row["context_elided"]
                let context = FigureContext.text(in: text, start: start, end: row["context_end"], elided: elided)
                hits[index].context = context
                hits[index].highlight = FigureContext.highlight(
                    position: hits[index].position, text: hits[index].text, context: context, start: start, elided: elided)
            }
            return FigureResults(query: query, total: total, hits: hits, searched: searched)
        }
    }
}

private extension String {
    func trimmingSpacesOnly() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
