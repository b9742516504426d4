import NIOPosix
import TracuuIndex

/// The index, opened read-only for each request on a worker thread (not the event loop), so
/// that a `tracuu index` running beside the server shows its new documents at the next request.
struct IndexAccess: Sendable {
    let path: String

    func read<Value: Sendable>(_ body: @escaping @Sendable (IndexDatabase) throws -> Value) async throws -> Value {
        let path = self.path
        return try await NIOThreadPool.singleton.runIfActive {
            let database = try IndexDatabase(readingAt: path)
            defer { try? database.close() }
            return try body(database)
        }
    }
}
