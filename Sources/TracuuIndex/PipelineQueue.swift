import Foundation

/// A bounded queue between the indexing pipeline's analysis thread and its
/// writer: the producer blocks when the writer falls behind, so memory stays
/// flat whatever the corpus size.
final class PipelineQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(Element?, Int)] = []
    private var head = 0
    private var weight = 0
    private let capacity: Int
    private let weightCapacity: Int
    private var cancelled = false

    /// At most `capacity` elements and `weightCapacity` total weight (bytes) wait at once.
    init(capacity: Int, weightCapacity: Int) {
        self.capacity = capacity
        self.weightCapacity = weightCapacity
    }

    /// Adds an element (nil marks the end); false when the consumer has cancelled.
    @discardableResult
    func push(_ element: Element?, weight elementWeight: Int = 0) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head > 0, items.count - head >= capacity || weight + elementWeight > weightCapacity, !cancelled {
            condition.wait()
        }
        guard !cancelled else { return false }
        items.append((element, elementWeight))
        weight += elementWeight
        condition.broadcast()
        return true
    }

    /// The next element, or nil at the end.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head { condition.wait() }
        let (element, elementWeight) = items[head]
        items[head] = (nil, 0)
        weight -= elementWeight
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
