import Foundation
import GRDB

/// Brings an index up to date with folders of documents: new and changed
/// files are (re)indexed, deleted ones removed, unchanged ones skipped by
/// size, time and content hash. Writes commit in batches, so a search sees
/// the last committed batch and a killed run loses only the batch in flight.
public final class Indexer {
    public typealias Warn = (String) -> Void
    public typealias Progress = (IndexProgress) -> Void

    let database: IndexDatabase
    /// Files per transaction; bytes cap it too.
    var batchFiles = 500
    var batchBytes: Int64 = 16 << 20

    public init(database: IndexDatabase) {
        self.database = database
    }

    private struct PendingFile {
        var file: CorpusFile
        var hash: String
        var documents: [Document]
        var known: Bool
    }

    public func run(roots: [String], warn: @escaping Warn, progress: Progress? = nil) throws -> IndexSummary {
        let started = Date()
        var summary = IndexSummary()
        let roots = roots.map(CorpusScanner.normalizeRoot)
        let record: Warn = { message in
            summary.warnings.append(message)
            warn(message)
        }
        let files = CorpusScanner.scan(roots, warn: record)
        let known = try database.pool.read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM files").map { row in
                    (row["path"] as String, (size: row["size"] as Int64, mtime: row["mtime"] as Double, hash: row["hash"] as String))
                },
                uniquingKeysWith: { first, _ in first })
        }
        let candidates = files.filter { file in
            guard let old = known[file.path] else { return true }
            return old.size != file.size || old.mtime != file.mtime
        }
        summary.unchanged = files.count - candidates.count
        let bytesTotal = candidates.reduce(Int64(0)) { $0 + $1.size }
        var bytesDone: Int64 = 0
        var batch: [PendingFile] = []
        var batchSize: Int64 = 0
        var touched: [CorpusFile] = []

        func flush() throws {
            guard !batch.isEmpty || !touched.isEmpty else { return }
            try write(batch, touched: touched, summary: &summary, warn: record)
            batch.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
            batchSize = 0
        }

        for (index, file) in candidates.enumerated() {
            defer {
                bytesDone += file.size
                progress?(IndexProgress(
                    filesDone: index + 1, filesTotal: candidates.count, bytesDone: bytesDone,
                    bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(started)))
            }
            guard let bytes = FileManager.default.contents(atPath: file.path) else {
                record("\(file.path): cannot read; skipped")
                summary.skipped += 1
                continue
            }
            summary.bytesRead += Int64(bytes.count)
            let raw = [UInt8](bytes)
            let hash = ContentHash.of(raw)
            let old = known[file.path]
            if let old, old.hash == hash {
                touched.append(file)
                summary.unchanged += 1
                continue
            }
            guard let documents = parse(raw, path: file.path, warn: record) else {
                summary.skipped += 1
                if old != nil { touched.append(file) }
                continue
            }
            batch.append(PendingFile(file: file, hash: hash, documents: documents, known: old != nil))
            batchSize += file.size
            if batch.count >= batchFiles || batchSize >= batchBytes { try flush() }
        }
        try flush()

        let seen = Set(files.map(\.path))
        let gone = known.keys.filter { path in
            !seen.contains(path) && roots.contains { root in path == root || path.hasPrefix(root == "/" ? "/" : root + "/") }
        }
        if !gone.isEmpty {
            try writeGuarded { db in
                for path in gone {
                    try self.deleteDocuments(ofFile: path, db)
                    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                }
            }
            summary.removed = gone.count
        }
        summary.documents = try database.documentCount()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The documents in a file's bytes, or nil (with a warning) when it cannot be read as text.
    private func parse(_ bytes: [UInt8], path: String, warn: Warn) -> [Document]? {
        let text: String
        do {
            text = try SourceText.decode(bytes)
        } catch {
            warn("\(path): \(error); skipped")
            return nil
        }
        if path.lowercased().hasSuffix(".jsonl") {
            let parsed = DocumentParser.parseJSONLines(text: text, path: path)
            for error in parsed.errors { warn("\(path):\(error.line): \(error.reason); line skipped") }
            return parsed.documents
        }
        let parsed = DocumentParser.parse(text: text, path: path)
        if let warning = parsed.warning { warn("\(path): \(warning)") }
        return [parsed.document]
    }

    private func write(_ batch: [PendingFile], touched: [CorpusFile], summary: inout IndexSummary, warn: Warn) throws {
        var added = 0, updated = 0
        var problems: [String] = []
        try writeGuarded { db in
            let insertDocument = try db.cachedStatement(sql: """
                INSERT INTO documents(path, file, title, lead, body, date, source, url, kind, number, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertText = try db.cachedStatement(sql: "INSERT INTO documents_fts(rowid, title, lead, body) VALUES (?, ?, ?, ?)")
            let upsertFile = try db.cachedStatement(sql: """
                INSERT INTO files(path, size, mtime, hash) VALUES (?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash
                """)
            for pending in batch {
                if pending.known { try self.deleteDocuments(ofFile: pending.file.path, db) }
                for document in pending.documents {
                    do {
                        try insertDocument.execute(arguments: [
                            document.path, pending.file.path, document.title, document.lead, document.body, document.date,
                            document.source, document.url, document.kind, document.number, ContentHash.of(document.fullText),
                        ])
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                        problems.append("\(document.path): another document already has this path; skipped")
                        continue
                    }
                    let id = db.lastInsertedRowID
                    try insertText.execute(arguments: [id, document.title, document.lead, document.body])
                    for annotator in DocumentAnnotators.all { try annotator.annotate(document, id: id, db) }
                }
                try upsertFile.execute(arguments: [pending.file.path, pending.file.size, pending.file.mtime, pending.hash])
                if pending.known { updated += 1 } else { added += 1 }
            }
            let touch = try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
            for file in touched { try touch.execute(arguments: [file.size, file.mtime, file.path]) }
        }
        summary.added += added
        summary.updated += updated
        for problem in problems { warn(problem) }
    }

    private func deleteDocuments(ofFile path: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO documents_fts(documents_fts, rowid, title, lead, body)
            SELECT 'delete', id, title, lead, body FROM documents WHERE file = ?
            """, arguments: [path])
        try db.execute(sql: "DELETE FROM documents WHERE file = ?", arguments: [path])
    }

    private func writeGuarded(_ updates: (Database) throws -> Void) throws {
        do {
            try database.pool.write(updates)
        } catch let error as DatabaseError {
            throw IndexError.cannotWrite(path: database.path, reason: IndexDatabase.plainReason(error))
        }
    }
}
