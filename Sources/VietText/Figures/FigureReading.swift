/// `FigureExtractor` reading one text: `run` reads the lexemes of one stretch of it
/// (see `FigureStretches`), and the figures of all stretches gather in `figures`.
struct FigureReading {
    typealias Lexeme = FigureLexer.Lexeme
    typealias W = FigureWords

    /// The text read, and its UTF-8 bytes.
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// The stretch being read, lexed; offsets are into `bytes`.
    var lexemes: [Lexeme] = []
    var figures: [Figure] = []
    /// Units already listed per value, for `4 năm` after `4 năm liền`: one figure, not two.
    private var seen = SeenUnits()
    /// The sentences around figures, which come in text order, often several to a sentence.
    private var sentences: SentenceFinder
    /// The last sentence turned into a context, and that context.
    private var contextMemo = (sentence: 0..<0, context: "")

    init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.bytes = bytes
        sentences = SentenceFinder(bytes: bytes)
    }

    private struct FigureIdentity: Hashable {
        var value: Double
        var upper: Double?
        var qualifier: FigureQualifier?

        // The qualifier by its case: comparing and hashing its raw string would cost more than the rest.
        static func == (left: Self, right: Self) -> Bool {
            left.value == right.value && left.upper == right.upper && ordinal(left.qualifier) == ordinal(right.qualifier)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            hasher.combine(upper)
            hasher.combine(Self.ordinal(qualifier))
        }

        private static func ordinal(_ qualifier: FigureQualifier?) -> Int {
            switch qualifier {
            case nil: return 0
            case .moreThan: return 1
            case .lessThan: return 2
            case .almost: return 3
            case .about: return 4
            case .upTo: return 5
            case .atMost: return 6
            case .atLeast: return 7
            case .between: return 8
            }
        }
    }

    /// The units listed so far for each figure identity.
    private struct SeenUnits {
        private var entries: [(identity: FigureIdentity, key: FigureUnitKey)] = []
        /// The entries of each identity, once there are too many to look through one by one.
        private var byIdentity: [FigureIdentity: [Int]]?
        private static let searchedOneByOne = 32

        /// Whether the figure was listed already, under this unit or one that extends it word
        /// by word (or that it extends); lists the unit when it is new for the figure.
        mutating func isRepeated(_ identity: FigureIdentity, key: FigureUnitKey) -> Bool {
            var repeated = false, listed = false
            func compare(_ known: FigureUnitKey) {
                if known.isSame(as: key) {
                    repeated = true
                    listed = true
                } else if known.extends(key) || key.extends(known) && !known.text.isEmpty {
                    repeated = true
                }
            }
            if let byIdentity {
                for entry in byIdentity[identity] ?? [] { compare(entries[entry].key) }
            } else {
                for entry in entries where entry.identity == identity { compare(entry.key) }
            }
            if !listed {
                entries.append((identity, key))
                if byIdentity != nil {
                    byIdentity![identity, default: []].append(entries.count - 1)
                } else if entries.count > Self.searchedOneByOne {
                    var table: [FigureIdentity: [Int]] = [:]
                    for (position, entry) in entries.enumerated() { table[entry.identity, default: []].append(position) }
                    byIdentity = table
                }
            }
            return repeated
        }
    }

    struct Amount {
        var value: Double
        /// The last lexeme read.
        var last: Int
        /// The scale applied to the leading number (1 when none): `3-5 triệu` scales the 3 too.
        var scale: Double
    }

    // MARK: - Scanning

    mutating func run() {
        let hang = W.hang, hangScales = W.hangScales, countStarts = W.countStarts
        var index = 0
        while index < lexemes.count {
            let lexeme = lexemes[index]
            var start: Int?
            var byWords = false
            var approximate = false
            if lexeme.kind == .number {
                if !isExcludedNumber(index) { start = index }
            } else if lexeme.kind == .word {
                if lexeme.key == hang, isWord(index + 1, in: hangScales) {
                    start = index + 1
                    approximate = true
                } else if countStarts.contains(lexeme.key), startsNumberWords(index) {
                    start = index
                    byWords = true
                }
            }
            guard let start, let next = figure(at: start, byWords: byWords, approximate: approximate) else {
                index += 1
                continue
            }
            index = next
        }
    }

    /// Reads the figure starting at `start`; returns the index after it, or nil when there is none.
    private mutating func figure(at start: Int, byWords: Bool, approximate: Bool) -> Int? {
        guard var amount = amount(from: start, implicitOne: approximate) else { return nil }
        var value = amount.value
        var upper: Double?
        var qualifier: FigureQualifier?
        var first = start
        if approximate {
            qualifier = .atLeast
            first = start - 1
        } else if let (found, at) = qualifierBefore(start) {
            qualifier = found
            first = at
        }
        var rangeIsHyphen = false
        if !byWords, let range = range(after: amount, start: start) {
            if range.upper.value <= value * (range.upper.scale > 1 && amount.scale == 1 ? range.upper.scale : 1) {
                return range.upper.last + 1
            }
            if amount.scale == 1 { value *= range.upper.scale }
            upper = range.upper.value
            rangeIsHyphen = range.hyphen
            amount = range.upper
            if range.from { first = start - 1 }
            qualifier = .between
        } else if isHyphenRangeDate(amount) {
            return amount.last + 1
        }
        var (unit, last) = unit(after: amount.last)
        if byWords {
            guard unit != nil, !lexemes[amount.last + 1].capitalized,
                  !isWord(amount.last + 1, in: W.pairNouns) else { return nil }
        }
        if unit == nil, rangeIsHyphen { return amount.last + 1 }
        if unit == nil, isWord(first - 1, W.la) { unit = unitBefore(first - 1) }
        if isWord(last + 1, W.tro), isWord(last + 2, W.len) || isWord(last + 2, W.xuong) {
            if qualifier == nil || qualifier == .between && !rangeIsHyphen && upper == nil {
                qualifier = isWord(last + 2, W.len) ? .atLeast : .atMost
            }
            last += 2
        }
        if qualifier == nil, isWord(first - 1, W.tu), isWord(last + 1, W.tro) { qualifier = .atLeast }
        guard value > 0, unit != nil || amount.scale > 1 || approximate, !isClockTime(unit, first: first) else { return last + 1 }
        value = (value * 10_000).rounded() / 10_000
        if let high = upper { upper = (high * 10_000).rounded() / 10_000 }
        let key = unit.map(FigureUnitKey.init) ?? .none
        guard !seen.isRepeated(FigureIdentity(value: value, upper: upper, qualifier: qualifier), key: key) else { return last + 1 }
        let range = lexemes[first].start..<lexemes[last].end
        let sentenceRange = sentences.sentence(around: range)
        let context = context(range, in: sentenceRange)
        figures.append(Figure(
            text: string(range), value: value, upper: upper, unit: unit, qualifier: qualifier,
            sentence: context.text, range: range, sentenceRange: sentenceRange,
            contextRange: context.range, elidedBefore: context.elidedBefore, elidedAfter: context.elidedAfter))
        return last + 1
    }

    // MARK: - Numbers

    /// A digit run's value: `.` groups thousands and `,` is the decimal mark (`2.000`,
    /// `1.234,5`); a comma before exactly three digits groups thousands as in English
    /// (`725,000`), except before a scale word (`10,245 nghìn tỷ`). Nil for identifiers (a leading zero before three or more digits,
    /// seven or more bare digits) and malformed groups (`10.10.2020`).
    func literal(_ index: Int) -> (value: Double, bareDigits: Int)? {
        let lexeme = lexemes[index]
        // The digit groups between separators, read in one pass: the first, the one being
        // read (the last at the end), and all but the last folded by thousands.
        var firstValue = 0.0, firstDigits = 0
        var value = 0.0, digits = 0
        var whole = 0.0
        var separators = 0
        var firstSeparator: UInt8 = 0, lastSeparator: UInt8 = 0
        var mixedGrouping = false, middleGroupNotThree = false
        for position in lexeme.start..<lexeme.end {
            let byte = bytes[position]
            if byte == 0x2E || byte == 0x2C {
                if separators == 0 {
                    firstValue = value
                    firstDigits = digits
                    firstSeparator = byte
                } else {
                    if digits != 3 { middleGroupNotThree = true }
                    if lastSeparator != firstSeparator { mixedGrouping = true }
                }
                whole = whole * 1000 + value
                lastSeparator = byte
                separators += 1
                value = 0
                digits = 0
            } else {
                value = value * 10 + Double(byte - 0x30)
                digits += 1
            }
        }
        if separators == 0 {
            firstValue = value
            firstDigits = digits
        }
        if bytes[lexeme.start] == 0x30, firstDigits > 1, firstDigits > 3 || separators > 0 { return nil }
        guard separators > 0 else {
            return firstDigits >= 7 ? nil : (firstValue, firstDigits)
        }
        guard firstDigits <= 3, !mixedGrouping, !middleGroupNotThree else { return nil }
        let grouped = separators > 1
        let groupedBy = grouped ? firstSeparator : (digits == 3 ? lastSeparator : 0)
        let decimalBeforeScale = !grouped && lastSeparator == 0x2C && scaleOf(index + 1) != nil
        if digits == 3, lastSeparator == groupedBy || !grouped, !decimalBeforeScale {
            return (whole * 1000 + value, 0)
        }
        if grouped, firstSeparator == lastSeparator { return nil }
        guard separators == 1 || lastSeparator != groupedBy, lastSeparator == 0x2C || digits <= 2 else { return nil }
        var divisor = 1.0
        for _ in 0..<digits { divisor *= 10 }
        return (whole + value / divisor, 0)
    }

    /// Reads digits, number words and scale words from `start` on: `1,5 tỷ`,
    /// `hai mươi lăm`, `1 tỷ 200 triệu`, `nghìn tỷ`.
    func amount(from start: Int, implicitOne: Bool = false) -> Amount? {
        var total = 0.0, group = 0.0
        var pending: Double?
        var lastScale = Double.infinity
        var leadScale = 1.0
        var last = start - 1
        var afterTens = false
        var index = start
        loop: while index < lexemes.count {
            let lexeme = lexemes[index]
            if lexeme.kind == .number {
                if index > start {
                    guard pending == nil, group == 0, lastScale.isFinite, !lexeme.attached || lexemes[index - 1].kind == .word,
                          let scale = scaleOf(index + 1), scale < lastScale, !isExcludedNumber(index, inAmount: true) else { break }
                }
                guard let literal = literal(index) else { break }
                pending = literal.value
            } else if lexeme.kind == .word {
                if index > start, lexeme.attached { break }
                let key = lexeme.key
                if let digit = W.digits[key] {
                    guard pending == nil else { break }
                    if W.afterTensOnly.contains(key) {
                        guard afterTens else { break }
                    } else if key == W.nam || key == W.mot {
                        guard isWord(index + 1, in: W.multipliers) else { break }
                    }
                    if index > start, lexeme.capitalized || lexeme.acronym { break }
                    pending = digit
                } else if key == W.muoiPrefix {
                    guard pending == nil, group.truncatingRemainder(dividingBy: 100) == 0 else { break }
                    group += 10
                    afterTens = true
                    last = index
                    index += 1
                    continue
                } else if key == W.muoi {
                    guard let digit = pending else { break }
                    group += digit * 10
                    pending = nil
                    afterTens = true
                    last = index
                    index += 1
                    continue
                } else if key == W.tram || key == W.chuc {
                    guard pending != nil || index == start && implicitOne || (index > start && lastScale.isFinite && group == 0) else { break }
                    if index > start, pending == nil, lastScale.isFinite { break }
                    group += (pending ?? 1) * (key == W.tram ? 100 : 10)
                    pending = nil
                } else if key == W.linh || key == W.le {
                    guard group > 0, pending == nil else { break }
                } else if let scale = W.scales[key] {
                    let amount = group + (pending ?? 0)
                    if amount == 0 {
                        if total > 0, scale > lastScale {
                            total *= scale
                            leadScale *= scale
                        } else if index == start, implicitOne {
                            total = scale
                            leadScale = scale
                        } else {
                            break loop
                        }
                    } else if amount >= Self.alreadyInUnits, !lastScale.isFinite {
                        total += amount
                        group = 0
                        pending = nil
                        lastScale = scale
                        last = index
                        index += 1
                        continue
                    } else {
                        guard scale < lastScale || !lastScale.isFinite else { break loop }
                        total += amount * scale
                        if !lastScale.isFinite { leadScale = scale }
                    }
                    lastScale = scale
                    group = 0
                    pending = nil
                } else {
                    break
                }
                afterTens = false
            } else {
                break
            }
            last = index
            index += 1
        }
        guard last >= start else { return nil }
        total += group + (pending ?? 0)
        return Amount(value: total, last: last, scale: leadScale)
    }

    /// `68.266.067.050 tỷ đồng`: a number this large before a scale word is already in units
    /// (the writer added a stray `tỷ`).
    static let alreadyInUnits = 1e9

    /// The scale word at `index` (nghìn → 1000…), if any.
    private func scaleOf(_ index: Int) -> Double? {
        guard index < lexemes.count, lexemes[index].kind == .word else { return nil }
        return W.scales[lexemes[index].key]
    }

    /// `3-5`, `3 – 5`, `từ 3 đến 5`, `từ 3 tới 5`: the upper amount, and whether `từ` opened it.
    private func range(after lower: Amount, start: Int) -> (upper: Amount, from: Bool, hyphen: Bool)? {
        let next = lower.last + 1
        guard next + 1 < lexemes.count else { return nil }
        let from = isWord(start - 1, W.tu)
        var hyphen = false
        if isPunct(next, 0x2D) || isPunct(next, 0x2013) {
            hyphen = true
        } else if !(from && (isWord(next, W.den) || isWord(next, W.toi))) {
            return nil
        }
        guard lexemes[next + 1].kind == .number, !isPunct(next + 2, 0x2D) || lexemes[next + 2].attached == false,
              !(isPunct(next + 2, 0x2F) && lexemes[next + 2].attached),
              let upper = amount(from: next + 1), let literal = literal(next + 1), literal.bareDigits != 4 || !isYear(literal.value)
        else { return nil }
        if hyphen, isPunct(upper.last + 1, 0x2D), lexemes[upper.last + 1].attached { return nil }
        return (upper, from, hyphen && !from)
    }

    /// `12-6-2021` and `2023-2028`: a hyphen and a number that did not make a range.
    private func isHyphenRangeDate(_ amount: Amount) -> Bool {
        let next = amount.last + 1
        return (isPunct(next, 0x2D) || isPunct(next, 0x2013)) && next + 1 < lexemes.count && lexemes[next + 1].kind == .number
    }

    private func isYear(_ value: Double) -> Bool { (1900...2100).contains(value) }

    /// `lúc 8 giờ`, `khoảng 11 giờ đến 17 giờ`: an hour of the day, not a duration.
    private func isClockTime(_ unit: String?, first: Int) -> Bool {
        // Anything equal to `giờ` or starting with it starts with the byte `g`.
        guard let unit, unit.utf8.first == UInt8(ascii: "g"), unit == "giờ" || unit.hasPrefix("giờ ") else { return false }
        if let second = unit.split(separator: " ").dropFirst().first, W.afterClockHours.contains(String(second)) { return true }
        return isWord(first - 1, in: W.beforeClockTimes) || isWord(first, in: W.beforeClockTimes)
    }

    // MARK: - What is not a figure

    /// Dates, years, times, phone numbers, references, ordinals, names and codes.
    func isExcludedNumber(_ index: Int, inAmount: Bool = false) -> Bool {
        let lexeme = lexemes[index]
        guard let literal = literal(index) else { return true }
        let previous = index - 1, next = index + 1
        if lexeme.attached, previous >= 0 {
            let before = lexemes[previous]
            switch before.kind {
            case .word, .number: return true
            case .punct:
                switch before.key {
                case 0x2F, 0x3A, 0x2E, 0x23, 0x2B, 0x5F, 0x40, 0x26, 0x5C: return true
                case 0x2D, 0x2013:
                    if before.attached, previous > 0, lexemes[previous - 1].kind != .punct { return true }
                default: break
                }
            case .lineBreak: break
            }
        }
        if previous >= 1, isPunct(previous, 0x2D) || isPunct(previous, 0x2013), lexemes[previous - 1].kind == .number { return true }
        if next < lexemes.count, lexemes[next].attached {
            let after = lexemes[next]
            switch after.kind {
            case .punct:
                switch after.key {
                case 0x2F, 0x5C: return true
                case 0x3A: if next + 1 < lexemes.count, lexemes[next + 1].kind == .number, lexemes[next + 1].attached { return true }
                case 0x2D, 0x2013:
                    if next + 1 < lexemes.count, lexemes[next + 1].attached, lexemes[next + 1].kind == .word { return true }
                default: break
                }
            case .word:
                if !W.attachedUnits.contains(after.key) { return true }
                if after.key == W.gram, isWord(next + 1, in: W.dayParts) { return true }
                if next + 1 < lexemes.count, lexemes[next + 1].attached, lexemes[next + 1].kind == .word { return true }
            default: break
            }
        }
        if inAmount { return false }
        if previous >= 0, lexemes[previous].kind == .number { return true }
        if next < lexemes.count, lexemes[next].kind == .number, !lexemes[next].attached { return true }
        if previous >= 0, lexemes[previous].kind == .word {
            let before = lexemes[previous]
            if W.references.contains(before.key), before.key != W.so || !isWord(previous - 1, in: W.beforeSoMeaningCount),
               before.key != W.vong || !isWord(previous - 1, W.trong) { return true }
            if before.capitalized, !isSentenceStart(previous), !W.qualifierWords.contains(before.key) { return true }
        }
        if literal.bareDigits == 4, isYear(literal.value), !isPunct(next, 0x25) { return true }
        if isWord(next, W.gio) || isWord(next, W.h) {
            if next + 1 < lexemes.count, lexemes[next + 1].kind == .number { return true }
            if isWord(next + 1, in: W.dayParts) { return true }
        }
        if isWord(next, W.thang), next + 1 < lexemes.count, lexemes[next + 1].kind == .number { return true }
        return false
    }

    /// A number word that may start a count: `hai`, `ba`… (`một`/`năm` only before a scale word),
    /// in lower case or at the start of a sentence, not after `thứ`, `cả`, `giữa`.
    private func startsNumberWords(_ index: Int) -> Bool {
        let lexeme = lexemes[index]
        guard lexeme.end - lexeme.start <= Self.longestNumberWord, Self.isNumberWordInitial(bytes[lexeme.start]),
              !lexeme.acronym, !lexeme.capitalized || isSentenceStart(index) else { return false }
        if W.wordStarts.contains(lexeme.key) {
        } else if lexeme.key == W.mot || lexeme.key == W.nam {
            guard isWord(index + 1, in: W.multipliers) else { return false }
        } else {
            return false
        }
        if index > 0, lexemes[index - 1].kind == .word {
            let before = lexemes[index - 1].key
            if W.references.contains(before), before != W.luc, before != W.vong || !isWord(index - 2, W.trong) { return false }
            if W.notBeforeNumberWords.contains(before) { return false }
        }
        return true
    }

    /// `mười` is the longest number word in UTF-8 bytes; all of them begin with one of these letters.
    static let longestNumberWord = 7
    static let numberWordInitials: UInt32 = "hbmstcn".utf8.reduce(0) { $0 | 1 << UInt32($1 - 0x61) }

    static func isNumberWordInitial(_ byte: UInt8) -> Bool {
        let letter = byte | 0x20
        return letter >= 0x61 && letter <= 0x7A && numberWordInitials & (1 << UInt32(letter - 0x61)) != 0
    }

    private func isSentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = lexemes[index - 1]
        if before.kind == .lineBreak { return true }
        guard before.kind == .punct else { return false }
        switch before.key {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x22, 0x201C, 0x28, 0x5B, 0x2D, 0x2013, 0x2014, 0x2022, 0x27, 0x2018: return true
        default: return false
        }
    }

    // MARK: - Qualifier and unit

    private func qualifierBefore(_ start: Int) -> (FigureQualifier, Int)? {
        guard start >= 1, lexemes[start - 1].kind == .word else { return nil }
        if start >= 2, lexemes[start - 2].kind == .word,
           let found = W.twoWordQualifiers[lexemes[start - 2].key]?[lexemes[start - 1].key] {
            return (found, start - 2)
        }
        if let found = W.qualifiers[lexemes[start - 1].key] { return (found, start - 1) }
        return nil
    }

    /// The unit after an amount and the index of its last lexeme (the amount's last when none).
    private func unit(after last: Int) -> (String?, Int) {
        let index = last + 1
        guard index < lexemes.count else { return (nil, last) }
        let lexeme = lexemes[index]
        if lexeme.kind == .punct {
            guard lexeme.key == 0x25 else { return (nil, last) }
            return rate("%", after: index)
        }
        guard lexeme.kind == .word else { return (nil, last) }
        let key = lexeme.key
        if key == W.phan, isWord(index + 1, W.tram) { return rate("%", after: index + 1) }
        if lexeme.attached {
            if lexemes[index - 1].kind == .number, W.attachedUnits.contains(key) {
                if key == W.dLetter { return rate("đồng", after: index) }
                var end = index
                if end + 1 < lexemes.count, lexemes[end + 1].kind == .number, lexemes[end + 1].attached { end += 1 }
                return (string(lexeme.start..<lexemes[end].end), end)
            }
            return (nil, last)
        }
        if key == W.dong {
            if let following = lexemes[safe: index + 1], following.kind == .word, !following.attached, W.dongCompounds.contains(following.key) {
                return nounPhrase(from: index, after: last)
            }
            return rate(string(lexeme.start..<lexeme.end), after: index)
        }
        if let currency = W.currencies[key] { return rate(currency, after: index) }
        if key == W.do, isWord(index + 1, W.dollarLa) {
            return rate("USD", after: isWord(index + 2, W.my) ? index + 2 : index + 1)
        }
        if key == W.nhan, isWord(index + 1, W.dan), isWord(index + 2, W.te) { return rate("nhân dân tệ", after: index + 2) }
        return nounPhrase(from: index, after: last)
    }

    /// A currency or `%` followed by `/suất`, `/kg`, `/người/tháng`: a rate.
    private func rate(_ unit: String, after index: Int) -> (String?, Int) {
        var unit = unit
        var end = index
        while end + 2 < lexemes.count, isPunct(end + 1, 0x2F), lexemes[end + 1].attached,
              lexemes[end + 2].kind == .word, lexemes[end + 2].attached {
            unit += "/" + string(lexemes[end + 2].start..<lexemes[end + 2].end)
            end += 2
        }
        return (unit, end)
    }

    static let longestUnit = 7

    /// The short noun phrase after a number: words up to a function word, punctuation
    /// or another number; a phrase that runs on past seven words keeps its first two.
    private func nounPhrase(from index: Int, after last: Int) -> (String?, Int) {
        var words = 0
        var end = -1
        var position = index
        while position < lexemes.count {
            let lexeme = lexemes[position]
            if lexeme.kind == .word {
                if isStop(position) { break }
                if words == Self.longestUnit {
                    end = index + 1
                    break
                }
                end = position
                words += 1
            } else if lexeme.kind == .punct, lexeme.key == 0x2C, isWord(position - 1, W.tinh), isWord(position + 1, W.thanh) {
            } else if lexeme.kind == .punct, lexeme.key == 0x2D, lexeme.attached, position + 1 < lexemes.count,
                      lexemes[position + 1].kind == .word, lexemes[position + 1].attached {
            } else {
                break
            }
            position += 1
        }
        guard end >= index else { return (nil, last) }
        return (string(lexemes[index].start..<lexemes[end].end), end)
    }

    /// `CĐ CA tỉnh, thành phố là 21`: the subject before `là`, when nothing follows the number.
    private func unitBefore(_ la: Int) -> String? {
        var position = la - 1
        var first = -1
        var words = 0
        while position >= 0 {
            let lexeme = lexemes[position]
            if lexeme.kind == .word {
                if isStop(position) { break }
                words += 1
                if words > Self.longestUnit { return nil }
                first = position
            } else if !(lexeme.kind == .punct && lexeme.key == 0x2C && isWord(position - 1, W.tinh) && isWord(position + 1, W.thanh)) {
                break
            }
            position -= 1
        }
        guard first >= 0 else { return nil }
        return string(lexemes[first].start..<lexemes[la - 1].end)
    }

    private func isStop(_ index: Int) -> Bool {
        let key = lexemes[index].key
        if index > 0, lexemes[index - 1].kind == .word, W.notStopsAfter[key]?.contains(lexemes[index - 1].key) == true { return false }
        if let second = W.stopsNotBefore[key], isWord(index + 1, in: second) { return false }
        if W.stops.contains(key) { return true }
        if let second = W.twoWordStops[key], isWord(index + 1, in: second) { return true }
        return false
    }

    // MARK: - Text

    /// The sentence, or a window of it around the figure when it is very long (`SentenceFinder`):
    /// the text shown, the bytes it quotes, and whether "…" marks stand for cut parts of the sentence.
    private mutating func context(_ figure: Range<Int>, in sentence: Range<Int>)
        -> (text: String, range: Range<Int>, elidedBefore: Bool, elidedAfter: Bool) {
        let shown = sentences.context(of: figure, in: sentence)
        guard shown.elidedBefore || shown.elidedAfter || shown.range != sentence else {
            if sentence != contextMemo.sentence {
                contextMemo = (sentence, string(sentence))
            }
            return (contextMemo.context, sentence, false, false)
        }
        let text = (shown.elidedBefore ? "…" : "") + string(shown.range) + (shown.elidedAfter ? "…" : "")
        return (text, shown.range, shown.elidedBefore, shown.elidedAfter)
    }

    /// The text at `range` (which starts and ends on a character's first byte); a long one is
    /// copied from `text` without checking its UTF-8 again, a short one fits in the `String`.
    private func string(_ range: Range<Int>) -> String {
        if range.count <= Self.longestSmallString { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        let utf8 = text.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
    }

    /// The most UTF-8 bytes a `String` holds without allocating (on 64-bit platforms).
    private static let longestSmallString = 15

    // MARK: - Lexeme tests

    func isWord(_ index: Int, _ key: UInt64) -> Bool {
        index >= 0 && index < lexemes.count && lexemes[index].kind == .word && lexemes[index].key == key
    }

    func isWord(_ index: Int, in keys: FigureWordSet) -> Bool {
        index >= 0 && index < lexemes.count && lexemes[index].kind == .word && keys.contains(lexemes[index].key)
    }

    func isPunct(_ index: Int, _ scalar: UInt32) -> Bool {
        index >= 0 && index < lexemes.count && lexemes[index].kind == .punct && lexemes[index].key == UInt64(scalar)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
