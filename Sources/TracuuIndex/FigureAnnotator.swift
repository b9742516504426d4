import GRDB
import VietText

/// Stores the figures each document quotes (see `FigureExtractor`) in the
/// `figures` table, one row per figure, with the sentence it stands in.
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
                context TEXT NOT NULL);
            CREATE INDEX figures_document ON figures(document);
            CREATE INDEX figures_unit_value ON figures(unit_key, value);
            """)
    }

    func annotate(_ document: Document) -> StoreAnnotation? {
        let figures = extractor.figures(in: document.fullText)
        guard !figures.isEmpty else { return nil }
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO figures(document, position, text, value, upper, unit, unit_key, qualifier, context)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for figure in figures {
                try insert.execute(arguments: [
                    id, figure.range.lowerBound, figure.text, figure.value, figure.upper, figure.unit,
                    figure.unit.map(FigureExtractor.unitKey), figure.qualifier?.rawValue, figure.sentence,
                ])
            }
        }
    }
}
