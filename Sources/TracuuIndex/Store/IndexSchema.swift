import GRDB

/// Every table, index and trigger of an index file, and the way from an older schema to
/// this one: `schema_version` in `meta` is read on each open; an index at an older version
/// is migrated in place when it is opened for writing (read as it is otherwise), and one
/// this tracuu cannot migrate says to rebuild.
///
/// Version 1: documents, files, FTS5, accented forms, references, abbreviation definitions,
/// figures. Version 2: the abbreviation snapshot and its staleness triggers exist from the start.
/// Version 3: syllable pair counts (`SyllablePairs`), empty in a migrated index until its
/// documents are indexed again. Version 4: those counts also hold pairs of two unaccented
/// words, counted again from the stored titles and leads.
enum IndexSchema {
    static let version = 4

    /// The steps that take an index from version `n` to `n + 1` in place. A change that needs
    /// every document read again (a new annotation) has no step: it bumps the tokenizer
    /// version (`IndexTerm`) instead, and the index must be rebuilt.
    private static let migrations: [Int: @Sendable (Database) throws -> Void] = [
        1: createAbbreviationSnapshot,
        2: createSyllablePairs,
        3: SyllablePairs.recount,
    ]

    /// Whether an index at `found` can be used by this tracuu: as it is for reading, migrated for writing.
    static func canMigrate(from found: Int) -> Bool {
        found >= 1 && found <= version && (found..<version).allSatisfy { migrations[$0] != nil }
    }

    /// The tables and indexes of a new index. A bulk build (`sortingLater`) leaves out the
    /// indexes its rows reach in random order (`secondaryIndexes`' `sorted`): filling one row by row misses
    /// the cache at each insert on the writer, sorting it once the rows are in does not;
    /// `createSortedIndexes` makes them when the build is done.
    static func create(_ db: Database, sortingLater: Bool = false) throws {
        try db.execute(sql: "PRAGMA application_id = \(IndexSignature.applicationID)")
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE files(
                path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL);
            CREATE TABLE documents(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                file TEXT NOT NULL,
                title TEXT NOT NULL, lead TEXT NOT NULL, body TEXT NOT NULL,
                date TEXT, source TEXT, url TEXT, kind TEXT NOT NULL, number TEXT,
                hash TEXT NOT NULL);
            CREATE VIRTUAL TABLE documents_fts USING fts5(
                title, lead, body, content='documents', content_rowid='id',
                tokenize='\(VietnameseTokenizer.name)', detail=full);
            CREATE TABLE \(AccentedForms.table)(
                folded TEXT NOT NULL, exact TEXT NOT NULL, PRIMARY KEY (folded, exact)) WITHOUT ROWID;
            CREATE TABLE \(DocumentCitationAnnotator.table)(
                document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                canonical TEXT NOT NULL, type TEXT NOT NULL, issuer TEXT, number INTEGER NOT NULL, year INTEGER,
                surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                issued TEXT, type_word TEXT, body TEXT, title TEXT, weak INTEGER NOT NULL,
                relation TEXT NOT NULL DEFAULT 'cites', scope TEXT, term TEXT);
            CREATE TABLE \(AbbreviationAnnotator.table)(
                document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                abbr TEXT NOT NULL,
                expansion TEXT NOT NULL,
                PRIMARY KEY (document, abbr, expansion)) WITHOUT ROWID;
            CREATE TABLE \(FigureAnnotator.table)(
                id INTEGER PRIMARY KEY,
                document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                value REAL NOT NULL,
                upper REAL,
                unit TEXT,
                unit_key TEXT,
                unit_fold TEXT,
                qualifier TEXT,
                direction TEXT,
                context_start INTEGER NOT NULL,
                context_end INTEGER NOT NULL,
                context_elided INTEGER NOT NULL);
            """)
        try createAbbreviationSnapshot(db)
        try createSyllablePairs(db)
        for index in secondaryIndexes where !(sortingLater && index.sorted) { try db.execute(sql: index.sql) }
        try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES ('tokenizer_version', ?), ('schema_version', ?)",
            arguments: [IndexTerm.tokenizerVersion, String(version)])
    }

    /// The indexes no constraint needs; `sorted` for those a bulk build's rows reach in random
    /// order (text keys of the citations, abbreviations and figures), made once it is done. The
    /// others are filled in the order of their key as the rows come (document ids, files by
    /// path) or are small (one row a document).
    private static let secondaryIndexes: [(sql: String, sorted: Bool)] = [
        ("CREATE INDEX documents_file ON documents(file)", false),
        ("CREATE INDEX documents_date ON documents(date)", false),
        ("CREATE INDEX documents_number ON documents(number)", false),
        ("CREATE INDEX \(DocumentCitationAnnotator.table)_canonical ON \(DocumentCitationAnnotator.table)(canonical)", true),
        ("CREATE INDEX \(DocumentCitationAnnotator.table)_document ON \(DocumentCitationAnnotator.table)(document)", false),
        ("CREATE INDEX \(AbbreviationAnnotator.table)_abbr ON \(AbbreviationAnnotator.table)(abbr)", true),
        ("CREATE INDEX \(FigureAnnotator.table)_document ON \(FigureAnnotator.table)(document)", false),
        ("CREATE INDEX \(FigureAnnotator.table)_unit_value ON \(FigureAnnotator.table)(unit_key, value)", true),
        ("CREATE INDEX \(FigureAnnotator.table)_unit_fold_value ON \(FigureAnnotator.table)(unit_fold, value)", true),
    ]

    /// The indexes a bulk build left out (`create(_:sortingLater:)`), each sorted from its table.
    static func createSortedIndexes(_ db: Database) throws {
        for index in secondaryIndexes where index.sorted { try db.execute(sql: index.sql) }
    }

    /// `AbbreviationSnapshot`'s tables, and the triggers that drop its stamp with any change
    /// to the definitions it was made from, in that change's transaction.
    private static func createAbbreviationSnapshot(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS \(AbbreviationSnapshot.entries)(
                position INTEGER NOT NULL, sense INTEGER NOT NULL, abbr TEXT NOT NULL,
                expansion TEXT NOT NULL, source TEXT NOT NULL, documents INTEGER NOT NULL,
                PRIMARY KEY (position, sense)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS \(AbbreviationSnapshot.keys)(
                key TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (key, position)) WITHOUT ROWID;
            """)
        for event in ["INSERT", "DELETE", "UPDATE"] {
            try db.execute(sql: """
                CREATE TRIGGER IF NOT EXISTS \(AbbreviationSnapshot.entries)_stale_on_\(event.lowercased())
                AFTER \(event) ON \(AbbreviationAnnotator.table)
                BEGIN DELETE FROM meta WHERE key = '\(AbbreviationSnapshot.stampKey)'; END
                """)
        }
    }

    private static func createSyllablePairs(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS \(SyllablePairs.table)(
                folded TEXT NOT NULL, exact TEXT NOT NULL, count INTEGER NOT NULL,
                PRIMARY KEY (folded, exact)) WITHOUT ROWID;
            """)
    }

    /// Takes an index opened for writing from `found` to `version`, in one transaction.
    static func migrate(from found: Int, _ db: Database) throws {
        for step in found..<version {
            guard let migration = migrations[step] else { return }
            try migration(db)
        }
        try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [String(version)])
    }
}
