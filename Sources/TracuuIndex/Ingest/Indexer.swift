import Foundation
import GRDB
import VietText

/// Brings an index up to date with folders of documents: new and changed
/// files are (re)indexed, deleted ones removed, unchanged ones skipped by
/// size, time and content hash.
///
/// Analysis workers (`FilePreparer`, each on its own thread) read, parse and
/// analyze batches of files while the writer inserts the previous ones in
/// corpus order, the FTS5 tokenizer replaying the analysis (`TokenReplay`):
/// ids and stored rows do not depend on the number of workers. Updates commit
/// in batches, so a search sees the last committed batch and a killed run
/// loses only the batch in flight; a bulk build, swapped in only when complete,
/// commits once, so FTS5 writes its terms as one segment.
public final class Indexer {
    /// Receives each warning as one line that starts with the path it is about: `a.txt: cannot read; skipped`.
    public typealias Warn = (String) -> Void
    /// Receives how far the run has got, for a progress bar.
    public typealias Progress = (IndexProgress) -> Void

    let database: IndexDatabase
    /// Files per transaction; bytes cap it too.
    var batchFiles = 500
    var batchBytes: Int64 = 16 << 20
    /// Threads analyzing files beside the writer.
    var analysisWorkers = min(4, max(2, ProcessInfo.processInfo.activeProcessorCount - 1))
    /// Files a worker takes at once, fewer when their bytes reach `workBatchBytes`.
    var workBatchFiles = 32
    var workBatchBytes: Int64 = 256 << 10
    /// Bytes of prepared files waiting for the writer.
    var queueBytes = 24 << 20
    /// How much nicer than the writer the analysis workers run: with more threads than cores
    /// the writer, which every other thread waits for in the end, gets the core it asks for.
    static let workerNiceness: Int32 = 10

