import Foundation
import GRDB

/// Creating, updating and replacing the index file safely: one writer at a
/// time (a lock file beside it); a new index (first build or `--rebuild`) is
/// built aside without a journal and swapped in only when complete, and an
/// update commits in batches, so an interrupted run always leaves a usable index.
public enum IndexLifecycle {
    /// Indexes `roots` into the index at `path`, creating it when missing.
    public static func update(
        path: String, roots: [String], rebuild: Bool,
        warn: @escaping Indexer.Warn, progress: Indexer.Progress? = nil, onWait: (() -> Void)? = nil
    ) throws -> IndexSummary {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw IndexError.cannotWrite(path: path, reason: "cannot create \(directory)")
            }
        }
        try refuseForeignFile(at: path)
        let lock = try IndexLock.writer(path: path + ".lock", onWait: onWait)
        defer { lock.release() }
        removeStaleBuilds(of: path)

        if rebuild || !FileManager.default.fileExists(atPath: path) {
            let buildPath = "\(path).rebuild-\(getpid())"
            removeDatabaseFiles(buildPath)
            var database: IndexDatabase?
            var summary: IndexSummary
            do {
                let build = try IndexDatabase.create(path: buildPath, bulk: true)
                database = build
                summary = try Indexer(database: build).run(roots: roots, warn: warn, progress: progress)
                try build.finishBulkBuild()
                try checkpoint(build)
                try build.close()
            } catch {
                try? database?.close()
                removeDatabaseFiles(buildPath)
                // The build's own name means nothing to the user: name the index.
                if case .cannotWrite(buildPath, let reason) = error as? IndexError { throw IndexError.cannotWrite(path: path, reason: reason) }
                throw error
            }
            try swap(buildPath, into: path)
            summary.removed = 0
            return summary
        }
        let database = try IndexDatabase(path: path)
        defer { try? database.close() }
        let summary = try Indexer(database: database).run(roots: roots, warn: warn, progress: progress)
        // An empty WAL lets the searches that follow read the file directly (`readingOnceAt`);
        // one that cannot be emptied now (a search still reading) is read through as before.
        try? checkpoint(database)
        return summary
    }

    /// Throws `foreignFile` when something that is not a tracuu index sits at `path`:
    /// tracuu writes only a path that does not exist or an index it recognises.
    static func refuseForeignFile(at path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw IndexError.foreignFile(path: path, reason: "a folder") }
        guard IndexSignature.recognizes(path: path) else {
            throw IndexError.foreignFile(path: path, reason: info.st_size == 0 ? "an empty file" : "no tracuu index signature")
        }
    }

    /// Moves everything in the WAL into the main file and empties the WAL. Closing the
    /// pool does not: GRDB closes the writer before its readers, and the last (read-only)
    /// connection cannot checkpoint, so a build's WAL would be lost in `swap`.
    static func checkpoint(_ database: IndexDatabase) throws {
        try database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// Moves a finished build over the old index, dropping the old WAL files with it.
    /// They go before the rename too: a search opening the new file while the old
    /// `-wal`/`-shm` are still beside it would read (and, closing, checkpoint) the
    /// old index's pages into the new one. Nothing writes the old index meanwhile
    /// (the writer lock is held), so what a search recreates in between is empty.
    static func swap(_ built: String, into path: String) throws {
        for suffix in ["-wal", "-shm"] {
            unlink(built + suffix)
            unlink(path + suffix)
        }
        guard rename(built, path) == 0 else {
            throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    }

    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Builds left by a killed `--rebuild`.
    static func removeStaleBuilds(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent + ".rebuild-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        for entry in entries where entry.hasPrefix(name) {
            unlink(directory.isEmpty ? entry : directory + "/" + entry)
        }
    }
}
