/// One document cut into clauses, with the quotations and the cues of each clause.
struct ClauseReading {
    enum Boundary { case start, sentence, semicolon, colon, heading, item }

    struct Clause {
        var start: Int
        var end: Int
        var after: Boundary
        var basis = false
        /// The verb of a list header ("Bãi bỏ toàn bộ các văn bản sau:") its items take.
        var inherited: DocumentRelation?
        var intro = false
    }

    let bytes: [UInt8]
    let references: [DocumentCitation]
    var clauses: [Clause] = []
    var quotes: [Range<Int>] = []

    init(bytes: [UInt8], references: [DocumentCitation], consolidated: Bool) {
        self.bytes = bytes
        self.references = references
        quotes = Self.quotations(bytes)
        clauses = cut()
        classify(consolidated: consolidated)
    }

    // MARK: Cutting

    static func quotations(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: [Int] = []
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C {
                    open.append(index)
                } else if bytes[index + 2] == 0x9D, let start = open.popLast() {
                    if index - start < 6000 { spans.append(start..<(index + 3)) }
                }
            }
            index += 1
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    func quote(containing index: Int) -> Range<Int>? {
        quotes.last { $0.contains(index) }
    }

    func cut() -> [Clause] {
        var result: [Clause] = []
        var start = 0
        var after = Boundary.start
        var lineStart = 0
        func close(_ end: Int, _ next: Boundary) {
            if end > start { result.append(Clause(start: start, end: end, after: after)) }
            start = end
            after = next
        }
        var index = 0
        let count = bytes.count
        while index < count {
            switch bytes[index] {
            case 0x3B:
                close(index + 1, .semicolon)
            case 0x3A:
                if index + 1 < count, DocumentNumberScanner.isDigit(bytes[index + 1]) { break }
                close(index + 1, .colon)
            case 0x2E:
                guard index + 1 < count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A else { break }
                var next = index + 1
                while next < count, bytes[next] == 0x20 || bytes[next] == 0x0A { next += 1 }
                if next < count, startsSentence(at: next) { close(index + 1, .sentence) }
            case 0x0A:
                if isHeading(lineStart..<index) {
                    close(index + 1, .heading)
                } else if startsItem(at: index + 1) {
                    close(index + 1, .item)
                }
                lineStart = index + 1
            default:
                break
            }
            index += 1
        }
        close(count, .start)
        return result
    }

    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { UTF8Decoder.decode($0.baseAddress!, count: $0.count, at: index) }
            .flatMap { Unicode.Scalar($0.scalar) }
    }

    func startsSentence(at index: Int) -> Bool {
        let byte = bytes[index]
        if DocumentNumberScanner.isDigit(byte) || byte == 0x28 || byte == 0x22 { return true }
        guard let scalar = scalar(at: index) else { return false }
        return LetterTable.letterCase(scalar.value) == .upper || scalar == "“"
    }

    /// An all-capitals line ("THÔNG TƯ", "CHÍNH PHỦ", "QUYẾT NGHỊ:") ends the clause before it.
    func isHeading(_ range: Range<Int>) -> Bool {
        guard range.count >= 4, range.count <= 160 else { return false }
        var letters = 0
        for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
            guard !scalar.properties.isLowercase else { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// A line starting a list item or an article: "1. ", "a) ", "- ", "Điều 5.", "Căn cứ", "Chương".
    func startsItem(at index: Int) -> Bool {
        var index = index
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte == 0x2D || byte == 0x2B { return index + 1 < bytes.count && bytes[index + 1] == 0x20 }
        if DocumentNumberScanner.isDigit(byte) {
            var end = index
            while end < bytes.count, DocumentNumberScanner.isDigit(bytes[end]) { end += 1 }
            return end - index <= 2 && end + 1 < bytes.count && (bytes[end] == 0x2E || bytes[end] == 0x29) && bytes[end + 1] == 0x20
        }
        if byte >= 0x61, byte <= 0x7A, index + 1 < bytes.count, bytes[index + 1] == 0x29 { return true }
        let head = Self.fold(bytes[index..<min(bytes.count, index + 12)])
        return head.hasPrefix("dieu ") || head.hasPrefix("can cu ") || head.hasPrefix("chuong ")
    }

    // MARK: Classifying clauses

    /// The folded start of a clause without list markers, quotes or footnote numbers: "can cu luat …".
    func opener(_ clause: Clause) -> String {
        let span = FoldedSpan(bytes: bytes, range: clause.start..<min(clause.end, clause.start + 60), skipping: [])
        var text = Substring(String(decoding: span.bytes, as: UTF8.self))
        while let first = text.first, !first.isLetter || (text.dropFirst().first == ")" && text.count > 1) {
            text = text.dropFirst(first.isLetter ? 2 : 1)
        }
        return String(text)
    }

    static let basisObjects = [
        "luat", "bo luat", "nghi dinh", "nghi quyet", "thong tu", "quyet dinh", "hien phap", "phap lenh", "chi thi", "ket luan",
        "quy dinh", "van ban", "lenh", "dieu le", "quy che", "huong dan", "thong bao", "ke hoach", "chuong trinh", "de an",
    ]
    static let otherOpeners = ["thuc hien", "theo de nghi", "sau khi xem xet", "xet de nghi", "xet to trinh", "theo ", "dieu ", "chuong "]

    /// "Điều 2. …": an article starts (a list of "Điều 52, Điều 53 …" does not).
    static func isArticleHeading(_ opener: String) -> Bool {
        guard opener.hasPrefix("dieu ") else { return false }
        let rest = opener.dropFirst(5)
        let digits = rest.prefix { $0.isNumber }
        return !digits.isEmpty && (rest.dropFirst(digits.count).first == "." || rest.count == digits.count)
    }

    static func isBasis(_ opener: String) -> Bool {
        guard opener.hasPrefix("can cu ") else { return false }
        let rest = opener.dropFirst(7)
        return basisObjects.contains { rest.hasPrefix($0 + " ") || rest.hasPrefix($0 + ",") }
    }

    mutating func classify(consolidated: Bool) {
        var pending: DocumentRelation?
        var basis = false
        var intro = consolidated
        for index in clauses.indices {
            let clause = clauses[index]
            let opener = opener(clause)
            if Self.isBasis(opener) {
                basis = true
                intro = false
            } else if clause.after == .semicolon, basis, !Self.otherOpeners.contains(where: opener.hasPrefix) {
                basis = true
            } else {
                basis = false
            }
            if Self.isArticleHeading(opener) {
                intro = false
                pending = nil
            }
            clauses[index].basis = basis
            clauses[index].intro = intro
            clauses[index].inherited = pending
            let next = index + 1 < clauses.count ? clauses[index + 1].after : .start
            let endsWithColon = clause.end > 0 && bytes[clause.end - 1] == 0x3A
            if endsWithColon || next == .item || clause.after == .heading || next == .heading {
                if let cue = listCue(clause) {
                    pending = cue
                } else if endsWithColon {
                    pending = nil
                }
            }
        }
    }

    /// The verb a list header gives its items: "Bãi bỏ toàn bộ các văn bản sau:", "Điều 1. Bãi bỏ
    /// toàn bộ 15 văn bản", "DANH MỤC VĂN BẢN … BÃI BỎ TOÀN BỘ", "Các Thông tư sau hết hiệu lực …:".
    func listCue(_ clause: Clause) -> DocumentRelation? {
        guard !hasReference(in: clause.start..<clause.end) else { return nil }
        let range = max(clause.start, clause.end - Self.leadLimit)..<clause.end
        if let cue = lastCue(in: range), !cue.passive, [.repeals, .replaces, .amends].contains(cue.relation) { return cue.relation }
        if Self.fold(bytes[range]).contains("het hieu luc") { return .replaces }
        return nil
    }

    /// Whether a reference lies in `range` (references are in text order).
    func hasReference(in range: Range<Int>) -> Bool {
        var low = 0
        var high = references.count
        while low < high {
            let middle = (low + high) / 2
            if references[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < references.count && references[low].end <= range.upperBound
    }

    // MARK: Cues

    struct Cue {
        var relation: DocumentRelation
        /// Byte offsets of the cue in the text.
        var start: Int
        var end: Int
        var passive: Bool
    }

    static let cues: [(words: [UInt8], relation: DocumentRelation)] = [
        ("thay the cum tu", DocumentRelation.amends), ("bo sung cum tu", .amends), ("bai bo cum tu", .amends),
        ("sua doi", .amends), ("dinh chinh", .amends), ("thay the", .replaces), ("bai bo", .repeals),
        ("quy dinh chi tiet", .guides), ("huong dan", .guides),
    ].map { (Array($0.0.utf8), $0.1) }

    /// "được sửa đổi, bổ sung, thay thế": the verbs before a cue share its voice.
    static func isPassive(_ before: String) -> Bool {
        var text = Substring(before)
        var trimmed = true
        while trimmed {
            trimmed = false
            for piece in [" ", ",", "sua doi", "bo sung", "thay the", "bai bo", "va", "hoac"] where text.hasSuffix(piece) {
                text = text.dropLast(piece.count)
                trimmed = true
            }
        }
        let last = text.split(whereSeparator: { !$0.isLetter }).last ?? ""
        return ["duoc", "bi", "da"].contains(last)
    }

    static let nameWords = ["luat ", "nghi dinh ", "thong tu ", "phap lenh ", "nghi quyet ", "quyet dinh "]

    static let cueFirstBytes: Set<UInt8> = Set(cues.map { $0.words[0] })

    /// The last cue in `range`, quotations left out.
    func lastCue(in range: Range<Int>) -> Cue? {
        let folded = FoldedSpan(bytes: bytes, range: range, skipping: quotes)
        let text = folded.bytes
        var best: Cue?
        var position = text.count - 1
        while position >= 0 {
            defer { position -= 1 }
            let first = text[position]
            guard Self.cueFirstBytes.contains(first), position == 0 || !FoldedSpan.isLetter(text[position - 1]) else { continue }
            for cue in Self.cues where cue.words[0] == first && position + cue.words.count <= text.count {
                var same = true
                for offset in 1..<cue.words.count where text[position + offset] != cue.words[offset] {
                    same = false
                    break
                }
                guard same else { continue }
                let after = position + cue.words.count
                guard after == text.count || !FoldedSpan.isLetter(text[after]) else { continue }
                let before = String(decoding: text[max(0, position - 16)..<position], as: UTF8.self)
                // "Luật sửa đổi, bổ sung …", "Nghị định sửa đổi …" name an act: no verb of this document.
                if Self.nameWords.contains(where: { before.hasSuffix($0) }), !before.hasSuffix("phap luat ") { break }
                let passive = Self.isPassive(String(decoding: text[max(0, position - 48)..<position], as: UTF8.self))
                best = Cue(relation: cue.relation, start: folded.offsets[position], end: folded.offsets[after - 1] + 1, passive: passive)
                break
            }
            if best != nil { break }
        }
        return best
    }

    // MARK: One mention

    func clauseIndex(containing offset: Int) -> Int {
        var low = 0
        var high = clauses.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if clauses[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// How far before a mention its clause is read.
    static let leadLimit = 1200

    func relation(of index: Int) -> (relation: DocumentRelation, scope: String?) {
        let reference = references[index]
        let clause = clauses[clauseIndex(containing: reference.start)]
        let quoted = quote(containing: reference.start)
        var start = max(clause.start, reference.start - Self.leadLimit)
        if let quoted { start = max(start, quoted.lowerBound + 3) }
        if let quoted {
            let opener = Self.fold(bytes[start..<min(reference.start, start + 80)]).drop { !$0.isLetter }
            return (Self.isBasis(String(opener)) || clause.basis && quoted.lowerBound < clause.start ? .basedOn : .cites, nil)
        }
        if clause.basis {
            if let cue = lastCue(in: start..<reference.start), !cue.passive, cue.relation != .guides,
               references.contains(where: { $0.start >= start && $0.end <= cue.start && quote(containing: $0.start) == nil }) {
                return (.cites, nil)
            }
            return (.basedOn, nil)
        }
        let before = references.filter { $0.start >= start && $0.end <= reference.start && quote(containing: $0.start) == nil }
        if clause.intro, before.isEmpty { return (.consolidates, nil) }
        if let cue = lastCue(in: start..<reference.start) {
            if cue.passive || references.contains(where: { $0.start >= start && $0.end <= cue.start && quote(containing: $0.start) == nil }) {
                return (.cites, nil)
            }
            if cue.relation == .guides, !governsGuidance(start..<cue.start, after: clause.after) { return (.cites, nil) }
            return (cue.relation, cue.relation == .guides ? nil : scope(cue.end..<reference.start))
        }
        guard before.isEmpty else { return (.cites, nil) }
        if let inherited = clause.inherited { return (inherited, inherited == .replaces ? nil : scope(start..<reference.start)) }
        if leadIsTypeWord(start..<reference.start), sentenceEndsItsForce(from: reference.end) { return (.replaces, nil) }
        return (.cites, nil)
    }

    /// "Hướng dẫn …" is the document's own when it opens the subject line, or follows "Thông tư này"
    /// or the enacting words "… ban hành Thông tư".
    func governsGuidance(_ lead: Range<Int>, after: Boundary) -> Bool {
        let text = Self.fold(bytes[lead]).trimming(" \n")
        if text.isEmpty || text.allSatisfy({ !$0.isLetter }) { return true }
        let words = text.split(separator: " ")
        if let last = words.last, last == "nay" { return true }
        if words.count >= 2, words.suffix(3).contains("ban"), words.suffix(3).contains("hanh") || words.suffix(4).contains("hanh") { return true }
        return false
    }

    /// Whether the words before a mention are only its type word ("3. Thông tư liên tịch số").
    func leadIsTypeWord(_ lead: Range<Int>) -> Bool {
        var text = Substring(Self.fold(bytes[lead]))
        while let first = text.first, !first.isLetter || (text.dropFirst().first == ")") { text = text.dropFirst(first.isLetter ? 2 : 1) }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ":" })
        if words.last == "so" { words.removeLast() }
        let phrase = words.joined(separator: " ")
        return phrase.isEmpty || DocumentNumberScanner.typeWords.contains { $0.folded == phrase }
    }

    /// "… hết hiệu lực (thi hành) kể từ …" later in the sentence of a mention.
    func sentenceEndsItsForce(from offset: Int) -> Bool {
        var end = offset
        let limit = min(bytes.count, offset + 1500)
        while end < limit {
            if bytes[end] == 0x2E, end + 1 < bytes.count, bytes[end + 1] == 0x20 || bytes[end + 1] == 0x0A {
                var next = end + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A { next += 1 }
                if next >= bytes.count || startsSentence(at: next) { break }
            }
            end += 1
        }
        return Self.fold(bytes[offset..<end]).contains("het hieu luc")
    }

    // MARK: Scope

    static let unitWords: Set<String> = ["diem", "khoan", "dieu", "muc", "chuong", "phu"]
    static let linkWords: Set<String> = ["cua", "tai", "quy", "dinh", "theo", "thuoc"]

    /// The part of the cited act the verb names: "Điều 1", "điểm c khoản 5 Điều 8", "Điều 3, Điều 4".
    func scope(_ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let original = String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let folded = original.map { Self.fold(Array($0.utf8)[...]).trimming(",;.") }
        var runs: [Range<Int>] = []
        var index = 0
        while index < folded.count {
            guard Self.unitWords.contains(folded[index]), index + 1 < folded.count, Self.isUnitValue(folded[index + 1]) || folded[index] == "phu" else {
                index += 1
                continue
            }
            let runStart = index
            var runEnd = index
            while index < folded.count {
                if Self.unitWords.contains(folded[index]), index + 1 < folded.count, Self.isUnitValue(folded[index + 1]) || folded[index] == "phu" {
                    index += folded[index] == "phu" ? 3 : 2
                    runEnd = min(index, folded.count)
                } else if Self.isUnitValue(folded[index]), index > runStart, original[index - 1].hasSuffix(",") || folded[index - 1] == "va" {
                    index += 1
                    runEnd = index
                } else if folded[index] == "va" || folded[index] == "cac" {
                    index += 1
                } else {
                    break
                }
            }
            runs.append(runStart..<runEnd)
        }
        guard let last = runs.last else { return nil }
        var rest = Array(folded[last.upperBound...])
        if rest.last == "so" { rest.removeLast() }
        let restPhrase = rest.joined(separator: " ")
        if let type = DocumentNumberScanner.typeWords.first(where: { restPhrase == $0.folded || restPhrase.hasSuffix(" " + $0.folded) }) {
            rest.removeLast(type.folded.split(separator: " ").count)
        }
        guard rest.count <= 4, rest.allSatisfy(Self.linkWords.contains) else { return nil }
        var words = Array(original[last])
        if let final = words.last { words[words.count - 1] = String(final.trimming(",;.")) }
        return words.joined(separator: " ")
    }

    static func isUnitValue(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isNumber { return true }
        if word.count <= 2, first.isLetter { return true }
        return word.allSatisfy { "ivxlc".contains($0) }
    }

    static func fold(_ slice: ArraySlice<UInt8>) -> String {
        DocumentNumberScanner.fold(String(decoding: slice, as: UTF8.self))
    }
}
