import Synchronization

/// Hands pre-analyzed column texts from the indexer to the FTS5 tokenizer
/// for the one insert in progress: the indexer offers them just before
/// `INSERT INTO documents_fts`, the tokenizer takes the one whose bytes match.
final class TokenReplay: Sendable {
    static let shared = TokenReplay()

    private let pending = Mutex<[AnalyzedText]>([])

    func offer(_ texts: [AnalyzedText]) {
        pending.withLock { $0 = texts }
    }

    func clear() {
        pending.withLock { $0.removeAll(keepingCapacity: true) }
    }

    /// The pending analysis of exactly these bytes, removed from the pending list.
    func take(_ bytes: UnsafePointer<CChar>, count: Int) -> AnalyzedText? {
        pending.withLock { texts in
            guard let index = texts.firstIndex(where: { $0.matches(bytes, count: count) }) else { return nil }
            return texts.remove(at: index)
        }
    }
}
