/// A span of text folded (lower case, no diacritics, đ → d) byte by byte, with each
/// folded byte's offset in the original text; quoted spans read as spaces.
struct FoldedSpan {
    var bytes: [UInt8] = []
    var offsets: [Int] = []

    init(bytes source: [UInt8], range: Range<Int>, skipping quotes: [Range<Int>]) {
        bytes.reserveCapacity(range.count)
        offsets.reserveCapacity(range.count)
        var pending = quotes.filter { $0.lowerBound >= range.lowerBound && $0.lowerBound < range.upperBound }[...]
        var index = range.lowerBound
        while index < range.upperBound {
            if let quote = pending.first, quote.lowerBound <= index {
                pending = pending.dropFirst()
                if quote.upperBound > index {
                    bytes.append(0x20)
                    offsets.append(index)
                    index = quote.upperBound
                }
                continue
            }
            let byte = source[index]
            if byte < 0x80 {
                bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : (byte == 0x0A ? 0x20 : byte))
                offsets.append(index)
                index += 1
                continue
            }
            guard let (value, width) = source.withUnsafeBufferPointer({ UTF8Decoder.decode($0.baseAddress!, count: range.upperBound, at: index) })
            else { break }
            let base = LetterTable.foldedBase(value)
            if base != 0, let folded = Unicode.Scalar(base) {
                if base < 0x80 {
                    bytes.append(UInt8(base))
                    offsets.append(index)
                } else {
                    for unit in String(folded).utf8 {
                        bytes.append(unit)
                        offsets.append(index)
                    }
                }
            }
            index += width
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 }
}
