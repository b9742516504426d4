import GRDB
import GRDBSQLite
import VietText

/// Stores the figures each document quotes (see `FigureExtractor`) in the
/// `figures` table, one row per figure, with where its sentence stands in the
/// document's title, lead and body joined by newlines (see `FigureContext`).
struct FigureAnnotator: DocumentAnnotator {
    private let extractor = FigureExtractor()

    func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE figures(
                id INTEGER PRIMARY KEY,
                document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                value REAL NOT NULL,
                upper REAL,
                unit TEXT,
                unit_key TEXT,
                qualifier TEXT,
                context_start INTEGER NOT NULL,
                context_end INTEGER NOT NULL,
                context_elided INTEGER NOT NULL);
            """)
    }

    func createIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX figures_document ON figures(document);
            CREATE INDEX figures_unit_value ON figures(unit_key, value);
            """)
    }

    func annotate(_ document: Document) -> StoreAnnotation? {
        let figures = extractor.figures(in: document.fullText)
        guard !figures.isEmpty else { return nil }
        let rows = figures.map(StoredFigure.init)
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO figures(document, position, text, value, upper, unit, unit_key, qualifier,
                                    context_start, context_end, context_elided)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let statement = insert.sqliteStatement
            for row in rows {
                sqlite3_bind_int64(statement, 1, id)
                row.bind(to: statement)
                let code = sqlite3_step(statement)
                sqlite3_reset(statement)
                guard code == SQLITE_DONE else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                        sql: insert.sql)
                }
            }
            sqlite3_clear_bindings(statement)
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
        var qualifier: String?
        var contextStart: Int64
        var contextEnd: Int64
        var contextElided: Int64

        init(_ figure: Figure) {
            position = Int64(figure.range.lowerBound)
            text = figure.text
            value = figure.value
            upper = figure.upper
            unit = figure.unit
            unitKey = figure.unit.map(FigureExtractor.unitKey)
            qualifier = figure.qualifier?.rawValue
            contextStart = Int64(figure.contextRange.lowerBound)
            contextEnd = Int64(figure.contextRange.upperBound)
            contextElided = FigureContext.elided(before: figure.elidedBefore, after: figure.elidedAfter)
        }

        func bind(to statement: SQLiteStatement) {
            sqlite3_bind_int64(statement, 2, position)
            Self.bind(text, at: 3, to: statement)
            sqlite3_bind_double(statement, 4, value)
            if let upper { sqlite3_bind_double(statement, 5, upper) } else { sqlite3_bind_null(statement, 5) }
            Self.bind(unit, at: 6, to: statement)
            Self.bind(unitKey, at: 7, to: statement)
            Self.bind(qualifier, at: 8, to: statement)
            sqlite3_bind_int64(statement, 9, contextStart)
            sqlite3_bind_int64(statement, 10, contextEnd)
            sqlite3_bind_int64(statement, 11, contextElided)
        }

        private static func bind(_ string: String?, at index: Int32, to statement: SQLiteStatement) {
            guard let string else {
                sqlite3_bind_null(statement, index)
                return
            }
            string.withCString { sqlite3_bind_text(statement, index, $0, Int32(string.utf8.count), SQLiteBinding.transient) }
        }
    }
}
