import Foundation
import NIOConcurrencyHelpers
import NIOPosix
import TracuuIndex

/// The index, read on worker threads (never the event loop) through a few read-only
/// connections kept open between requests. Each request starts its own read transaction, so
/// what a `tracuu index` beside the server commits shows at the next request; when the file is
/// replaced (`tracuu index --rebuild`), the connections to the old one are dropped and the new one opened.
final class IndexAccess: Sendable {
    let path: String
    private let idle = NIOLockedValueBox<[(database: IndexDatabase, file: FileIdentity)]>([])
    static let keptOpen = 4
    static let pageCacheMegabytes = 64

    /// Which file a path names now: its device and inode.
    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    init(path: String) {
        self.path = path
    }

    func read<Value: Sendable>(_ body: @escaping @Sendable (IndexDatabase) throws -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive { [self] in
            let file = identity()
            let reused = idle.withLockedValue { idle -> IndexDatabase? in
                idle.removeAll { $0.file != file }
                return idle.popLast()?.database
            }
            let database = try reused ?? opened()
            defer {
                let kept = idle.withLockedValue { idle -> Bool in
                    guard file != nil, idle.count < Self.keptOpen else { return false }
                    idle.append((database, file!))
                    return true
                }
                if !kept { try? database.close() }
            }
            return try body(database)
        }
    }

    /// A new connection, keeping in memory the pages the searches read most (the FTS5 index of
    /// frequent words, the documents table), which SQLite's default 2 MB cache re-read from the file each search.
    private func opened() throws -> IndexDatabase {
        let database = try IndexDatabase(readingAt: path)
        try database.keepPages(megabytes: Self.pageCacheMegabytes)
        return database
    }

    private func identity() -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
