import Foundation
import GRDB
import VietText

/// The index file: one SQLite database in WAL mode holding the documents,
/// the files they came from and an external-content FTS5 table over title,
/// lead and body, tokenized by `VietnameseTokenizer` (every table in `IndexSchema`).
/// Its reads and writes turn SQLite's errors into tracuu's through `SQLiteFailure`.
public final class IndexDatabase: Sendable {
    public let path: String
    /// A pool (WAL, readers beside the writer) for an index being updated; one read-only
    /// connection for an index only read; a queue without a journal while a new index is
    /// built aside.
    let pool: any DatabaseWriter
    let isBulkBuild: Bool
    /// Held shared while the file is read as immutable: no `tracuu index` starts meanwhile.
    private let readLock: IndexLock?

    private enum Access { case update, read, readOnce, bulkBuild }

    /// Opens an existing index for reading and writing; checks its tokenizer version and
    /// migrates an older schema.
    public convenience init(path: String) throws {
        try self.init(path: path, access: .update)
    }

    /// Opens an existing index for reading only (searches, listings): one read-only
    /// connection, which reads the last commit beside a running `tracuu index` and
    /// never writes the file; checks the tokenizer and schema versions.
    public convenience init(readingAt path: String) throws {
        try self.init(path: path, access: .read)
    }

    /// Opens an existing index for a process that reads it and exits (a `tracuu search`):
    /// when no `tracuu index` is writing it and its WAL is empty, the writer lock is held
    /// shared while this object lives, and SQLite reads the file as immutable, without
    /// setting up the WAL's shared memory (`-shm`) each process; otherwise as `init(readingAt:)`.
    /// Not for a long-lived reader: an update waits for the lock.
    public convenience init(readingOnceAt path: String) throws {
        try self.init(path: path, access: .readOnce)
    }

