import GRDB
import VietText

/// Stores the figures each document quotes (see `FigureExtractor`) in the
/// `figures` table, one row per figure, with where its sentence stands in the
/// document's title, lead and body joined by newlines (see `FigureContext`).
struct FigureAnnotator: DocumentAnnotator {
    private let extractor = FigureExtractor()

    static let table = "figures"

    func annotate(_ document: Document, fullText: String) -> StoreAnnotation? {
        let figures = extractor.figures(in: fullText)
        guard !figures.isEmpty else { return nil }
        let rows = figures.map(StoredFigure.init)
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO figures(document, position, value, upper, context_start, context_end, context_elided,
                                    text, unit, unit_key, unit_fold, qualifier, direction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let statement = RawStatement(insert, db)
            defer { statement.clearBindings() }
            for row in rows {
                statement.bind(id, at: 1)
                try row.insert(with: statement)
            }
        }
    }

    /// One figure's columns, made on the preparing thread so the writer only binds them.
    private struct StoredFigure: Sendable {
        var position: Int64
        var value: Double
        var upper: Double?
        var contextStart: Int64
        var contextEnd: Int64
        var contextElided: Int64
        /// The text columns' UTF-8 one after another (`text`, `unit`, `unit_key`, `unit_fold`,
        /// `qualifier`, `direction`), bound in place by the writer instead of copied column by column.
        var texts: [UInt8] = []
        /// Where each text column ends in `texts`; nil for NULL.
        var ends: [Int?] = []

        init(_ figure: Figure) {
            position = Int64(figure.range.lowerBound)
            value = figure.value
            upper = figure.upper
            contextStart = Int64(figure.contextRange.lowerBound)
            contextEnd = Int64(figure.contextRange.upperBound)
            contextElided = FigureContext.elided(before: figure.elidedBefore, after: figure.elidedAfter)
            ends.reserveCapacity(6)
            append(figure.text)
            append(figure.unit)
            append(figure.unitKey)
            append(figure.unitKey.map(FigureExtractor.unitFold))
            append(figure.qualifier?.rawValue)
            append(figure.direction?.rawValue)
        }

        private mutating func append(_ column: String?) {
            guard var column else { return ends.append(nil) }
            column.withUTF8 { texts.append(contentsOf: $0) }
            ends.append(texts.count)
        }

        /// Binds the columns after the document's id and runs the insert; the text bindings
        /// point into `texts`, so the caller clears them before this row goes.
        func insert(with statement: RawStatement) throws {
            statement.bind(position, at: 2)
            statement.bind(value, at: 3)
            statement.bind(upper, at: 4)
            statement.bind(contextStart, at: 5)
            statement.bind(contextEnd, at: 6)
            statement.bind(contextElided, at: 7)
            try texts.withUnsafeBufferPointer { texts in
                var start = 0
                for (column, end) in ends.enumerated() {
                    let index = Int32(8 + column)
                    guard let end else {
                        statement.bind(nil as String?, at: index)
                        continue
                    }
                    statement.bind(borrowing: UnsafeBufferPointer(rebasing: texts[start..<end]), at: index)
                    start = end
                }
                try statement.execute()
            }
        }
    }
}
