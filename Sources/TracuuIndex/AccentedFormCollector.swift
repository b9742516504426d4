import Foundation

/// Notes the accented forms an analysis worker meets, each once per worker: a small
/// direct-mapped cache of forms already seen keeps the per-word cost to one hash and,
/// usually, one comparison (the vocabulary of a corpus saturates fast: ~11,000 accented
/// forms in vnnews' 20 million words).
final class AccentedFormCollector {
    private static let slots = 1 << 14
    private static let slotBytes = 24
    /// Per slot: length (1 byte), then up to `slotBytes - 1` bytes of an exact form.
    private var seen = [UInt8](repeating: 0, count: slots * slotBytes)
    private var found: [AccentedForm] = []

    /// Forms noted since the last call.
    func take() -> [AccentedForm] {
        defer { found.removeAll(keepingCapacity: true) }
        return found
    }

    func note(exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in exact { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash >> 40) & (Self.slots - 1)
        let cacheable = exact.count < Self.slotBytes
        let isKnown = seen.withUnsafeMutableBufferPointer { seen -> Bool in
            let base = seen.baseAddress! + slot * Self.slotBytes
            if cacheable, Int(base[0]) == exact.count, memcmp(base + 1, exact.baseAddress!, exact.count) == 0 { return true }
            if cacheable {
                base[0] = UInt8(exact.count)
                (base + 1).update(from: exact.baseAddress!, count: exact.count)
            }
            return false
        }
        guard !isKnown else { return }
        found.append(AccentedForm(folded: String(decoding: folded, as: UTF8.self), exact: String(decoding: exact, as: UTF8.self)))
    }
}
