import GRDB
import VietText

/// Stores the figures each document quotes (see `FigureExtractor`) in the
/// `figures` table, one row per figure, with where its sentence stands in the
/// document's title, lead and body joined by newlines (see `FigureContext`).
struct FigureAnnotator: DocumentAnnotator {
    private let extractor = FigureExtractor()

    static let table = "figures"

    func annotate(_ document: Document) -> StoreAnnotation? {
        let figures = extractor.figures(in: document.fullText)
        guard !figures.isEmpty else { return nil }
        let rows = figures.map(StoredFigure.init)
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO figures(document, position, text, value, upper, unit, unit_key, unit_fold, qualifier, direction,
                                    context_start, context_end, context_elided)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let statement = RawStatement(insert, db)
            for row in rows {
                statement.bind(id, at: 1)
                row.bind(to: statement)
                try statement.execute()
            }
            statement.clearBindings()
        }
    }

    /// One figure's columns, made on the preparing thread so the writer only binds them.
    private struct StoredFigure: Sendable {
        var position: Int64
        var text: String
        var value: Double
        var upper: Double?
        var unit: String?
        var unitKey: String?
        var unitFold: String?
        var qualifier: String?
        var direction: String?
        var contextStart: Int64
        var contextEnd: Int64
        var contextElided: Int64

        init(_ figure: Figure) {
            position = Int64(figure.range.lowerBound)
            text = figure.text
            value = figure.value
            upper = figure.upper
            unit = figure.unit
            unitKey = figure.unitKey
            unitFold = unitKey.map(FigureExtractor.unitFold)
            qualifier = figure.qualifier?.rawValue
            direction = figure.direction?.rawValue
            contextStart = Int64(figure.contextRange.lowerBound)
            contextEnd = Int64(figure.contextRange.upperBound)
            contextElided = FigureContext.elided(before: figure.elidedBefore, after: figure.elidedAfter)
        }

        func bind(to statement: RawStatement) {
            statement.bind(position, at: 2)
            statement.bind(text, at: 3)
            statement.bind(value, at: 4)
            statement.bind(upper, at: 5)
            statement.bind(unit, at: 6)
            statement.bind(unitKey, at: 7)
            statement.bind(unitFold, at: 8)
            statement.bind(qualifier, at: 9)
            statement.bind(direction, at: 10)
            statement.bind(contextStart, at: 11)
            statement.bind(contextEnd, at: 12)
            statement.bind(contextElided, at: 13)
        }
    }
}
