/// A growable buffer reused from one text to the next, so appending a token's record
/// costs a bounds check and stores (no uniqueness check, no generic `append(contentsOf:)`).
final class ScratchBuffer<Element: BitwiseCopyable> {
    @exclusivity(unchecked) private var storage = UnsafeMutablePointer<Element>.allocate(capacity: 1 << 12)
    @exclusivity(unchecked) private var capacity = 1 << 12
    @exclusivity(unchecked) private(set) var count = 0

    deinit { storage.deallocate() }

    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ a: Element, _ b: Element, _ c: Element, _ d: Element) {
        if count + 4 > capacity { grow(to: count + 4) }
        storage[count] = a
        storage[count + 1] = b
        storage[count + 2] = c
        storage[count + 3] = d
        count += 4
    }

    @inline(__always)
    func append(_ elements: UnsafeBufferPointer<Element>) {
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (storage + count).update(from: elements.baseAddress!, count: elements.count)
        count += elements.count
    }

    /// The elements, copied into an array of their exact size.
    var array: [Element] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStorage = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
