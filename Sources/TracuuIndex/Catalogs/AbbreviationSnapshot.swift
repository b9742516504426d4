import GRDB
import VietText

/// The whole abbreviation dictionary (built-in and learned, merged) as the index run that
/// last changed the learned senses left it, filed under the keys `AbbreviationExpander`
/// looks entries up by: a search reads the few entries its words reach instead of merging
/// and analyzing every one.
///
/// It counts only under its stamp in `meta`, written in the same transaction. A trigger
/// (`IndexSchema`) deletes the stamp with any change to `abbreviation_definitions`, in that change's
/// transaction, so an interrupted run (or an older tracuu updating the index) leaves no
/// stale snapshot in use; the stamp also names the built-in list, so a binary shipping
/// another one falls back to the merge. Bump `format` when the merge or the filing changes.
/// The contexts that tell an abbreviation's sense (`AbbreviationContexts`) are found with it.
enum AbbreviationSnapshot {
    static let entries = "abbreviation_snapshot"
    static let keys = "abbreviation_snapshot_keys"
    static let stampKey = "abbreviation_snapshot"
    static let format = 2

    /// What the stamp in `meta` must say for the snapshot to be read.
    static let stamp = "\(format) \(IndexTerm.tokenizerVersion) \(ContentHash.of(AbbreviationDictionary.builtInBytes))"

    /// The snapshot's entries filed under any of `keys`, in dictionary order, or nil when
    /// the index has no current snapshot.
    static func entries(filedUnder keys: Set<String>, _ db: Database) throws -> [Abbreviation]? {
        guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [stampKey]) == stamp else { return nil }
        guard !keys.isEmpty else { return [] }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT position, abbr, expansion, source, documents FROM \(entries)
            WHERE position IN (SELECT position FROM \(Self.keys) WHERE key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ","))))
            ORDER BY position, sense
            """, arguments: StatementArguments(keys.map { $0 as (any DatabaseValueConvertible)? }))
        var abbreviations: [Abbreviation] = []
        var position: Int64 = -1
        while let row = try rows.next() {
            let sense = AbbreviationSense(
                expansion: row[2], source: AbbreviationSense.Source(rawValue: row[3]) ?? .learned, definingDocuments: row[4])
            let rowPosition: Int64 = row[0]
            if rowPosition == position {
                abbreviations[abbreviations.count - 1].senses.append(sense)
            } else {
                position = rowPosition
                abbreviations.append(Abbreviation(abbr: row[1], senses: [sense]))
            }
        }
        return abbreviations
    }

    /// The dictionary `AbbreviationDictionary(learned:user:)` makes, for entries of the
    /// snapshot (`entries(filedUnder:)`): the user's abbreviations replace theirs.
    static func overriding(_ entries: [Abbreviation], with user: [Abbreviation]) -> [Abbreviation] {
        guard !user.isEmpty else { return entries }
        let own = AbbreviationDictionary(builtIn: [], user: user).abbreviations
        let replaced = Set(own.map { Abbreviation.key($0.abbr) })
        return (entries.filter { !replaced.contains(Abbreviation.key($0.abbr)) } + own).sorted { $0.abbr < $1.abbr }
    }

    /// Writes the snapshot unless the current one is up to date (no index run has changed
    /// the learned senses since, and the built-in list is the same).
    static func refresh(_ db: Database) throws {
        if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [stampKey]) == stamp { return }
        try write(db)
    }

    /// Replaces the snapshot with the dictionary the index makes now, and stamps it.
    static func write(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM \(entries); DELETE FROM \(keys)")
        let dictionary = AbbreviationDictionary(learned: try AbbreviationCatalog.learned(db))
        let analyzer = Analyzer()
        let insertSense = try db.makeStatement(sql: "INSERT INTO \(entries)(position, sense, abbr, expansion, source, documents) VALUES (?, ?, ?, ?, ?, ?)")
        let insertKey = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(keys)(key, position) VALUES (?, ?)")
        for (position, abbreviation) in dictionary.abbreviations.enumerated() {
            for (index, sense) in abbreviation.senses.enumerated() {
                try insertSense.execute(arguments: [
                    position, index, abbreviation.abbr, sense.expansion, sense.source.rawValue, sense.definingDocuments,
                ])
            }
            let filed = AbbreviationExpander.keys(of: abbreviation, analyzer)
            for key in [filed.abbreviation].compactMap({ $0 }) + filed.senses.map(\.key) {
                try insertKey.execute(arguments: [key, position])
            }
        }
        try AbbreviationContexts.write(dictionary, db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [stampKey, stamp])
    }
}
