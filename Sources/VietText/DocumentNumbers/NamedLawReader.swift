import Foundation

/// Finds laws cited by name and date only ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm
/// 2025", "Bộ luật Lao động năm 2019") and gives each the number the same text or a built-in
/// table of major laws knows for that name and year (`63/2025/QH15`, `45/2019/QH14`).
///
/// The same text teaches a name when it also writes it with its number ("Luật Phí và lệ phí số
/// 97/2015/QH13"). A name without a year, or one neither source knows, is left unlinked.
public struct NamedLawReader: Sendable {
    public init() {}

    /// References for the laws `text` names with a year; `numbered` are the references already
    /// found in `text` (they teach names written with their number).
    public func references(in text: String, numbered: [DocumentCitation]) -> [DocumentCitation] {
        let bytes = Array(text.utf8)
        var learned: [String: DocumentCitation] = [:]
        var found: [DocumentCitation] = []
        var index = 0
        while let start = Self.nextLawWord(bytes, from: index) {
            index = start + 4
            guard let name = Self.readName(bytes, at: start) else { continue }
            index = name.end
            let key = Self.key(name.words)
            if let numberStart = name.numberStart {
                if let reference = numbered.first(where: { $0.start == numberStart && $0.type.code == "QH" }) {
                    learned[key] = reference
                }
                continue
            }
            guard let year = name.year else { continue }
            let id: String
            if let known = learned[key], known.year == year {
                id = known.id
            } else if let number = MajorLaws.number(name: key, year: year) {
                id = number
            } else {
                continue
            }
            guard let parsed = DocumentNumberExtractor.parseWhole(id) else { continue }
            var reference = parsed
            reference.surface = String(decoding: bytes[start..<name.nameEnd].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
            reference.start = start
            reference.end = name.nameEnd
            reference.issued = name.issued
            reference.typeWord = bytes[start] == 0x42 ? "Bộ luật" : "Luật"
            found.append(reference)
        }
        return found
    }

    /// "Luật" or "Bộ luật" starting a word, capitalized.
    static func nextLawWord(_ bytes: [UInt8], from index: Int) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return nil }
            func next(_ byte: UInt8, from index: Int) -> Int {
                memchr(base + index, Int32(byte), bytes.count - index).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            }
            var index = index
            while index < bytes.count {
                // The next capital L or B: where either word can start.
                index = min(next(0x4C, from: index), next(0x42, from: index))
                guard index < bytes.count else { return nil }
                if index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A {
                    for word in lawWords where index + word.count < bytes.count && bytes[index..<(index + word.count)].elementsEqual(word)
                        && (bytes[index + word.count] == 0x20 || bytes[index + word.count] == 0x0A) {
                        return index
                    }
                }
                index += 1
            }
            return nil
        }
    }

    private static let lawWords: [[UInt8]] = [Array("Luật".utf8), Array("Bộ luật".utf8)]

    struct Name {
        var words: String
        var nameEnd: Int
        var end: Int
        var year: Int?
        var issued: String?
        /// Where a number follows "số", for a name written with its number.
        var numberStart: Int?
    }

    /// The name from `start` up to "số …", "ngày … năm YYYY" or "năm YYYY".
    static func readName(_ bytes: [UInt8], at start: Int) -> Name? {
        let limit = min(bytes.count, start + 240)
        var index = start
        var wordStarts: [Int] = []
        while index < limit {
            while index < limit, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            guard index < limit else { break }
            let wordStart = index
            while index < limit, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
            let folded = bytes.withUnsafeBufferPointer { DocumentNumberScanner.fold($0, wordStart..<index) } ?? []
            if wordStarts.count >= 2 {
                let nameEnd = trimmedEnd(bytes, before: wordStart)
                var nameText: String { String(decoding: bytes[start..<nameEnd], as: UTF8.self) }
                if folded == so || folded == soColon {
                    var next = index
                    while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                    if next < bytes.count, DocumentNumberScanner.isDigit(bytes[next]) {
                        return Name(words: nameText, nameEnd: nameEnd, end: next, numberStart: next)
                    }
                }
                if folded == ngay || folded == nam {
                    let window = String(decoding: bytes[wordStart..<min(bytes.count, wordStart + 60)].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
                    var rest = Substring(window)
                    if folded == ngay, let date = DocumentNumberScanner.readDate(&rest) {
                        let consumed = wordStart + (window.utf8.count - rest.utf8.count)
                        return Name(words: nameText, nameEnd: nameEnd, end: consumed, year: Int(date.prefix(4)), issued: date)
                    }
                    if folded == nam {
                        rest = rest.dropFirst(3).drop(while: { $0 == " " })
                        let digits = rest.prefix { $0.isASCII && $0.isNumber }
                        if digits.count == 4, let year = Int(digits), (1945...2100).contains(year) {
                            return Name(words: nameText, nameEnd: nameEnd, end: wordStart + 4 + digits.utf8.count, year: year)
                        }
                    }
                    return nil
                }
            }
            if endsName(bytes, wordStart..<index) || wordStarts.count >= 22 { return nil }
            wordStarts.append(wordStart)
        }
        return nil
    }

    private static let so = Array("so".utf8), soColon = Array("so:".utf8), ngay = Array("ngay".utf8), nam = Array("nam".utf8)

    /// Whether the word in `range` holds a character that ends a name: `;` `.` `(` `)` `“` `”` `"`
    /// (one with a combining mark after it is another character).
    static func endsName(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = buffer[index]
                var length = 1
                if byte == 0xE2, index + 2 < range.upperBound, buffer[index + 1] == 0x80, buffer[index + 2] == 0x9C || buffer[index + 2] == 0x9D {
                    length = 3
                } else if !(byte == 0x3B || byte == 0x2E || byte == 0x28 || byte == 0x29 || byte == 0x22) {
                    index += 1
                    continue
                }
                let next = index + length
                let extended = next < range.upperBound && buffer[next] >= 0xCC
                    && UTF8Decoder.decode(buffer.baseAddress!, count: range.upperBound, at: next).map { UTF8Decoder.extendsCharacter($0.scalar) } == true
                if !extended { return true }
                index = next
            }
            return false
        }
    }

    static func trimmedEnd(_ bytes: [UInt8], before index: Int) -> Int {
        var end = index
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x2C { end -= 1 }
        return end
    }

    /// "Luật Phí và lệ phí" → "luat phi va le phi": folded, punctuation and line breaks read as spaces.
    public static func key(_ name: String) -> String {
        DocumentNumberScanner.fold(name).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "-" }).joined(separator: " ")
    }
}
