/// Finds document numbers in one pass over a text's UTF-8 bytes and reads
/// what the sentence attaches to each: the type word before, the date of
/// issue, the issuing body after "của" and a quoted title after "về".
///
/// Recognized: `02-NQ/TW`, `02/NQ-TW`, `02 - NQ/TW`, `nq-tw`, `100/2015/NĐ-CP`, `100/2015/ND-CP`,
/// `113/NQ-CP`, `12/2012/QH13`, `01/2016/TTLT-BCA-BQP`; not dates (`12/6/2021`), phone numbers,
/// "bệnh viện 19/8" or "Điều 5". With `includeWeak`, also "Đề án 06" and
/// "Quy chế phối hợp số 04": a capitalized type word then a bare number.
public struct DocumentNumberExtractor: Sendable {
    public var includeWeak: Bool

    public init(includeWeak: Bool = true) {
        self.includeWeak = includeWeak
    }

    /// Every reference in `text`, in order.
    public func references(in text: String) -> [DocumentCitation] {
        var text = text
        return text.withUTF8 { references(in: $0) }
    }

    /// Every reference in UTF-8 `bytes`, in order; offsets are into `bytes`.
    public func references(in bytes: UnsafeBufferPointer<UInt8>) -> [DocumentCitation] {
        var found: [DocumentCitation] = []
        let scan = DocumentNumberScanner(bytes: bytes)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard DocumentNumberScanner.isDigit(byte) else { index = scan.digit(from: index + 1); continue }
            var runEnd = index
            while runEnd < count, DocumentNumberScanner.isDigit(bytes[runEnd]) { runEnd += 1 }
            defer { index = max(index + 1, runEnd) }
            guard runEnd - index <= 5, scan.startsWord(at: index) else { continue }
            // "1.166/VBHN-BLĐTBXH": a thousands dot inside the number.
            if runEnd - index <= 2, runEnd + 4 < count, bytes[runEnd] == 0x2E,
               (1...3).allSatisfy({ DocumentNumberScanner.isDigit(bytes[runEnd + $0]) }), !DocumentNumberScanner.isDigit(bytes[runEnd + 4]),
               let dotted = scan.strong(start: index, digitsEnd: runEnd + 4) {
                var reference = dotted
                scan.attach(to: &reference)
                found.append(reference)
                runEnd = reference.end
                continue
            }
            if var reference = scan.strong(start: index, digitsEnd: runEnd) {
                scan.attach(to: &reference)
                found.append(reference)
                runEnd = reference.end
            } else if var reference = scan.issuerOnly(start: index, digitsEnd: runEnd) {
                scan.attach(to: &reference)
                found.append(reference)
                runEnd = reference.end
            } else if includeWeak, var reference = scan.weak(start: index, digitsEnd: runEnd) {
                scan.attach(to: &reference)
                found.append(reference)
            }
        }
        return found
    }

    /// The one reference that `text` is, in any spelling (`2/nq-tw`, `100/2015/ND-CP`), or nil.
    public static func parseWhole(_ text: String) -> DocumentCitation? {
        var trimmed = Substring(text)
        while let first = trimmed.first, first.isWhitespace { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
        let found = DocumentNumberExtractor(includeWeak: false).references(in: String(trimmed))
        guard found.count == 1, let only = found.first, only.start == 0, only.end == trimmed.utf8.count else { return nil }
        return only
    }

    /// A type word and a bare number, as a query may write it ("Nghị quyết 02", "nghi quyet so 2"): type and number.
    public static func parseTypeAndNumber(_ text: String) -> (type: DocumentType, number: Int)? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, let number = Int(words.last!), number >= 0, words.last!.count <= 5 else { return nil }
        var name = words.dropLast()
        if let last = name.last, DocumentNumberScanner.fold(String(last)) == "so" { name = name.dropLast() }
        let folded = DocumentNumberScanner.fold(name.joined(separator: " "))
        guard let entry = DocumentNumberScanner.typeWords.first(where: { $0.folded == folded }) else { return nil }
        return (entry.type, number)
    }
}