    /// The accented forms this run has recorded (see `AccentedForms.insert`).
    private var listedForms: Set<AccentedForm> = []
    /// The writer's statements for every document, taken from GRDB's cache once a run
    /// (a look-up there hashes the statement's text).
    private var documentStatements: (document: RawStatement, text: RawStatement, file: RawStatement, form: RawStatement)?
    /// The syllable pairs of the documents this run removed or replaced, counted as they were indexed.
    private let removedPairs = SyllablePairCounter()
    private lazy var removedTexts = IndexTermAnalyzer(cacheSlotBits: 8)

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Brings the index up to date with the files under `roots` (folders or files); each warning
    /// goes to `warn` and is kept in the summary.
    public func run(roots: [String], warn: @escaping Warn, progress: Progress? = nil) throws -> IndexSummary {
        let started = Date()
        defer { documentStatements = nil }
        var summary = IndexSummary()
        let roots = roots.map(CorpusScanner.normalizeRoot)
        let record: Warn = { message in
            summary.warnings.append(message)
            warn(message)
        }
        let files = CorpusScanner.scan(roots, warn: record, skip: { message in
            summary.skipped += 1
            record(message)
        })
        // Keyed by the path's bytes: String equality would make "bài.txt" in NFC and in NFD one file.
        let known = try database.read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM files").map { row in
                    let path: String = row["path"]
                    return (Array(path.utf8), (path: path, size: row["size"] as Int64, mtime: row["mtime"] as Double, hash: row["hash"] as String))
                },
                uniquingKeysWith: { first, _ in first })
        }
        let candidates = files.filter { file in
            guard let old = known[Array(file.path.utf8)] else { return true }
            return old.size != file.size || old.mtime != file.mtime
        }
        summary.unchanged = files.count - candidates.count

        let work = workBatches(candidates)
        let workers = max(1, analysisWorkers)
        let queue = PipelineQueue<PreparedFile>(batchCount: work.count, batchesAhead: workers * 3, weightCapacity: queueBytes)
        let knownHashes = known.mapValues(\.hash)
        // Each worker counts syllable pairs for the whole run; they are added up once all are done.
        let pairCounters = (0..<min(workers, work.count)).map { _ in SyllablePairCounter() }
        let workersDone = DispatchGroup()
        for pairCounter in pairCounters {
            workersDone.enter()
            let worker = Thread {
                defer { workersDone.leave() }
                #if os(Linux)
                // Linux gives each thread its own nice value: this one only.
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.workerNiceness)
                #endif
                let preparer = FilePreparer(syllablePairs: pairCounter)
                while let batch = queue.claim() {
                    var prepared: [PreparedFile] = []
                    var preparedBytes = 0
                    for file in candidates[work[batch]] {
                        let completed = preparer.prepare(file, knownHash: knownHashes[Array(file.path.utf8)]) { part in
                            prepared.append(part)
                            preparedBytes += part.bytesRead
                            // A streamed file's parts go one by one: memory stays flat whatever its size.
                            guard preparedBytes >= FilePreparer.partBytes else { return true }
                            defer { prepared.removeAll(keepingCapacity: true); preparedBytes = 0 }
                            return queue.push(prepared, weight: preparedBytes, batch: batch, closing: false)
                        }
                        guard completed else { return }
                    }
                    guard queue.push(prepared, weight: preparedBytes, batch: batch, closing: true) else { return }
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        let pairTotals = SyllablePairs.Totals(after: workersDone, counters: pairCounters)

        let bytesTotal = candidates.reduce(Int64(0)) { $0 + $1.size }
        var bytesDone: Int64 = 0
        var filesDone = 0
        do {
            // One write access for the whole run, committing every batch: the writer
            // keeps inserting while the analysis workers prepare the next files.
            try database.writeWithoutTransaction { db in
                var finished = false
                while !finished {
                    try db.inTransaction(.immediate) {
                        var batchFiles = 0
                        var batchSize: Int64 = 0
                        while database.isBulkBuild || (batchFiles < self.batchFiles && batchSize < self.batchBytes) {
                            guard let prepared = queue.pop() else {
                                finished = true
                                break
                            }
                            for message in prepared.warnings { record(message) }
                            summary.bytesRead += Int64(prepared.bytesRead)
                            switch prepared.isLastPart ? prepared.outcome : .documents([], hash: "") {
                            case .unchanged: summary.unchanged += 1
                            case .skipped: summary.skipped += 1
                            case .documents: break
                            }
                            // Recorded after the call: `record` appends to `summary`, which `store` holds inout.
                            var storeWarnings: [String] = []
                            try store(prepared, db, summary: &summary, warn: { storeWarnings.append($0) })
                            for message in storeWarnings { record(message) }
                            batchFiles += 1
                            batchSize += Int64(prepared.bytesRead)
                            if prepared.isLastPart { filesDone += 1 }
                            bytesDone += Int64(prepared.bytesRead)
                            queue.retire(prepared)
                            progress?(IndexProgress(
                                filesDone: filesDone, filesTotal: candidates.count, bytesDone: bytesDone,
                                bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(started)))
                        }
                        return .commit
                    }
                }
            }
        } catch {
            queue.cancel()
            throw error
        }

        let seen = Set(files.map { Array($0.path.utf8) })
        let gone = known.filter { key, old in
            !seen.contains(key) && roots.contains { root in old.path == root || old.path.hasPrefix(root == "/" ? "/" : root + "/") }
        }.map(\.value.path)
        if !gone.isEmpty {
            try database.write { db in
                for path in gone {
                    try self.deleteDocuments(ofFile: path, db)
                    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                }
            }
            summary.removed = gone.count
        }
        try database.write { db in
            try pairTotals.store(db, removed: removedPairs)
            try AbbreviationSnapshot.refresh(db)
        }
        summary.documents = try database.documentCount()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Inserts one prepared file (or part) inside the writer's open transaction.
    private func store(_ prepared: PreparedFile, _ db: Database, summary: inout IndexSummary, warn: Warn) throws {
        let file = prepared.file
        guard case .documents(let documents, let hash) = prepared.outcome else {
            if prepared.known {
                try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [file.size, file.mtime, file.path])
            }
            return
        }
        let statements = try documentStatements ?? prepareDocumentStatements(db)
        let insertDocument = statements.document
        let insertText = statements.text
        // A streamed file's parts commit in several batches: a killed run may have left some
        // of a file it never recorded, so its first part clears them too.
        if prepared.isFirstPart, prepared.known || !prepared.isLastPart { try deleteDocuments(ofFile: file.path, db) }
        for prepared in documents {
            let document = prepared.document
            for (index, value) in [
                document.path, file.path, document.title, document.lead, document.body, document.date,
                document.source, document.url, document.kind, document.number, prepared.hash,
            ].enumerated() {
                insertDocument.bind(value, at: Int32(index + 1))
            }
            do {
                try insertDocument.execute()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                warn("\(document.path): another document already has this path; skipped")
                // Its worker notes each form once: one met first here must still be listed.
                try AccentedForms.insert(prepared.accentedForms, listed: &listedForms, with: statements.form)
                continue
            }
            let id = db.lastInsertedRowID
            TokenReplay.shared.offer(prepared.texts)
            defer { TokenReplay.shared.clear() }
            insertText.bind(id, at: 1)
            insertText.bind(document.title, at: 2)
            insertText.bind(document.lead, at: 3)
            insertText.bind(document.body, at: 4)
            try insertText.execute()
            try AccentedForms.insert(prepared.accentedForms, listed: &listedForms, with: statements.form)
            for store in prepared.annotations { try store(id, db) }
        }
        guard prepared.isLastPart else { return }
        let insertFile = statements.file
        insertFile.bind(file.path, at: 1)
        insertFile.bind(file.size, at: 2)
        insertFile.bind(file.mtime, at: 3)
        insertFile.bind(hash, at: 4)
        try insertFile.execute()
        if prepared.known { summary.updated += 1 } else { summary.added += 1 }
        summary.types[(DocumentFormat(fileName: file.path) ?? .text).summaryName, default: 0] += 1
    }

    private func prepareDocumentStatements(_ db: Database) throws -> (document: RawStatement, text: RawStatement, file: RawStatement, form: RawStatement) {
        let statements = (
            document: RawStatement(try db.cachedStatement(sql: """
                INSERT INTO documents(path, file, title, lead, body, date, source, url, kind, number, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """), db),
            text: RawStatement(try db.cachedStatement(sql: "INSERT INTO documents_fts(rowid, title, lead, body) VALUES (?, ?, ?, ?)"), db),
            file: RawStatement(try db.cachedStatement(sql: """
                INSERT INTO files(path, size, mtime, hash) VALUES (?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash
                """), db),
            form: try AccentedForms.insertStatement(db))
        documentStatements = statements
        return statements
    }

    /// The candidates cut into consecutive runs for the workers: `workBatchFiles` files,
    /// fewer when their sizes reach `workBatchBytes` (a large file makes a run of its own).
    private func workBatches(_ files: [CorpusFile]) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var bytes: Int64 = 0
        for (index, file) in files.enumerated() {
            if index > start, index - start >= workBatchFiles || bytes + file.size > workBatchBytes {
                batches.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += file.size
        }
        if start < files.count { batches.append(start..<files.count) }
        return batches
    }

    private func deleteDocuments(ofFile path: String, _ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT title, lead FROM documents WHERE file = ?", arguments: [path]) {
            removedPairs.count(removedTexts.analyze(row[0]))
            removedPairs.count(removedTexts.analyze(row[1]))
        }
        try db.execute(sql: """
            INSERT INTO documents_fts(documents_fts, rowid, title, lead, body)
            SELECT 'delete', id, title, lead, body FROM documents WHERE file = ?
            """, arguments: [path])
        try db.execute(sql: "DELETE FROM documents WHERE file = ?", arguments: [path])
    }
}
