import Foundation

/// The ordered hand-over between the indexing pipeline's analysis workers and
/// its writer. The work is cut into numbered batches; each worker claims the
/// next one, and what the workers push comes out strictly in batch order, so
/// the writer sees the same sequence whatever the number of workers.
///
/// Bounded: at most `batchesAhead` batches are claimed and not yet consumed,
/// and a worker waits while what the writer has not finished with weighs more
/// than `weightCapacity`, so memory stays flat whatever the corpus size. The
/// writer takes all its batch has at once, and threads wake each other only
/// when the one waiting can go on: the writer when the batch it reads gets
/// elements or closes, the workers when the writer comes back for more or
/// moves to the next batch. What the writer is done with goes back to the workers
/// (`retire`), which free it on the thread that allocated it.
final class PipelineQueue<Element>: @unchecked Sendable {
    private struct Batch {
        var elements: [Element] = []
        var weight = 0
        var closed = false
    }

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let writerCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let workerCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Batches claimed and not yet consumed, by number modulo `batchesAhead`.
    private var open: [Batch]
    private let batchCount: Int
    private let batchesAhead: Int
    private let weightCapacity: Int
    private var claimed = 0
    /// The batch the writer reads.
    private var reading = 0
    /// Weight pushed and not yet handed out to the writer, `inHand` included.
    private var weight = 0
    /// Weight of the elements the writer took at its last visit: they count until its next one.
    private var inHand = 0
    private var writerWaits = false
    private var workersWaiting = 0
    private var cancelled = false
    /// The writer's side, touched by the writer only: elements taken, not yet returned.
    private var taken: [Element?] = []
    private var takenIndex = 0
    /// Elements the writer is done with, not yet handed to the workers (writer only).
    private var spent: [Element] = []
    /// Elements the writer is done with, for the next worker that claims a batch to let go.
    private var retired: [Element] = []

    /// Batches `0..<batchCount`, at most `batchesAhead` of them open at once, waiting elements
    /// weighing at most `weightCapacity` (bytes) unless one alone weighs more.
    init(batchCount: Int, batchesAhead: Int, weightCapacity: Int) {
        self.batchCount = batchCount
        self.batchesAhead = max(1, batchesAhead)
        self.weightCapacity = weightCapacity
        open = Array(repeating: Batch(), count: self.batchesAhead)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(writerCondition, nil)
        pthread_cond_init(workerCondition, nil)
    }

    deinit {
        pthread_cond_destroy(workerCondition)
        pthread_cond_destroy(writerCondition)
        pthread_mutex_destroy(mutex)
        workerCondition.deallocate()
        writerCondition.deallocate()
        mutex.deallocate()
    }

    /// A worker's next batch number; nil when every batch is claimed or the writer has stopped.
    /// Waits while `batchesAhead` batches are open. Lets go of what the writer retired.
    func claim() -> Int? {
        var released: [Element] = []
        pthread_mutex_lock(mutex)
        swap(&released, &retired)
        while !cancelled, claimed < batchCount, claimed - reading >= batchesAhead { waitAsWorker() }
        let batch: Int? = !cancelled && claimed < batchCount ? claimed : nil
        if batch != nil { claimed += 1 }
        pthread_mutex_unlock(mutex)
        withExtendedLifetime(released) {}
        return batch
    }

    /// Hands an element the writer is done with to the workers, which free its memory where it
    /// was allocated instead of on the writer's thread. Writer only.
    func retire(_ element: Element) {
        spent.append(element)
    }

    /// Appends elements, in order, to a claimed batch, closing it when `closing`; false when
    /// the writer has stopped. Waits while too much weight waits for the writer; for the batch
    /// the writer reads, only its own weight counts, so it always gets through.
    /// A push that leaves its batch open (a streamed file's part: the file's parts are one batch,
    /// claimed once) lets go of what the writer retired, as `claim` does.
    @discardableResult
    func push(_ elements: [Element], weight elementsWeight: Int, batch: Int, closing: Bool) -> Bool {
        var released: [Element] = []
        defer { withExtendedLifetime(released) {} }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if !closing { swap(&released, &retired) }
        let slot = batch % batchesAhead
        while !cancelled, !elements.isEmpty {
            let waiting = batch == reading ? open[slot].weight + inHand : weight
            if waiting == 0 || waiting + elementsWeight <= weightCapacity { break }
            waitAsWorker()
        }
        guard !cancelled else { return false }
        open[slot].elements.append(contentsOf: elements)
        open[slot].weight += elementsWeight
        weight += elementsWeight
        if closing { open[slot].closed = true }
        if batch == reading, writerWaits { pthread_cond_signal(writerCondition) }
        return true
    }

    /// The next element in batch order, or nil once every batch is consumed. Writer only.
    func pop() -> Element? {
        if takenIndex < taken.count {
            defer { takenIndex += 1 }
            return taken[takenIndex].take()
        }
        taken.removeAll(keepingCapacity: true)
        takenIndex = 0
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if retired.isEmpty {
            swap(&retired, &spent)
        } else if !spent.isEmpty {
            retired.append(contentsOf: spent)
            spent.removeAll(keepingCapacity: true)
        }
        if inHand > 0 {
            weight -= inHand
            inHand = 0
            if workersWaiting > 0 { pthread_cond_broadcast(workerCondition) }
        }
        while reading < batchCount {
            let slot = reading % batchesAhead
            if !open[slot].elements.isEmpty {
                taken.append(contentsOf: open[slot].elements.lazy.map(Optional.some))
                open[slot].elements.removeAll(keepingCapacity: true)
                inHand = open[slot].weight
                open[slot].weight = 0
                takenIndex = 1
                return taken[0].take()
            }
            if open[slot].closed {
                open[slot] = Batch()
                reading += 1
                if workersWaiting > 0 { pthread_cond_broadcast(workerCondition) }
                continue
            }
            writerWaits = true
            pthread_cond_wait(writerCondition, mutex)
            writerWaits = false
        }
        return nil
    }

    /// Stops the workers at their next claim or push.
    func cancel() {
        pthread_mutex_lock(mutex)
        cancelled = true
        pthread_cond_broadcast(workerCondition)
        pthread_mutex_unlock(mutex)
    }

    private func waitAsWorker() {
        workersWaiting += 1
        pthread_cond_wait(workerCondition, mutex)
        workersWaiting -= 1
    }
}