    private init(path: String, access: Access) throws {
        self.path = path
        isBulkBuild = access == .bulkBuild
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IndexError.missing(path: path) }
        // A read-only connection opens a folder and fails on the first read; say what opening it for writing says.
        if isDirectory.boolValue { throw IndexError.foreignFile(path: path, reason: "a folder") }
        do {
            var lock: IndexLock?
            switch access {
            case .update: pool = try DatabasePool(path: path, configuration: Self.configuration())
            case .read: pool = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: true))
            case .readOnce:
                lock = Self.lockIfReadable(path)
                // Opened as `.read` opens it when it cannot be read as immutable (or SQLite was built without URIs).
                if lock != nil, let immutable = try? DatabaseQueue(path: Self.immutableURI(path), configuration: Self.configuration(readOnly: true)) {
                    pool = immutable
                } else {
                    lock = nil
                    pool = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: true))
                }
            case .bulkBuild: pool = try DatabaseQueue(path: path, configuration: Self.configuration(bulk: true))
            }
            readLock = lock
            // A database without tracuu's `meta` table answers "no such table".
            let versions = try pool.read { db -> (tokenizer: String?, schema: String?) in
                do {
                    let meta = "SELECT value FROM meta WHERE key = ?"
                    return (try String.fetchOne(db, sql: meta, arguments: ["tokenizer_version"]),
                            try String.fetchOne(db, sql: meta, arguments: ["schema_version"]))
                } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && (error.message ?? "").hasPrefix("no such table") {
                    return (nil, nil)
                }
            }
            guard let version = versions.tokenizer else { throw IndexError.notAnIndex(path: path, reason: "no tracuu tables") }
            guard version == IndexTerm.tokenizerVersion else { throw IndexError.otherVersion(path: path, found: version) }
            let schema = versions.schema ?? "1"
            guard let found = Int(schema), IndexSchema.canMigrate(from: found) else { throw IndexError.otherSchema(path: path, found: schema) }
            // An older index is read as it is; `tracuu index` (which opens it for update,
            // under the writer lock) migrates it.
            if found < IndexSchema.version, access == .update {
                do {
                    try pool.write { db in try IndexSchema.migrate(from: found, db) }
                } catch let error as DatabaseError {
                    throw SQLiteFailure.error(error, path: path, during: .writing)
                }
            }
        } catch let error as IndexError {
            if case .notAnIndex(_, let reason) = error, !IndexSignature.recognizes(path: path) {
                throw IndexError.foreignFile(path: path, reason: reason)
            }
            throw error
        } catch let error as DatabaseError {
            let failure = SQLiteFailure.error(error, path: path, during: .reading)
            if case .notAnIndex(_, let reason)? = failure as? IndexError, !IndexSignature.recognizes(path: path) {
                throw IndexError.foreignFile(path: path, reason: reason)
            }
            throw failure
        }
    }

    /// The writer lock held shared when the index can be read as immutable: no writer now and
    /// nothing in its WAL (absent or empty: `tracuu index` empties it when done), so the main
    /// file holds the last commit; nil otherwise.
    private static func lockIfReadable(_ path: String) -> IndexLock? {
        guard !path.hasPrefix("//"), let lock = IndexLock.reader(path: path + ".lock") else { return nil }
        var wal = stat()
        guard stat(path + "-wal", &wal) != 0 ? errno == ENOENT : wal.st_size == 0 else { return nil }
        return lock
    }

    /// `path` as an SQLite URI opening it immutable: `%`, `?` and `#` (and any byte that is not
    /// a letter, digit, `/`, `.`, `-`, `_` or `~`) percent-encoded.
    static func immutableURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                uri += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return uri + "?immutable=1"
    }

    /// Creates a new, empty index at `path`, replacing nothing: the caller picks a fresh path.
    /// A bulk index is written without a journal or fsync, for a build made aside and
    /// swapped in only when complete; `finishBulkBuild()` turns it into a normal index.
    public static func create(path: String, bulk: Bool = false) throws -> IndexDatabase {
        do {
            let pool = try DatabaseQueue(path: path, configuration: configuration())
            try pool.write { db in try IndexSchema.create(db, sortingLater: bulk) }
            try pool.close()
            return try IndexDatabase(path: path, access: bulk ? .bulkBuild : .update)
        } catch let error as DatabaseError {
            throw SQLiteFailure.error(error, path: path, during: .writing)
        }
    }

    /// FTS5 settings while bulk-building: the build's one transaction (`Indexer`) keeps its
    /// terms in memory up to `hashsize` (256 MB instead of 1 MB: all of vnnews-2017) and writes
    /// them once, as the one segment the searches want, at its commit; a larger corpus flushes
    /// more segments, not merged as they come (`automerge` 0, `crisismerge` out of reach) but
    /// once, by `optimize`, when the build is done.
    static let bulkSettings = [("automerge", 0), ("crisismerge", 1_000), ("hashsize", 256 << 20)]
    /// SQLite's defaults, restored for the incremental updates that follow.
    static let updateSettings = [("automerge", 4), ("crisismerge", 16), ("hashsize", 1 << 20)]

    static func configuration(bulk: Bool = false, readOnly: Bool = false) -> Configuration {
        _ = SQLiteLibrary.isConfigured
        var configuration = Configuration()
        configuration.readonly = readOnly
        // A bulk build only adds rows under documents it has just inserted: the per-row
        // parent lookup of `REFERENCES documents(id)` would find them every time.
        configuration.foreignKeysEnabled = !bulk
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: VietnameseTokenizer.self)
            MatchRanking.register(db)
            if bulk {
                // 16 MB of pages: the rows go mostly to the ends of their tables and indexes (the indexes
                // filled in random order wait for `finishBulkBuild`), so a larger cache would
                // hold written pages only, beside FTS5's terms. Debian's SQLite comes with secure delete
                // on, which zeroes the free space of every page a B-tree split rebuilds: a new index
                // deletes nothing, so that space only ever holds leftovers of its own cells.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384; PRAGMA secure_delete = OFF")
                if try db.hasTable("documents_fts") { try applyFTS5Settings(bulkSettings, db) }
            }
            db.add(function: .lowercase)
        }
        return configuration
    }

    private static func applyFTS5Settings(_ settings: [(String, Int)], _ db: Database) throws {
        for (name, value) in settings {
            try db.execute(sql: "INSERT INTO documents_fts(documents_fts, rank) VALUES (?, ?)", arguments: [name, value])
        }
    }

    /// Makes a bulk-built index a normal one: every index, one FTS5 segment, WAL mode, ready
    /// to be swapped in.
    public func finishBulkBuild() throws {
        guard isBulkBuild else { return }
        try writeWithoutTransaction { db in
            try IndexSchema.createSortedIndexes(db)
            // One FTS5 segment: every query (each snippet is one) opens an iterator per segment and term.
            try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
            try Self.applyFTS5Settings(Self.updateSettings, db)
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
    }

    /// Keeps up to `megabytes` of the file's pages in this connection's memory between reads
    /// (SQLite's default is 2 MB), for a connection that serves many searches (`tracuu serve`).
    public func keepPages(megabytes: Int) throws {
        try guarding(.reading) { try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(megabytes * 1024)") } }
    }

    /// A read of tracuu's own tables: a failure means the file is damaged, not that a query was wrong.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarding(.reading) { try pool.read(body) }
    }

    /// A read that runs a user's query: a failure is the query's, unless the file is damaged.
    func query<T>(_ body: (Database) throws -> T) throws -> T {
        try guarding(.querying) { try pool.read(body) }
    }

    /// A write in one transaction: a failure is a damaged file, or one the next run may get past.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try guarding(.writing) { try pool.write(updates) }
    }

    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try guarding(.writing) { try pool.writeWithoutTransaction(updates) }
    }

    private func guarding<T>(_ operation: SQLiteFailure.Operation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw SQLiteFailure.error(error, path: path, during: operation)
        }
    }

    /// How many documents the index holds.
    public func documentCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    /// How many documents have no date: those a `--since`/`--until` filter leaves out.
    public func undatedDocumentCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents WHERE date IS NULL") ?? 0 }
    }

    /// One stored document by its path or numeric id.
    public func document(pathOrID: String) throws -> StoredDocument? {
        try read { db in
            let columns = "id, path, title, lead, body, date, source, url, kind, number, hash"
            if let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE path = ?", arguments: [pathOrID]) {
                return StoredDocument(row: row)
            }
            if let id = Int64(pathOrID),
               let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE id = ?", arguments: [id]) {
                return StoredDocument(row: row)
            }
            return nil
        }
    }

    /// Closes the connections and releases the read lock.
    public func close() throws {
        try pool.close()
        readLock?.release()
    }
}
