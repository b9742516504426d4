import Foundation

/// The `flock` on the file beside the index (`tracuu.sqlite.lock`): `tracuu index` holds it
/// exclusively while it writes; a one-search process may hold it shared, so that no writer
/// starts while it reads the file without SQLite's WAL locks (`IndexDatabase(readingOnceAt:)`).
final class IndexLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// The writer's lock, waited for: searches holding it shared let go within milliseconds,
    /// so `onWait` is called only when it is still held after `quietWait`.
    static func writer(path: String, onWait: (() -> Void)?) throws -> IndexLock {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(quietWait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                onWait?()
                flock(descriptor, LOCK_EX)
                break
            }
            usleep(5_000)
        }
        return IndexLock(descriptor: descriptor)
    }

    /// How long a writer waits without a word: longer than any one search.
    static let quietWait: TimeInterval = 0.5

    /// The lock held shared when no writer holds it now, or nil (no lock file: no `tracuu
    /// index` ever wrote here, so nothing tells a writer to wait; or a writer is at work).
    static func reader(path: String) -> IndexLock? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return IndexLock(descriptor: descriptor)
    }

    /// Lets the lock go; the descriptor closes with the object.
    func release() { flock(descriptor, LOCK_UN) }

    deinit { close(descriptor) }
}
