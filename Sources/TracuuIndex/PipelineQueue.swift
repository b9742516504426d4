import Foundation

/// A bounded queue between the indexing pipeline's analysis thread and its
/// writer: the producer blocks when the writer falls behind, so memory stays
/// flat whatever the corpus size.
final class PipelineQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds an element (nil marks the end); false when the consumer has cancelled.
    @discardableResult
    func push(_ element: Element?) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, or nil at the end.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head { condition.wait() }
        let element = items[head]
        items[head] = nil
        head += 1
        if head > 1024, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// Stops the producer at its next push.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
