/// The byte-level reading behind `DocumentNumberExtractor`.
struct DocumentNumberScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The offset of the first ASCII digit at or after `index` (`bytes.count` when none), read eight
    /// bytes at a time: bit 7 of each byte of `found` is set when that byte is below 0x80, above 0x2F
    /// and below 0x3A, with no carry between bytes.
    func digit(from index: Int) -> Int {
        var index = index
        guard let base = bytes.baseAddress else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let low = word & (ones &* 0x7F)
            let found = (ones &* 0xB9 &- low) & ~word & (low &+ ones &* 0x50) & (ones &* 0x80)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, !Self.isDigit(bytes[index]) { index += 1 }
        return index
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Type words, longest first; `weak` ones may stand before a bare number.
    static let typeWords: [(words: String, type: DocumentType, weak: Bool, folded: String)] = {
        let entries: [(String, String, Bool)] = [
            ("Nghị quyết liên tịch", "NQLT", false), ("Thông tư liên tịch", "TTLT", false),
            ("Văn bản hợp nhất", "VBHN", false), ("Quy chế phối hợp", "QC", true), ("Nghị quyết", "NQ", true),
            ("Quyết định", "QĐ", true), ("Quy định", "QĐi", true), ("Kết luận", "KL", true), ("Chỉ thị", "CT", true),
            ("Nghị định", "NĐ", false), ("Thông tư", "TT", false), ("Thông báo", "TB", false), ("Hướng dẫn", "HD", true),
            ("Quy chế", "QC", true), ("Bộ luật", "QH", false), ("Luật", "QH", false), ("Kế hoạch", "KH", true),
            ("Chương trình", "CTr", true), ("Đề án", "ĐA", true), ("Công điện", "CĐ", true), ("Pháp lệnh", "PL", false),
        ]
        return entries.map { ($0.0, DocumentType.code($0.1)!, $0.2, fold($0.0)) }.sorted { $0.words.count > $1.words.count }
    }()

    /// Each type word's folded bytes and its length in characters, in `typeWords` order.
    static let typeWordKeys: [(folded: [UInt8], characters: Int)] = typeWords.map { (Array($0.folded.utf8), $0.words.count) }

    /// Words after a bare number that make it a quantity, not a document number.
    static let quantityWords: Set<String> = [
        "năm", "tháng", "ngày", "tuổi", "người", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "giờ", "phút", "lần",
        "điều", "khoản", "trang", "điểm", "km", "ha", "%", "dự", "tiêu", "nhiệm", "nội", "mục", "giải", "chương",
        "bước", "đơn", "hộ", "xã", "tỉnh", "huyện", "cơ", "đoàn", "gói", "công",
    ]

    /// Lower case, no diacritics, đ → d: how type words are compared.
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: fold($0, 0..<$0.count) ?? [], as: UTF8.self) }
    }

    /// `fold` of the UTF-8 bytes in `range`, read in place; nil when they are not whole characters.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var folded: [UInt8] = []
        guard let base = bytes.baseAddress else { return folded }
        folded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            guard let (value, length) = UTF8Decoder.decode(base, count: range.upperBound, at: index) else { return nil }
            index += length
            if value < 0x80 {
                folded.append(UInt8(value &- 0x41 < 26 ? value | 0x20 : value))
            } else {
                let letter = LetterTable.foldedBase(value)
                if letter != 0 { UTF8.encode(Unicode.Scalar(letter) ?? Unicode.Scalar(value) ?? "\u{FFFD}") { folded.append($0) } }
            }
        }
        return folded
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The scalar ending just before `index`.
    func scalar(before index: Int) -> Unicode.Scalar? {
        guard index > 0, let base = bytes.baseAddress else { return nil }
        let start = UTF8Decoder.scalarStart(before: index, in: base)
        return UTF8Decoder.decode(base, count: index, at: start).flatMap { Unicode.Scalar($0.scalar) }
    }

    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < bytes.count, let base = bytes.baseAddress else { return nil }
        return UTF8Decoder.decode(base, count: bytes.count, at: index).flatMap { Unicode.Scalar($0.scalar) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isDigit(byte) || isASCIILetter(byte)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A number starts a word: not glued to letters, digits, or a `/`, `.` or `,` of another number.
    func startsWord(at index: Int) -> Bool {
        guard let before = scalar(before: index) else { return true }
        if before == "/" || before == "." || before == "," { return false }
        if before == "-", let twoBefore = scalar(before: index - 1), Self.isWordScalar(twoBefore) { return false }
        return !Self.isWordScalar(before)
    }

    func endsWord(at index: Int) -> Bool { !Self.isWordScalar(scalar(at: index)) }

    func skipSpaces(_ index: Int, limit: Int = 3) -> Int {
        var index = index
        var skipped = 0
        while index < bytes.count, skipped < limit {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
            skipped += 1
        }
        return index
    }

    /// Spaces and one line break after a dash or slash inside a number: gazette text wraps a long
    /// issuer list ("01/2016/TTLT-BCA-\nBQP") at the line end.
    func skipBreak(_ index: Int) -> Int {
        var index = skipSpaces(index)
        if index < bytes.count, bytes[index] == 0x0A { index = skipSpaces(index + 1) }
        return index
    }

    /// A symbol word at `index`: ASCII letters, Đ/đ (and their look-alikes), Ư/ư, then digits only when `digits`; it must end the word.
    func symbolWord(at index: Int, digits: Bool) -> (end: Int, text: String)? {
        var end = index
        var letters = 0
        while end < bytes.count {
            let byte = bytes[end]
            if Self.isASCIILetter(byte) {
                end += 1
                letters += 1
            } else if byte >= 0xC3, let (scalar, length) = UTF8Decoder.decode(bytes.baseAddress!, count: bytes.count, at: end),
                      let small = LetterTable.smallLetter(scalar)?.lower, small == 0x111 || small == 0x1B0 {
                end += length
                letters += 1
            } else {
                break
            }
        }
        guard letters > 0, letters <= 16 else { return nil }
        if digits { while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 } }
        guard endsWord(at: end) else { return nil }
        return (end, string(index..<end))
    }

    func number(_ range: Range<Int>) -> Int {
        var value = 0
        for index in range where DocumentNumberScanner.isDigit(bytes[index]) { value = value * 10 + Int(bytes[index] - 0x30) }
        return value
    }

    /// `02-NQ/TW`, `02/NQ-TW`, `100/2015/NĐ-CP`, `12/2012/QH13` starting at `start`.
    func strong(start: Int, digitsEnd: Int) -> DocumentCitation? {
        let value = number(start..<digitsEnd)
        var index = skipSpaces(digitsEnd)
        guard index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2F else { return nil }
        let separator = bytes[index]
        index = skipSpaces(index + 1)
        if separator == 0x2D {
            guard let type = symbolWord(at: index, digits: false), let documentType = DocumentType.symbol(type.text) else { return nil }
            index = skipSpaces(type.end)
            guard index < bytes.count, bytes[index] == 0x2F else { return nil }
            guard let issuer = symbolWord(at: skipBreak(index + 1), digits: true) else { return nil }
            return make(start: start, end: issuer.end, number: value, year: nil, type: documentType,
                        issuerParts: [issuer.text], writtenParty: true)
        }
        var year: Int?
        var yearEnd = index
        while yearEnd < bytes.count, Self.isDigit(bytes[yearEnd]) { yearEnd += 1 }
        if yearEnd - index == 4 {
            let candidate = number(index..<yearEnd)
            guard (1945...2100).contains(candidate) else { return nil }
            index = skipSpaces(yearEnd)
            guard index < bytes.count, bytes[index] == 0x2F else { return nil }
            index = skipSpaces(index + 1)
            year = candidate
        } else if yearEnd != index {
            return nil
        }
        guard let first = symbolWord(at: index, digits: true) else { return nil }
        var parts: [String] = []
        var end = first.end
        while end + 1 < bytes.count, bytes[end] == 0x2D, let part = symbolWord(at: skipBreak(end + 1), digits: true) {
            parts.append(part.text)
            end = part.end
        }
        if parts.isEmpty, DocumentType.symbol(first.text) != nil {
            let dash = skipSpaces(first.end)
            if dash < bytes.count, bytes[dash] == 0x2D, let part = symbolWord(at: skipBreak(dash + 1), digits: true) {
                parts.append(part.text)
                end = part.end
                while end + 1 < bytes.count, bytes[end] == 0x2D, let more = symbolWord(at: skipBreak(end + 1), digits: true) {
                    parts.append(more.text)
                    end = more.end
                }
            }
        }
        if let documentType = DocumentType.symbol(first.text), !parts.isEmpty {
            return make(start: start, end: end, number: value, year: year, type: documentType, issuerParts: parts, writtenParty: false)
        }
        guard let year, parts.isEmpty else { return nil }
        let key = DocumentType.key(of: first.text)
        let body = key.prefix { !$0.isNumber }
        guard body.count < key.count, body == "QH" || body == "UBTVQH" else { return nil }
        let type = DocumentType.code(body == "QH" ? "QH" : "NQ")!
        return make(start: start, end: end, number: value, year: year, type: type, issuerParts: [first.text], writtenParty: false, issuerOnly: true)
    }

    func make(start: Int, end: Int, number: Int, year: Int?, type: DocumentType, issuerParts: [String], writtenParty: Bool, issuerOnly: Bool = false) -> DocumentCitation {
        let issuer = issuerParts.map(ReferenceIssuer.canonical).joined(separator: "-")
        let padded = number < 10 ? "0\(number)" : String(number)
        let id: String
        if let year {
            id = issuerOnly ? "\(padded)/\(year)/\(issuer)" : "\(padded)/\(year)/\(type.code)-\(issuer)"
        } else {
            let party = ReferenceIssuer.style(issuer) ?? writtenParty
            id = party ? "\(padded)-\(type.code)/\(issuer)" : "\(padded)/\(type.code)-\(issuer)"
        }
        return DocumentCitation(
            id: id, type: type, issuer: issuer, number: number, year: year, surface: string(start..<end), start: start, end: end)
    }

    /// Issuers of the old numbers written without a type symbol: "Quyết định số 206-CP", "Nghị định 50/CP".
    static let bareIssuers: Set<String> = ["CP", "HĐBT", "HDBT", "TTG", "HĐCP", "HDCP", "HĐNN", "HDNN", "TCCP"]

    /// "Quyết định số 206-CP ngày 30 tháng 5 năm 1979", "Quyết định số 111-HĐBT": a type word, a number
    /// and an issuer with no type symbol (Council of Ministers era); the id keeps the written separator.
    func issuerOnly(start: Int, digitsEnd: Int) -> DocumentCitation? {
        let separatorIndex = digitsEnd
        guard separatorIndex + 1 < bytes.count, bytes[separatorIndex] == 0x2D || bytes[separatorIndex] == 0x2F,
              let issuer = symbolWord(at: separatorIndex + 1, digits: false),
              Self.bareIssuers.contains(issuer.text.uppercased()),
              let word = typeWord(before: start), ["QĐ", "NĐ", "CT", "NQ", "TT"].contains(word.entry.type.code) else { return nil }
        let value = number(start..<digitsEnd)
        let padded = value < 10 ? "0\(value)" : String(value)
        var canonical = ReferenceIssuer.canonical(issuer.text)
        var end = issuer.end
        while end + 1 < bytes.count, bytes[end] == 0x2D, let part = symbolWord(at: end + 1, digits: false) {
            canonical += "-" + ReferenceIssuer.canonical(part.text)
            end = part.end
        }
        let separator = bytes[separatorIndex] == 0x2D ? "-" : "/"
        var reference = DocumentCitation(
            id: "\(padded)\(separator)\(canonical)", type: word.entry.type, issuer: canonical, number: value, year: nil,
            surface: string(start..<end), start: start, end: end)
        reference.typeWord = word.text
        return reference
    }

    /// "Đề án 06", "Quy chế phối hợp số 04": a capitalized weak type word right before a bare number.
    func weak(start: Int, digitsEnd: Int) -> DocumentCitation? {
        guard digitsEnd - start <= 4 else { return nil }
        let value = number(start..<digitsEnd)
        if digitsEnd - start == 4, (1900...2100).contains(value) { return nil }
        guard endsWord(at: digitsEnd) else { return nil }
        if digitsEnd + 1 < bytes.count, [0x2E, 0x2C, 0x2F, 0x2D, 0x3A].contains(bytes[digitsEnd]), Self.isDigit(bytes[digitsEnd + 1]) {
            return nil
        }
        guard mayFollowTypeWord(start), let word = typeWord(before: start), word.weak, word.capitalized else { return nil }
        var afterEnd = min(bytes.count, digitsEnd + 40)
        while afterEnd < bytes.count, bytes[afterEnd] & 0xC0 == 0x80 { afterEnd += 1 }
        var following = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[digitsEnd..<afterEnd]), as: UTF8.self))
        following = following.drop(while: { $0 == " " })
        if following.first == "%" { return nil }
        let next = following.prefix { $0.isLetter }.lowercased()
        if Self.quantityWords.contains(next) {
            var date = following
            guard next == "ngày", Self.readDate(&date) != nil else { return nil }
        }
        let padded = value < 10 ? "0\(value)" : String(value)
        var reference = DocumentCitation(
            id: "\(word.entry.words) \(padded)", type: word.entry.type, issuer: nil, number: value, year: nil,
            surface: string(word.start..<digitsEnd), start: word.start, end: digitsEnd, isWeak: true)
        reference.typeWord = word.text
        return reference
    }

    /// The last words of the type words, folded: a number after any other word is no reference.
    static let typeWordEndings: Set<[UInt8]> = Set(typeWords.map { Array(($0.folded.split(separator: " ").last ?? "").utf8) })
    private static let numberWord = Array("so".utf8)
    /// The last letters of `typeWordEndings` and of "so": a word ending in another ASCII byte ends none of them.
    private static let endingLastBytes: Set<UInt8> = Set(typeWordEndings.compactMap(\.last) + [numberWord.last!])

    /// Cheap test run before `typeWord(before:)` on every bare number: the word before
    /// it (after "số" and a colon, if any) must end some type word.
    func mayFollowTypeWord(_ index: Int) -> Bool {
        guard let word = word(endingBefore: index) else { return false }
        let last = bytes[word.upperBound - 1]
        if last < 0x80, !Self.endingLastBytes.contains(last &- 0x41 < 26 ? last | 0x20 : last) { return false }
        guard var folded = Self.fold(bytes, word) else { return false }
        if folded == Self.numberWord {
            guard let previous = self.word(endingBefore: word.lowerBound), let foldedPrevious = Self.fold(bytes, previous) else { return false }
            folded = foldedPrevious
        }
        return Self.typeWordEndings.contains(folded)
    }

    /// The byte range of the word ending before `index`, past spaces, no-break spaces and a colon.
    private func word(endingBefore index: Int) -> Range<Int>? {
        var end = index
        while end > 0 {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A { end -= 1; continue }
            if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2; continue }
            break
        }
        var start = end
        while start > 0, end - start < 24 {
            let byte = bytes[start - 1]
            let isLetterByte = byte &- 0x41 < 26 || byte &- 0x61 < 26 || (byte >= 0x80 && !(byte == 0xA0 && start >= 2 && bytes[start - 2] == 0xC2))
            guard isLetterByte else { break }
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// The type word ending right before `index` ("Nghị quyết số", "Luật ... số:"), read from at most 48 bytes
    /// back, on the bytes: a character is a scalar with the scalars that extend it (`UTF8Decoder.characterStart`).
    func typeWord(before index: Int) -> (text: String, start: Int, entry: (words: String, type: DocumentType, weak: Bool, folded: String), weak: Bool, capitalized: Bool)? {
        var from = max(0, index - 48)
        while from < index, bytes[from] & 0xC0 == 0x80 { from += 1 }
        // A line break inside or after the type word ("Quyết\nđịnh số") reads as a space; offsets stay.
        let withNumberWord = trimmedEnd(from, index, colons: true)
        var head = withNumberWord
        let lastWord = letterRunStart(from, head)
        if Self.fold(bytes, lastWord..<head) == Self.numberWord { head = trimmedEnd(from, lastWord, colons: false) }
        var foldedHead = Self.fold(bytes, characterStart(back: 24, from: head, limit: from)..<head) ?? []
        for position in foldedHead.indices where foldedHead[position] == 0x0A { foldedHead[position] = 0x20 }
        for (position, key) in Self.typeWordKeys.enumerated() where foldedHead.count >= key.folded.count
            && foldedHead[(foldedHead.count - key.folded.count)...].elementsEqual(key.folded) {
            let matched = characterStart(back: key.characters, from: head, limit: from)
            if matched > from, let before = scalar(at: characterStart(back: 1, from: matched, limit: from)), LetterTable.isLetter(before.value) { continue }
            let entry = Self.typeWords[position]
            let text = String(decoding: bytes[matched..<withNumberWord].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
            let capitalized = scalar(at: matched).map { $0.isASCII ? $0.value &- 0x41 < 26 : $0.properties.isUppercase } ?? false
            return (text, matched, entry, entry.weak, capitalized)
        }
        return nil
    }

    /// `end` moved back over spaces, line breaks, no-break spaces and, with `colons`, colons, not before `from`.
    private func trimmedEnd(_ from: Int, _ end: Int, colons: Bool) -> Int {
        var end = end
        while end > from {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x0A || (colons && byte == 0x3A) {
                end -= 1
            } else if byte == 0xA0, end - 2 >= from, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return end
    }

    /// Where the characters ending at `end` stop being letters, not before `from`.
    private func letterRunStart(_ from: Int, _ end: Int) -> Int {
        var start = end
        while start > from {
            let previous = characterStart(back: 1, from: start, limit: from)
            guard let scalar = scalar(at: previous), LetterTable.isLetter(scalar.value) else { break }
            start = previous
        }
        return start
    }

    /// The start of the `count`th character before `end`, not before `limit`.
    private func characterStart(back count: Int, from end: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var start = end
        for _ in 0..<count where start > limit {
            start = UTF8Decoder.characterStart(before: start, in: base, count: bytes.count, limit: limit)
        }
        return start
    }

    /// Fills the type word, date of issue, issuing body and quoted title the sentence gives.
    func attach(to reference: inout DocumentCitation) {
        if reference.typeWord == nil, let word = typeWord(before: reference.start) { reference.typeWord = word.text }
        if reference.type.code == "QH", let word = reference.typeWord,
           let named = Self.typeWords.first(where: { Self.fold(word).hasPrefix($0.folded) })?.type, named.code == "NQ" {
            reference.type = named
        }
        let tailText = tail(from: reference.end)
        reference.term = Self.readTerm(tailText)
        var rest = Substring(tailText)
        skip(&rest)
        if let date = Self.readDate(&rest) {
            reference.issued = date
            skip(&rest)
        }
        if Self.startsLowercased(rest, with: "của ") {
            rest = rest.dropFirst(4)
            reference.issuingBody = Self.readBody(&rest)
            skip(&rest)
        }
        if reference.issued == nil, let date = Self.readDate(&rest) {
            reference.issued = date
            skip(&rest)
        }
        if let year = reference.year, let issued = reference.issued, !issued.hasPrefix(String(year)) { reference.issued = nil }
        if reference.issued == nil { readIssueBefore(&reference) }
        if Self.startsLowercased(rest, with: "về ") {
            rest = rest.dropFirst(3).drop(while: { $0 == " " })
            if Self.startsLowercased(rest, with: "việc ") { rest = rest.dropFirst(5).drop(while: { $0 == " " }) }
            if let open = rest.first, let close: Character = ["“": "”", "\"": "\"", "«": "»", "‘": "’"][open] {
                let body = rest.dropFirst()
                if let closing = body.firstIndex(of: close) ?? (close == "”" ? body.firstIndex(of: "\"") : nil), body.distance(from: body.startIndex, to: closing) <= 300 {
                    let title = body[..<closing].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                    if !title.isEmpty { reference.title = title }
                }
            }
        }
    }

    /// "Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW": a date of issue and the
    /// issuer stated before the type word, in the same sentence, joined to it by "ra", "ban hành" or "ký".
    func readIssueBefore(_ reference: inout DocumentCitation) {
        var from = max(0, reference.start - 200)
        while from < reference.start, bytes[from] & 0xC0 == 0x80 { from += 1 }
        guard Self.mayContain(UnsafeBufferPointer(rebasing: bytes[from..<reference.start]), ["gày "]) else { return }
        var window = string(from..<reference.start)
        if let cut = window.lastIndex(where: { $0 == "." || $0 == ";" || $0 == "\n" }) { window = String(window[window.index(after: cut)...]) }
        guard let dayWord = window.ranges(of: "gày ").last, dayWord.lowerBound > window.startIndex else { return }
        let dayStart = window.index(before: dayWord.lowerBound)
        guard window[dayStart] == "n" || window[dayStart] == "N" else { return }
        var rest = Substring(window[dayStart...].lowercased())
        guard let date = Self.readDate(&rest) else { return }
        let between = rest.drop(while: { $0 == " " || $0 == "," })
        let verbs = [" ra ", " ban hành ", " ký ", " đã ban hành ", " đã ra "]
        guard let verb = verbs.compactMap({ between.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              !between.contains(where: { $0.isNumber }) else { return }
        if let year = reference.year, !date.hasPrefix(String(year)) { return }
        reference.issued = date
        if reference.issuingBody == nil {
            let originalBetween = window[window.index(window.endIndex, offsetBy: -between.count)...]
            let body = originalBetween.prefix(between.distance(from: between.startIndex, to: verb.lowerBound))
            if !body.isEmpty, body.first?.isUppercase == true, body.count <= 60 { reference.issuingBody = String(body) }
        }
    }

    /// What `attach` reads after a reference: up to 400 bytes, cut before the first `;`, line
    /// breaks and no-break spaces read as spaces. Done on the bytes when each `;`, line break
    /// and no-break space met is a character of its own, else character by character.
    func tail(from start: Int) -> String {
        var end = min(bytes.count, start + 400)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        var plain: [UInt8] = []
        plain.reserveCapacity(end - start)
        var index = start
        scan: while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x3B:
                guard standsAlone(index, width: 1, start: start, end: end) else { return characterTail(start..<end) }
                break scan
            case 0x0A:
                plain.append(0x20)
            case 0x0D:
                return characterTail(start..<end)
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0:
                guard standsAlone(index, width: 2, start: start, end: end) else { return characterTail(start..<end) }
                plain.append(0x20)
                index += 1
            case 0xCD where index + 1 < end && bytes[index + 1] == 0xBE:
                return characterTail(start..<end)  // U+037E, canonically a `;`
            default:
                plain.append(byte)
            }
            index += 1
        }
        return String(decoding: plain, as: UTF8.self)
    }

    /// `tail(from:)` character by character.
    private func characterTail(_ range: Range<Int>) -> String {
        var tail = string(range)
        if let semicolon = tail.firstIndex(of: ";") { tail = String(tail[..<semicolon]) }
        return String(tail.map { $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" ? " " : $0 })
    }

    /// Whether the `width` bytes at `index` make a character of their own within `start..<end`:
    /// no prepended mark before them, nothing extending them after. Told only from ASCII and
    /// Latin neighbours (U+0080–U+05FF before, U+0080–U+02FF after, U+1E00–U+1EFF), else false.
    private func standsAlone(_ index: Int, width: Int, start: Int, end: Int) -> Bool {
        if index > start, bytes[index - 1] >= 0x80 {
            guard bytes[index - 1] & 0xC0 == 0x80, index - 2 >= start else { return false }
            let twoBytes = bytes[index - 2] >= 0xC2 && bytes[index - 2] <= 0xD7
            let latinAdditional = index - 3 >= start && bytes[index - 3] == 0xE1 && (0xB8...0xBB).contains(bytes[index - 2])
            guard twoBytes || latinAdditional else { return false }
        }
        let next = index + width
        guard next < end, bytes[next] >= 0x80 else { return true }
        if bytes[next] >= 0xC2 && bytes[next] <= 0xCB { return true }
        return bytes[next] == 0xE1 && next + 1 < end && (0xB8...0xBB).contains(bytes[next + 1])
    }

    /// "… Trung ương Đảng khóa XI" → `XI`: the Roman numeral after the first "khóa"/"khoá" in the
    /// first 240 characters of `tail`.
    static func readTerm(_ tail: String) -> String? {
        guard mayContain(tail.utf8, ["hóa ", "hoá "]) else { return nil }
        let text = tail.prefix(240)
        for word in ["khóa ", "khoá ", "Khóa ", "Khoá "] {
            guard let range = text.firstRange(of: word) else { continue }
            let numeral = text[range.upperBound...].prefix { "IVXL".contains($0) }
            guard !numeral.isEmpty, text[range.upperBound...].dropFirst(numeral.count).first.map({ !$0.isLetter }) ?? true else { continue }
            return String(numeral)
        }
        return nil
    }

    /// False when `text` cannot hold any of `words` (in NFC) as characters: none of their bytes
    /// is there, and no combining mark (U+0300–U+036F) that could spell one decomposed.
    /// Asked before `String`'s character searches, which most texts then skip.
    static func mayContain(_ text: some Collection<UInt8>, _ words: [String]) -> Bool {
        text.withContiguousStorageIfAvailable { mayContain($0, words) } ?? Array(text).withUnsafeBufferPointer { mayContain($0, words) }
    }

    private static func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [String]) -> Bool {
        if bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return true }
        return words.contains { word in
            var word = word
            return word.withUTF8 { needle in
                guard let first = needle.first, needle.count <= bytes.count else { return false }
                var index = 0
                let last = bytes.count - needle.count
                while index <= last {
                    if bytes[index] == first, UnsafeBufferPointer(rebasing: bytes[index..<(index + needle.count)]).elementsEqual(needle) { return true }
                    index += 1
                }
                return false
            }
        }
    }

    /// `text.lowercased().hasPrefix(prefix)` lower-casing only the start of `text`, for a lower-case
    /// `prefix` starting with an ASCII letter (only that letter, in either case, lower-cases to it).
    static func startsLowercased(_ text: Substring, with prefix: String) -> Bool {
        guard let first = text.utf8.first, first | 0x20 == prefix.utf8.first else { return false }
        // One character more than the prefix has keeps the character boundaries those of the whole text.
        return text.prefix(prefix.count + 2).lowercased().hasPrefix(prefix)
    }

    private func skip(_ rest: inout Substring) {
        rest = rest.drop(while: { $0 == " " || $0 == "," })
    }

    /// "ngày 12/6/2021", "ngày 25 tháng 4 năm 2026" (also after "ban hành") → `YYYY-MM-DD`.
    static func readDate(_ rest: inout Substring) -> String? {
        var text = rest
        if Self.startsLowercased(text, with: "ban hành ") { text = text.dropFirst(9).drop(while: { $0 == " " }) }
        guard Self.startsLowercased(text, with: "ngày ") else { return nil }
        text = text.dropFirst(5).drop(while: { $0 == " " })
        func digits(_ text: inout Substring) -> Int? {
            let run = text.prefix { $0.isASCII && $0.isNumber }
            guard !run.isEmpty, run.count <= 4 else { return nil }
            text = text.dropFirst(run.count)
            return Int(run)
        }
        guard let day = digits(&text) else { return nil }
        var month: Int?
        var year: Int?
        if let separator = text.first, "/-.".contains(separator) {
            text = text.dropFirst()
            month = digits(&text)
            guard text.first == separator else { return nil }
            text = text.dropFirst()
            year = digits(&text)
        } else {
            text = text.drop(while: { $0 == " " })
            guard Self.startsLowercased(text, with: "tháng") else { return nil }
            text = text.dropFirst(5).drop(while: { $0 == " " })
            month = digits(&text)
            text = text.drop(while: { $0 == " " })
            guard Self.startsLowercased(text, with: "năm") else { return nil }
            text = text.dropFirst(3).drop(while: { $0 == " " })
            year = digits(&text)
        }
        guard let month, let year, (1945...2100).contains(year), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        guard day >= 1, day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] else { return nil }
        rest = text
        let pad = { (value: Int) in value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// Words that end an issuing body: "của Bộ Chính trị về …" → "Bộ Chính trị".
    static let bodyStops: Set<String> = [
        "về", "ban", "trong", "quy", "hướng", "sửa", "có", "đối", "để", "thì", "nhằm", "tại", "theo", "đã", "là",
        "được", "với", "khóa", "khoá", "kỳ", "ngày", "số", "tiếp", "thực", "và", "cho", "đến",
    ]

    static func readBody(_ rest: inout Substring) -> String? {
        var words: [Substring] = []
        var text = rest
        while words.count < 10 {
            text = text.drop(while: { $0 == " " })
            let word = text.prefix { $0 != " " }
            guard let first = word.first, first.isLetter || first.isNumber else { break }
            let stripped = word.prefix { !",;.:()“”\"".contains($0) }
            if stripped.isEmpty { break }
            if !(first.isUppercase) && bodyStops.contains(stripped.lowercased()) && !(stripped == "và" && words.count > 0 && text.dropFirst(word.count).drop(while: { $0 == " " }).first?.isUppercase == true) {
                break
            }
            words.append(stripped)
            text = text.dropFirst(stripped.count)
            if stripped.count < word.count { break }
        }
        guard !words.isEmpty else { return nil }
        rest = text
        return words.joined(separator: " ")
    }
}
