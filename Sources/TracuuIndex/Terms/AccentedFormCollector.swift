import Foundation

/// Notes the accented forms an analysis worker meets, each once per worker: a direct-mapped
/// cache of forms already seen keeps the per-word cost to a multiply and one comparison (the
/// vocabulary of a corpus saturates fast: ~11,000 accented forms in vnnews' 20 million words).
final class AccentedFormCollector {
    private static let slotBits = 14
    /// Per slot: length (1 byte), then up to `slotBytes - 1` bytes of an exact form.
    private static let slotBytes = 24
    private let seen: UnsafeMutablePointer<UInt8>
    /// Forms too long for a slot, by their bytes.
    @exclusivity(unchecked) private var seenLong: Set<[UInt8]> = []
    @exclusivity(unchecked) private var found: [AccentedForm] = []

    init() {
        let bytes = (1 << Self.slotBits) * Self.slotBytes
        seen = .allocate(capacity: bytes)
        seen.initialize(repeating: 0, count: bytes)
    }

    deinit { seen.deallocate() }

    /// Forms noted since the last call.
    func take() -> [AccentedForm] {
        defer { found.removeAll(keepingCapacity: true) }
        return found
    }

    func note(exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) {
        guard let base = exact.baseAddress else { return }
        let count = exact.count
        guard count < Self.slotBytes else {
            if seenLong.insert(Array(exact)).inserted { record(exact, folded) }
            return
        }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        memcpy(&head, base, min(count, 8))
        if count > 8 { memcpy(&tail, base + count - 8, 8) }
        let hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        // A last multiplier other than `IndexTermCache`'s: forms are noted on that cache's misses, and
        // with the same slots the words that evict each other there would evict each other here too.
        let slot = seen + Int(truncatingIfNeeded: (hash &* 0x94D0_49BB_1331_11EB) >> (64 - UInt64(Self.slotBits))) * Self.slotBytes
        if Int(slot[0]) == count, memcmp(slot + 1, base, count) == 0 { return }
        slot[0] = UInt8(count)
        (slot + 1).update(from: base, count: count)
        record(exact, folded)
    }

    private func record(_ exact: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>) {
        found.append(AccentedForm(folded: String(decoding: folded, as: UTF8.self), exact: String(decoding: exact, as: UTF8.self)))
    }
}
