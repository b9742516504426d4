import Foundation
@testable import TracuuIndex
import XCTest

/// The hand-over between the analysis workers and the writer: whatever the
/// number of workers and however their pushes interleave, the writer gets
/// every element once, in batch order; a cancelled queue stops the workers.
final class PipelineQueueTests: XCTestCase {
    private static func pieces(_ batch: Int) -> Int { batch % 4 + 1 }

    private static func elements(_ batch: Int, _ piece: Int) -> [Int] {
        (0..<batch % 3).map { batch * 100 + piece * 10 + $0 }
    }

    /// Workers push each batch in several pieces, some empty, one batch far heavier than the capacity.
    private func runWorkers(_ workers: Int, queue: PipelineQueue<Int>) -> [Thread] {
        (0..<workers).map { _ in
            let thread = Thread {
                while let batch = queue.claim() {
                    let pieces = Self.pieces(batch)
                    for piece in 0..<pieces {
                        let elements = Self.elements(batch, piece)
                        let weight = batch == 7 ? 1_000 : elements.count
                        guard queue.push(elements, weight: weight, batch: batch, closing: piece == pieces - 1) else { return }
                    }
                }
            }
            thread.start()
            return thread
        }
    }

    func testTheWriterGetsEveryElementInBatchOrder() {
        for workers in [1, 2, 5] {
            let batches = 200
            let queue = PipelineQueue<Int>(batchCount: batches, batchesAhead: workers * 2, weightCapacity: 8)
            _ = runWorkers(workers, queue: queue)
            var received: [Int] = []
            while let element = queue.pop() { received.append(element) }
            var expected: [Int] = []
            for batch in 0..<batches {
                for piece in 0..<Self.pieces(batch) { expected += Self.elements(batch, piece) }
            }
            XCTAssertEqual(received, expected, "\(workers) workers")
            XCTAssertNil(queue.pop(), "still nil after the end")
        }
    }

    func testNoBatchesEndAtOnce() {
        let queue = PipelineQueue<Int>(batchCount: 0, batchesAhead: 4, weightCapacity: 8)
        XCTAssertNil(queue.claim())
        XCTAssertNil(queue.pop())
    }

    func testCancelStopsTheWorkers() {
        let queue = PipelineQueue<Int>(batchCount: 1_000, batchesAhead: 2, weightCapacity: 8)
        let threads = runWorkers(3, queue: queue)
        XCTAssertNotNil(queue.pop())
        queue.cancel()
        let deadline = Date().addingTimeInterval(60)
        while threads.contains(where: { !$0.isFinished }), Date() < deadline { usleep(1_000) }
        XCTAssertTrue(threads.allSatisfy(\.isFinished), "workers stopped")
        XCTAssertNil(queue.claim())
        XCTAssertFalse(queue.push([1], weight: 1, batch: 999, closing: true))
    }

    /// Counts where `Tracked` elements are freed.
    private final class Frees: @unchecked Sendable {
        let lock = NSLock()
        let writer = pthread_self()
        var total = 0
        var onWriter = 0
    }

    private final class Tracked {
        let frees: Frees
        init(_ frees: Frees) { self.frees = frees }
        deinit {
            frees.lock.lock()
            defer { frees.lock.unlock() }
            frees.total += 1
            if pthread_equal(pthread_self(), frees.writer) != 0 { frees.onWriter += 1 }
        }
    }

    func testRetiredElementsAreFreedByTheWorkers() {
        let frees = Frees()
        let batches = 100
        do {
            let queue = PipelineQueue<Tracked>(batchCount: batches, batchesAhead: 2, weightCapacity: 1_000)
            Thread {
                while let batch = queue.claim() {
                    guard queue.push([Tracked(frees)], weight: 1, batch: batch, closing: true) else { return }
                }
            }.start()
            while let element = queue.pop() { queue.retire(element) }
        }
        let deadline = Date().addingTimeInterval(60)
        func total() -> Int { frees.lock.lock(); defer { frees.lock.unlock() }; return frees.total }
        while total() < batches, Date() < deadline { usleep(1_000) }
        XCTAssertEqual(total(), batches, "every element freed once")
        // Those retired after the worker's last claim go with the queue.
        XCTAssertGreaterThan(batches - frees.onWriter, batches / 2, "freed by the worker")
    }
}
