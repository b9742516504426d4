/// A small fixed map from word hashes (see `FigureLexer.hash`) to values, with the
/// open-addressing layout of `FigureWordSet`: `FigureReading` asks it about the words
/// around every figure, where a `Dictionary` would hash each key again.
struct FigureWordMap<Value: Sendable>: Sendable {
    private let slots: [UInt64]
    private let values: [Value?]
    private let mask: Int
    /// The keys, in no particular order.
    let keys: [UInt64]

    init(_ pairs: [(UInt64, Value)]) {
        var size = 8
        while size < pairs.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, value) in pairs {
            precondition(key != 0, "0 marks an empty slot")
            var index = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[index] != 0 && slots[index] != key { index = (index + 1) & (size - 1) }
            slots[index] = key
            values[index] = value
        }
        self.slots = slots
        self.values = values
        mask = size - 1
        keys = slots.filter { $0 != 0 }
    }

    subscript(key: UInt64) -> Value? {
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            if slot == key { return key != 0 ? values[index] : nil }
            if slot == 0 { return nil }
            index = (index + 1) & mask
        }
    }
}
