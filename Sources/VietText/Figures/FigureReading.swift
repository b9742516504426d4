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
    /// Where the body starts: after the title and lead, the text's first two lines.
    private let bodyStart: Int
    /// How the text groups thousands, looked at only when a number leaves it open.
    private let grouping: ThousandsGrouping

    init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.bytes = bytes
        bodyStart = Self.bodyStart(bytes)
        sentences = SentenceFinder(bytes: bytes)
        grouping = ThousandsGrouping(bytes: bytes)
    }

    private static func bodyStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var breaks = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            breaks += 1
            if breaks == 2 { return offset + 1 }
        }
        return bytes.count
    }

    /// Whether a text groups thousands with dots (`17.366 đồng/lít`), found on first asking:
    /// then its `62,729 USD/thùng` has a decimal comma.
    private final class ThousandsGrouping {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var known: Bool?

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var byDots: Bool {
            if let known { return known }
            let found = Self.hasDotGroup(bytes)
            known = found
            return found
        }

        /// A dot between one to three digits and exactly three: `2.000`, `1.234.567`; not `10.10.2020`, `1.5`.
        private static func hasDotGroup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] &- 0x30 < 10 }
            var index = 1
            while index + 3 < bytes.count {
                if bytes[index] == 0x2E, isDigit(index - 1), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
                    var before = index - 1
                    while isDigit(before) { before -= 1 }
                    if index - 1 - before <= 3, before < 0 || bytes[before] != 0x2C && bytes[before] != 0x2E || !isDigit(before - 1) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// What makes two figures of a text the same fact, the thing counted aside (see `SeenUnits`).
    private struct FigureIdentity: Hashable {
        var value: Double
        var upper: Double?
        var direction: FigureDirection?
        /// `hàng trăm người` and `100 người` are two statements.
        var approximate: Bool
    }

    /// The units and qualifiers listed so far for each figure identity. In the body, a second statement of
    /// a share or a rate is the same fact only when the same word leads it (`tăng 9,5%` … `tăng 9,5%`;
    /// `giảm giá vàng SJC thêm 20.000 đồng/lượng` … `giảm 20.000 đồng/lượng` are two, and so are
    /// `nắm 100% vốn` … `hưởng 100% các nguồn thu`). A figure stated again in another
    /// sentence, with or without a qualifier, is the same fact (`giảm 40%` in the title, `giảm đến 40%`
    /// in the lead); a count of the same thing names the same group again (`ba cháu ngoại`… `ba cháu
    /// lao ra cứu`): the head word of the thing counted is enough, unless a state tells them apart
    /// (`3 người chết`… `3 người bị thương`). In one sentence the same value stated twice is two facts
    /// (`nước lạnh 30 giây, … nước nóng 30 giây`; `2 người Mỹ, 2 người Pháp`), unless the second is what
    /// the first is compared with (`5 tháng năm 2017 … so với 5 tháng của năm 2016`).
    private struct SeenUnits {
        private struct Entry {
            var identity: FigureIdentity
            var qualifier: FigureQualifier?
            var key: FigureUnitKey
            /// The word after the unit (0 for none): `gừng` in `15g gừng`.
            var detail: UInt64
            /// Where the sentence the unit was seen in starts.
            var sentence: Int
            /// For a share or a rate in the body, the word that leads it (0 for none).
            var lead: UInt64?
            /// For a bare thing counted, whether its clause says what became of them
            /// (`6 người ở tầng 16 của bệnh viện bị thương`).
            var stateInClause: Bool
            /// `key.hasState`.
            var hasState: Bool
            /// The figure listed for the fact.
            var figure: Int
        }
        private var entries: [Entry] = []
        /// The entries of each identity, once there are too many to look through one by one.
        private var byIdentity: [FigureIdentity: [Int]]?
        private static let searchedOneByOne = 32

        /// The figure already listed for the same fact, under this unit or one that extends it
        /// word by word (or that it extends, or shares its head word from another sentence);
        /// nil when the fact is new, and then `figure` is listed for it.
        mutating func listed(
            _ identity: FigureIdentity, qualifier: FigureQualifier?, key: FigureUnitKey, detail: UInt64, sentence: Int,
            comparedWith: Bool, lead: UInt64?, stateInClause: Bool, figure: Int
        ) -> Int? {
            var repeated: Int?, listed = false
            let keyHasState = key.hasState
            func compare(_ entry: Entry) {
                let bounds = entry.qualifier == qualifier || entry.qualifier == nil || qualifier == nil
                if entry.sentence == sentence {
                    guard comparedWith, bounds else { return }
                    // `15g gừng, 15g mật ong`: two items of one list.
                    if entry.detail != detail, entry.detail != 0, detail != 0 { return }
                } else if !bounds, !entry.key.isPhrase, !key.isPhrase {
                    // `Gần một tuần` … `hơn 1 tuần`: two bounds of a bare measure are two statements.
                    return
                } else if let lead, let known = entry.lead, lead != known {
                    return
                }
                let known = entry.key
                if known.isSame(as: key) {
                    repeated = entry.figure
                    listed = true
                } else if known.isBare && !entry.stateInClause && keyHasState || key.isBare && !stateInClause && entry.hasState {
                    // `3 người bị thương` … `có 3 người, gồm 2 trẻ em, sau đó đã tử vong`: another group.
                    return
                } else if known.extends(key) || key.extends(known) && !known.text.isEmpty
                            || entry.sentence != sentence && !key.text.isEmpty && known.namesSameThing(as: key) {
                    repeated = repeated ?? entry.figure
                }
            }
            if let byIdentity {
                for entry in byIdentity[identity] ?? [] { compare(entries[entry]) }
            } else {
                for entry in entries where entry.identity == identity { compare(entry) }
            }
            if !listed {
                entries.append(Entry(
                    identity: identity, qualifier: qualifier, key: key, detail: detail, sentence: sentence, lead: lead,
                    stateInClause: stateInClause, hasState: keyHasState, figure: repeated ?? figure))
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
        let hang = W.hang, hangScales = W.hangScales, countStarts = W.countStarts, mot = W.mot, ca = W.ca, gan = W.gan, hon = W.hon
        lastChange = nil
        var index = 0
        while index < lexemes.count {
            let lexeme = lexemes[index]
            var next: Int?
            if lexeme.kind == .number {
                if let fraction = fraction(at: index) {
                    next = figure(at: index, byWords: false, approximate: false, given: fraction)
                } else if !isExcludedNumber(index) {
                    next = figure(at: index, byWords: false, approximate: false)
                }
            } else if lexeme.kind == .word {
                if lexeme.key == hang, isWord(index + 1, in: hangScales) {
                    next = figure(at: index + 1, byWords: false, approximate: true)
                } else if lexeme.key == ca, isWord(index + 1, in: hangScales) {
                    next = figure(at: index + 1, byWords: false, approximate: true, roughly: .about)
                } else if lexeme.key == gan || lexeme.key == hon, isWord(index + 1, in: hangScales),
                          let qualifier = W.qualifiers[lexeme.key] {
                    // `gần trăm mét`, `hơn chục người`: a round amount and its bound.
                    next = figure(at: index + 1, byWords: false, approximate: true, roughly: qualifier)
                } else if countStarts.contains(lexeme.key), startsNumberWords(index) {
                    next = figure(at: index, byWords: true, approximate: false)
                } else if lexeme.key == mot, startsWithOne(index) {
                    next = figure(at: index, byWords: true, approximate: false, loneOne: true)
                }
            } else if lexeme.kind == .punct, lexeme.key == Self.oneHalf {
                next = figure(at: index, byWords: true, approximate: false, given: Amount(value: 0.5, last: index, scale: 1))
            }
            index = next ?? index + 1
        }
    }

    /// `½`.
    static let oneHalf: UInt64 = 0xBD

    /// The last figure of the stretch stated as a change: where it ended and which way it went,
    /// for `tăng 225 đồng/lít và 326 đồng/lít` (both rises).
    private var lastChange: (last: Int, direction: FigureDirection)?

    /// Reads the figure starting at `start`; returns the index after it, or nil when there is none.
    /// `given` is an amount already read (a fraction, `½`); `loneOne` lets `một` count alone (`khoảng một giờ`).
    /// `approximate` reads `hàng trăm` (at least) or, with `roughly`, `cả trăm` (about).
    private mutating func figure(
        at start: Int, byWords: Bool, approximate: Bool, roughly: FigureQualifier = .atLeast, loneOne: Bool = false, given: Amount? = nil
    ) -> Int? {
        var read = given
        if read == nil { read = amount(from: start, implicitOne: approximate, loneOne: loneOne) }
        guard var amount = read else { return nil }
        var value = amount.value
        var upper: Double?
        var qualifier: FigureQualifier?
        var qualifierStart: Int?
        var first = start
        let sign = signBefore(start)
        if sign != nil { first = start - 1 }
        if approximate {
            qualifier = roughly
            first = start - 1
        } else if let (found, at) = qualifierBefore(first) {
            qualifier = found
            qualifierStart = at
            first = at
        }
        var rangeIsHyphen = false
        if !byWords, given == nil, let range = range(after: amount, start: start) {
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
        if unit == nil, isWord(amount.last, W.nua), let share = shareOf(after: amount.last) { (unit, last) = share }
        if byWords {
            guard unit != nil, !lexemes[amount.last + 1].capitalized,
                  !isWord(amount.last + 1, in: W.pairNouns) else { return nil }
            if lexemes[amount.last].kind == .word, lexemes[amount.last].key == W.nua, isWord(amount.last + 1, in: W.notAfterHalf) { return nil }
            // `trong ba lô của Thành`: a noun spelled with a number word, unless a noun follows (`ba lô đất`).
            if isWord(amount.last, W.ba), last == amount.last + 1, isWord(last, in: W.nounsAfterBa) { return nil }
        }
        // `2 nước hợp tác với nhau`, `Hai người luôn nắm tay nhau`: the parties of a mutual act, not a count.
        if unit != nil, upper == nil, amount.scale == 1, isReciprocal(after: amount.last) { return last + 1 }
        // `22 tuổi`, `trên 18 tuổi`: an age.
        if isWord(amount.last + 1, W.tuoi) { return last + 1 }
        // `con non từ 3 tháng tuổi đến một năm`: an age in months, and the upper end of its range.
        if let end = timeUnitEnd(amount.last + 1), isWord(end + 1, W.tuoi) { return ageRangeEnd(after: end + 1) }
        // `1 trong 2 nước`: one of a group, which the number after `trong` counts.
        if upper == nil, isWord(amount.last + 1, W.trong), let after = lexemes[safe: amount.last + 2],
           after.kind == .number || after.kind == .word && W.countStarts.contains(after.key) { return amount.last + 1 }
        // `718 Boxster`, `37 Hai Bà Trưng`, `57 X 19`: a number that belongs to a name.
        if unit != nil, isName(from: amount.last + 1, to: last), !isAmount(after: amount.last) { return last + 1 }
        if unit == nil, rangeIsHyphen { return amount.last + 1 }
        if unit == nil, upper == nil, let (shared, scale) = unitOfList(after: amount.last) {
            // `lần lượt 30, 40 triệu đồng`, `20 triệu và 15 triệu đồng`: each amount of the list counts the last one's unit.
            unit = shared
            if amount.scale == 1 { value *= scale }
        }
        if unit == nil, isWord(first - 1, W.la) { unit = unitBefore(first - 1) }
        if isWord(last + 1, W.tro), isWord(last + 2, W.len) || isWord(last + 2, W.xuong) {
            if qualifier == nil || qualifier == .between && !rangeIsHyphen && upper == nil {
                qualifier = isWord(last + 2, W.len) ? .atLeast : .atMost
            }
            last += 2
        }
        if qualifier == nil, isWord(first - 1, W.tu), isWord(last + 1, W.tro) { qualifier = .atLeast }
        // `chữ số hàng chục` (the tens digit): an approximate amount needs a thing counted or a scale word too.
        guard value > 0, unit != nil || amount.scale > 1, !isClockTime(unit, first: first) else { return last + 1 }
        if unit != nil, let end = timeUnitEnd(amount.last + 1) {
            // A duration: `sau 62 năm nắm tay nhau` counts năm; `2 năm rưỡi` is 2.5 năm.
            unit = string(lexemes[amount.last + 1].start..<lexemes[end].end)
            last = end
            if upper == nil, amount.scale == 1, isWord(last + 1, W.ruoi) {
                value += 0.5
                last += 1
            }
        }
        // `ước đạt 2,8 tỷ USD`, `ước tính đạt…`: an estimate.
        if qualifier == nil, isWord(first - 1, W.dat), isWord(first - 2, W.uoc) || isWord(first - 2, W.tinhWord) && isWord(first - 3, W.uoc) {
            qualifier = .about
        }
        var direction = sign
        if direction == nil, let qualifierStart, qualifier == .moreThan || qualifier == .lessThan,
           let difference = comparativeDifference(qualifierStart: qualifierStart, start: first == start ? start : start, last: last) {
            // `cao hơn 5 điểm so với`, `nhiều hơn 5 người so với…`: a difference, not a bound.
            direction = difference
            qualifier = nil
        }
        if direction == nil { direction = changeBefore(first, last: last, share: unit == "%") }
        // `tăng 225 đồng/lít và 326 đồng/lít`, `tăng 0,02 điểm (0,02%)`: the same change restated.
        if direction == nil, let previous = lastChange, isWord(first - 1, W.va) || isPunct(first - 1, 0x2C) || isPunct(first - 1, 0x28),
           previous.last == first - 2 {
            direction = previous.direction
        }
        lastChange = direction.map { (last, $0) }
        if sign == .decrease {
            value = -value
            upper = upper.map { -$0 }
        }
        value = (value * 10_000).rounded() / 10_000
        if let high = upper { upper = (high * 10_000).rounded() / 10_000 }
        let key = unit.map(FigureUnitKey.init) ?? .none
        let range = lexemes[first].start..<lexemes[last].end
        let sentenceRange = sentences.sentence(around: range)
        let identity = FigureIdentity(value: value, upper: upper, direction: direction, approximate: approximate)
        let detail = lexemes[safe: last + 1].flatMap { $0.kind == .word && !isStop(last + 1) ? $0.key : nil } ?? 0
        let listed = seen.listed(
            identity, qualifier: qualifier, key: key, detail: detail, sentence: sentenceRange.lowerBound,
            comparedWith: isWord(first - 1, W.voi) && isWord(first - 2, W.soWith),
            lead: range.lowerBound >= bodyStart && key.isShareOrRate ? leadWord(before: first) : nil,
            stateInClause: key.isBare && isStateInClause(after: last), figure: figures.count)
        // The title's `giảm 40%` stated again as `giảm đến 40%`: the fact is quoted where it is qualified.
        if let listed, qualifier == nil || figures[listed].qualifier != nil { return last + 1 }
        let context = context(range, in: sentenceRange)
        let figure = Figure(
            text: string(range), value: value, upper: upper, unit: unit, unitKey: unit == nil ? nil : key.text, qualifier: qualifier,
            direction: direction, sentence: context.text, range: range, sentenceRange: sentenceRange,
            contextRange: context.range, elidedBefore: context.elidedBefore, elidedAfter: context.elidedAfter)
        if let listed {
            figures[listed] = figure
        } else {
            figures.append(figure)
        }
        return last + 1
    }

    // MARK: - Meaning

    /// A minus or plus written against the number, not against a word or number before it:
    /// `(-14,8%)`, `+4,79%`, `: −0,1%`; not `Covid-19`, `3-5`.
    private func signBefore(_ start: Int) -> FigureDirection? {
        let index = start - 1
        guard index >= 0, lexemes[start].kind == .number, lexemes[start].attached, lexemes[index].kind == .punct else { return nil }
        let key = lexemes[index].key
        let direction: FigureDirection
        switch key {
        case 0x2B: direction = .increase
        case 0x2D, 0x2212, 0x2013: direction = .decrease
        default: return nil
        }
        if lexemes[index].attached, index > 0, lexemes[index - 1].kind != .punct { return nil }
        // `+/-3%`: plus or minus, a margin.
        if key != 0x2B, isPunct(index - 1, 0x2F), isPunct(index - 2, 0x2B) { return nil }
        if index > 0, lexemes[index - 1].kind == .number { return nil }
        return direction
    }

    /// The direction a change verb before the figure gives it: `tăng 9,5%`, `giảm đi 5 người`,
    /// `tăng chóng mặt 121 kg`, `tăng trưởng 6,2%`, `cao gấp hơn 2 lần so với…`, `gấp 3 lần`, a price
    /// or currency that `mất 5,9%` (a `share`, in %); nil for a level. `thêm` takes the direction of a
    /// change verb before it: `giảm giá mua và bán thêm 40.000 đồng/lượng` is a fall.
    private func changeBefore(_ first: Int, last: Int, share: Bool) -> FigureDirection? {
        var index = first - 1
        var words = 0
        var ratio = false
        while index >= 0, words < Self.changeReach, lexemes[index].kind == .word {
            let key = lexemes[index].key
            if key == W.them { return decreaseBefore(index) ? .decrease : .increase }
            if W.increases.contains(key) { return .increase }
            if W.decreases.contains(key) || share && key == W.mat { return .decrease }
            if key == W.truong, isWord(index - 1, W.tang) { return .increase }
            if key == W.gap { ratio = true }
            if W.comparativesUp.contains(key) || W.comparativesDown.contains(key) {
                // `cao hơn 5 điểm so với`; without `so với`, `tăng cao 5%` reads on to `tăng`.
                if isCompared(after: last) { return W.comparativesUp.contains(key) ? .increase : .decrease }
            } else if !W.changeFillers.contains(key), key != W.len || !isWord(index + 1, W.toi) && !isWord(index + 1, W.den) {
                break
            }
            index -= 1
            words += 1
        }
        return ratio ? .increase : nil
    }

    /// The word that leads the figure starting at `first`, past the words of `changeFillers`: `giảm` in
    /// `mức giảm lên đến khoảng 20 triệu đồng`, `bán` in `bán thêm 40.000 đồng`; 0 for none.
    private func leadWord(before first: Int) -> UInt64 {
        var index = first - 1
        while index >= 0, index >= first - Self.changeReach, lexemes[index].kind == .word {
            let key = lexemes[index].key
            guard W.changeFillers.contains(key) || key == W.len && (isWord(index + 1, W.toi) || isWord(index + 1, W.den)) else { return key }
            index -= 1
        }
        return 0
    }

    /// Whether a word of `FigureWords.states` comes within a few words after `last`, in its clause:
    /// `6 người ở tầng 16 của bệnh viện bị thương`.
    private func isStateInClause(after last: Int) -> Bool {
        var index = last + 1
        while index < lexemes.count, index <= last + Self.stateReach, lexemes[index].kind == .word || lexemes[index].kind == .number {
            if lexemes[index].kind == .word, W.states.contains(lexemes[index].key) { return true }
            index += 1
        }
        return false
    }

    /// How many words after a bare count `isStateInClause` looks.
    static let stateReach = 10

    /// Whether a fall verb comes a few words before the `thêm` at `index`, in its clause.
    private func decreaseBefore(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, position >= index - Self.changeReach - 2, lexemes[position].kind == .word {
            if W.decreases.contains(lexemes[position].key) { return true }
            if W.increases.contains(lexemes[position].key) { return false }
            position -= 1
        }
        return false
    }

    /// How many words `changeBefore` looks back over.
    static let changeReach = 4

    /// `cao hơn`/`nhiều hơn`/`ít hơn` before a figure that `so với` follows: the direction of
    /// the difference; nil when `hơn` bounds the figure (`hơn 2.000 buổi`, `tăng hơn 15%`).
    private func comparativeDifference(qualifierStart: Int, start: Int, last: Int) -> FigureDirection? {
        guard isCompared(after: last) else { return nil }
        if qualifierStart + 2 == start, lexemes[qualifierStart].kind == .word {
            let key = lexemes[qualifierStart].key
            if W.comparativesUp.contains(key) { return .increase }
            if W.comparativesDown.contains(key) { return .decrease }
            return nil
        }
        guard qualifierStart + 1 == start, isWord(qualifierStart, W.hon), qualifierStart > 0, lexemes[qualifierStart - 1].kind == .word else { return nil }
        let key = lexemes[qualifierStart - 1].key
        if W.comparativesUp.contains(key) { return .increase }
        if W.comparativesDown.contains(key) { return .decrease }
        return nil
    }

    /// Whether `so với` follows the figure ending at `last` in its clause.
    private func isCompared(after last: Int) -> Bool {
        var index = last + 1
        let end = min(lexemes.count, last + 1 + Self.comparisonReach)
        while index < end {
            let lexeme = lexemes[index]
            if lexeme.kind == .word {
                if lexeme.key == W.soWith, isWord(index + 1, W.voi) { return true }
            } else if lexeme.kind != .punct || lexeme.key != 0x2F && lexeme.key != 0x25 {
                return false
            }
            index += 1
        }
        return false
    }

    /// Whether `nhau` (each other) ends the clause of the count ending at `last`, within a few words
    /// and before another clause or count opens (`3 người bị thương khi hai xe đâm nhau` is a count);
    /// `3 dịch vụ khác nhau`, `hai con trai liên tiếp nhau` are counts.
    private func isReciprocal(after last: Int) -> Bool {
        var index = last + 1
        let end = min(lexemes.count, index + Self.reciprocalReach)
        while index < end, lexemes[index].kind == .word {
            let key = lexemes[index].key
            if key == W.nhau { return !isWord(index - 1, in: W.notReciprocal) }
            if W.clauseOpeners.contains(key) || W.countStarts.contains(key) { return false }
            index += 1
        }
        return false
    }

    /// How many words after a count `nhau` is looked for.
    static let reciprocalReach = 6

    /// How many lexemes after a figure `so với` is looked for.
    static let comparisonReach = 12

    /// The last lexeme of a time unit at `index`: `năm`, `thập niên`, `giờ đồng hồ`, `năm tù`; nil for none.
    private func timeUnitEnd(_ index: Int) -> Int? {
        guard index < lexemes.count, lexemes[index].kind == .word, !lexemes[index].attached else { return nil }
        let key = lexemes[index].key
        if let second = W.twoWordTimeUnits[key], isWord(index + 1, in: second) {
            if key == W.gio { return isWord(index + 2, W.ho) ? index + 2 : nil }
            return index + 1
        }
        return W.timeUnits.contains(key) ? index : nil
    }

    /// `một` that counts on its own: `một nửa`, `một năm rưỡi`, after a qualifier before a
    /// time unit (`khoảng một giờ`, `hơn một tháng`) and a time after which or before which
    /// (`Một tiếng sau`, `một năm trước`); not `một ngày` alone, `một số`.
    private func startsWithOne(_ index: Int) -> Bool {
        if isWord(index + 1, W.nua) { return true }
        guard isWord(index + 1, in: W.timeUnits) else { return false }
        if isWord(index + 2, W.ruoi) || isWord(index + 2, in: W.afterDurations) { return true }
        return qualifierBefore(index) != nil
    }

    /// The index after an age in months or years (`3 tháng tuổi`) whose `tuổi` is at `tuoi`, and after the
    /// upper end of its range (`đến một năm`).
    private func ageRangeEnd(after tuoi: Int) -> Int {
        guard isWord(tuoi + 1, W.den) || isWord(tuoi + 1, W.toi), let upper = amount(from: tuoi + 2, loneOne: true),
              let end = timeUnitEnd(upper.last + 1) else { return tuoi + 1 }
        return isWord(end + 1, W.tuoi) ? end + 2 : end + 1
    }

    /// Whether the thing counted at `start...end` is a name: capitalized words (`Hai Bà Trưng`), one
    /// capitalized word that a clause goes on after (`718 Boxster và 718 Cayman`; not `gồm 5 Điều.`,
    /// `9 Bộ, cơ quan ngang Bộ`) or a capital letter (`57 X 19`) that is no unit.
    private func isName(from start: Int, to end: Int) -> Bool {
        guard let lexeme = lexemes[safe: start], lexeme.kind == .word, !lexeme.attached,
              !W.attachedUnits.contains(lexeme.key), W.currencies[lexeme.key] == nil else { return false }
        if lexeme.acronym { return lexeme.end - lexeme.start == 1 }
        guard lexeme.capitalized else { return false }
        guard end > start else { return lexemes[safe: start + 1]?.kind == .word }
        return (start + 1...end).allSatisfy { lexemes[$0].kind != .word || lexemes[$0].capitalized || lexemes[$0].acronym }
    }

    /// The unit and scale of the amount after a comma or `và` that follows the bare amount ending at
    /// `last`, when that amount has a scale word or a unit of measure: `30, 40 triệu đồng` → (đồng, 1e6);
    /// not `MA 5 và 20 hàm ý`.
    private func unitOfList(after last: Int) -> (String, Double)? {
        let separator = last + 1
        guard isPunct(separator, 0x2C) || isWord(separator, W.va), lexemes[safe: separator + 1]?.kind == .number,
              !isExcludedNumber(separator + 1), let next = amount(from: separator + 1) else { return nil }
        let (unit, end) = unit(after: next.last)
        guard let unit, next.scale > 1 || isAmount(after: next.last) || isWord(next.last + 1, in: W.attachedUnits),
              !isName(from: next.last + 1, to: end) else { return nil }
        return (unit, next.scale)
    }

    /// `một nửa là nữ`, `một nửa trong số 125 Nhà vua`: a half with nothing counted after it is
    /// a share of what `là` or `trong số` and a number name; nil otherwise.
    private func shareOf(after half: Int) -> (String?, Int)? {
        if isWord(half + 1, W.la), lexemes[safe: half + 2]?.kind == .word {
            let (unit, end) = nounPhrase(from: half + 2, after: half + 1)
            return unit == nil ? nil : (unit, end)
        }
        if isWord(half + 1, W.trong), isWord(half + 2, W.so), lexemes[safe: half + 3]?.kind == .number,
           let whole = amount(from: half + 3), lexemes[safe: whole.last + 1]?.kind == .word {
            let (unit, _) = nounPhrase(from: whole.last + 1, after: whole.last)
            return unit.map { ($0, half) }
        }
        return nil
    }

    /// `2/3 số kí`, `1/4 dân số`: a fraction before the thing it takes a part of; not a date
    /// (`ngày 2/3`, `2/3/2017`, `2/3 vừa qua`).
    private func fraction(at index: Int) -> Amount? {
        guard index + 3 < lexemes.count, isPunct(index + 1, 0x2F), lexemes[index + 1].attached,
              lexemes[index + 2].kind == .number, lexemes[index + 2].attached,
              let numerator = literal(index), numerator.bareDigits > 0, let denominator = literal(index + 2), denominator.bareDigits > 0,
              numerator.value >= 1, numerator.value < denominator.value, denominator.value <= 10 else { return nil }
        let after = lexemes[index + 3]
        guard after.kind == .word, !after.attached, !after.capitalized, !after.acronym, !W.afterDates.contains(after.key), !isStop(index + 3)
        else { return nil }
        if lexemes[index].attached, !isPunct(index - 1, 0x28) { return nil }
        if index > 0, lexemes[index - 1].kind == .word {
            let before = lexemes[index - 1].key
            // `tới 1/3 tổng vốn`, `đến 2/3 số dân`: a share of a whole, not a date.
            let share = (before == W.toi || before == W.den) && W.wholes.contains(after.key)
            if !share, W.beforeDates.contains(before) || W.references.contains(before) || lexemes[index - 1].capitalized { return nil }
        }
        return Amount(value: numerator.value / denominator.value, last: index + 2, scale: 1)
    }

    // MARK: - Numbers

    /// A digit run's value: `.` groups thousands and `,` is the decimal mark (`2.000`,
    /// `1.234,5`); a comma before exactly three digits groups thousands as in English
    /// (`725,000`), except before a scale word (`10,245 nghìn tỷ`) and in a text that groups
    /// thousands with dots unless they end in 00 (`62,729 USD` beside `17.366 đồng`). Nil for identifiers (a leading zero before three or more digits,
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
        // `62,729 USD/thùng` in a text with `17.366 đồng/lít`; not `1,400 phòng`.
        let decimalAmongDots = !grouped && lastSeparator == 0x2C && digits == 3 && value.truncatingRemainder(dividingBy: 100) != 0
            && grouping.byDots
        if digits == 3, lastSeparator == groupedBy || !grouped, !decimalBeforeScale, !decimalAmongDots {
            return (whole * 1000 + value, 0)
        }
        if grouped, firstSeparator == lastSeparator { return nil }
        guard separators == 1 || lastSeparator != groupedBy, lastSeparator == 0x2C || digits <= 2 else { return nil }
        var divisor = 1.0
        for _ in 0..<digits { divisor *= 10 }
        return (whole + value / divisor, 0)
    }

    /// Reads digits, number words and scale words from `start` on: `1,5 tỷ`,
    /// `hai mươi lăm`, `1 tỷ 200 triệu`, `nghìn tỷ`, `một nửa`, `nửa triệu`, `2 triệu rưỡi`.
    func amount(from start: Int, implicitOne: Bool = false, loneOne: Bool = false) -> Amount? {
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
                    if key == W.mot, index == start, isWord(index + 1, W.nua) {
                        last = index
                        index += 1
                        continue
                    }
                    if W.afterTensOnly.contains(key) {
                        guard afterTens else { break }
                    } else if key == W.nam || key == W.mot {
                        guard isWord(index + 1, in: W.multipliers) || loneOne && index == start else { break }
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
                } else if key == W.ruoi {
                    guard lastScale.isFinite, group == 0, pending == nil, total > 0 else { break }
                    total += lastScale / 2
                    lastScale = lastScale / 10
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

    /// `3-5`, `3 – 5`, `từ 3 đến 5`, `từ 3 tới 5`, `3, 4 tòa nhà`: the upper amount, whether `từ`
    /// opened it, and whether a hyphen or comma wrote it (such a range needs a thing counted).
    private func range(after lower: Amount, start: Int) -> (upper: Amount, from: Bool, hyphen: Bool)? {
        let next = lower.last + 1
        guard next + 1 < lexemes.count else { return nil }
        if let upper = commaRange(after: lower, start: start) { return (upper, false, true) }
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

    /// `3, 4 tòa nhà`, `2, 3 ngày`: two numbers one apart with a comma between, as Vietnamese
    /// writes "three or four"; not a list (`1, 2, 3`) nor `2,5` (one number).
    private func commaRange(after lower: Amount, start: Int) -> Amount? {
        let comma = lower.last + 1
        guard lower.last == start, lower.scale == 1, lower.value < 100, lower.value.rounded() == lower.value,
              isPunct(comma, 0x2C), comma + 1 < lexemes.count, lexemes[comma + 1].kind == .number, !lexemes[comma + 1].attached,
              let literal = literal(comma + 1), literal.value == lower.value + 1, literal.bareDigits > 0,
              !isPunct(comma + 2, 0x2C), lexemes[safe: comma + 2]?.kind == .word,
              !isPunct(start - 1, 0x2C), lexemes[safe: start - 1]?.kind != .number else { return nil }
        return Amount(value: literal.value, last: comma + 1, scale: 1)
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

    /// Whether a currency, a scale word, `%` or a measure follows the number at `index`:
    /// `Hiền 1.000 USD` and `Yankee 1,6km` are amounts after a name, `Euro 2016` is not.
    private func isAmount(after index: Int) -> Bool {
        let next = index + 1
        guard next < lexemes.count else { return false }
        let lexeme = lexemes[next]
        if lexeme.kind == .punct { return lexeme.key == 0x25 }
        guard lexeme.kind == .word else { return false }
        if lexeme.attached { return W.attachedUnits.contains(lexeme.key) }
        return W.scales[lexeme.key] != nil || W.currencies[lexeme.key] != nil || lexeme.key == W.dong
            || lexeme.key == W.nhan && isWord(next + 1, W.dan) && isWord(next + 2, W.te)
    }

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
                case 0x2F, 0x3A, 0x2E, 0x23, 0x5F, 0x40, 0x26, 0x5C: return true
                case 0x2D, 0x2013, 0x2B, 0x2212:
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
                if !W.attachedUnits.contains(after.key) || after.acronym && W.smallLetterUnits.contains(after.key) { return true }
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
            if W.references.contains(before.key), !isPunct(next, 0x25), before.key != W.so || !isWord(previous - 1, in: W.beforeSoMeaningCount),
               before.key != W.vong || !isWord(previous - 1, W.trong), before.key != W.ky || !isWord(previous - 1, W.chu) { return true }
            if before.capitalized, !isSentenceStart(previous), !W.qualifierWords.contains(before.key), !isStop(previous),
               !isAmount(after: index), timeUnitEnd(next) == nil { return true }
            // `iPhone 7`, `iOS 11`: a number after a name written with a capital inside it.
            if !before.capitalized, !before.acronym, hasInnerCapital(previous), !isAmount(after: index) { return true }
            // `ông 84`, `cụ bà 82`: an age.
            if W.personNouns.contains(before.key), !isAmount(after: index) { return true }
            // `Nghị định 84`, `Thông tư 36`, `Quyết định 150`: a document's number (`quyết định 4 nhóm vấn đề` counts).
            if previous >= 1, lexemes[previous - 1].kind == .word, let seconds = W.documentKinds[lexemes[previous - 1].key], seconds.contains(before.key),
               lexemes[previous - 1].key != W.quyet || lexemes[previous - 1].capitalized { return true }
            // `Cả 2 lãnh đạo`: the whole of a group already counted (`tất cả 21 nhà thiết kế` is a total).
            if before.key == W.ca, !isWord(previous - 1, W.tat), !isAmount(after: index) { return true }
            // `Lữ đoàn 28 Quân chủng`, `Bước 4 Đổ sinh tố`: a number inside a name or a heading.
            if let after = lexemes[safe: next], after.kind == .word, after.capitalized,
               before.capitalized && !W.qualifierWords.contains(before.key)
                || !isStop(previous) && previous >= 1 && lexemes[previous - 1].kind == .word && lexemes[previous - 1].capitalized,
               !isAmount(after: index) { return true }
            // `trưa 2-6`, `tối 4.7`: a date.
            if W.dayParts.contains(before.key) || before.key == W.hom || before.key == W.rang, next < lexemes.count, lexemes[next].attached,
               isPunct(next, 0x2D) || isPunct(next, 0x2013) { return true }
        }
        if literal.bareDigits == 4, isYear(literal.value), !isPunct(next, 0x25) { return true }
        if isWord(next, W.gio) || isWord(next, W.h) {
            if next + 1 < lexemes.count, lexemes[next + 1].kind == .number { return true }
            if isWord(next + 1, in: W.dayParts) { return true }
        }
        if isWord(next, W.thang), next + 1 < lexemes.count, lexemes[next + 1].kind == .number { return true }
        return false
    }

    /// Whether the word at `index` starts with a small letter and has a capital letter inside: `iPhone`, `eKYC`.
    private func hasInnerCapital(_ index: Int) -> Bool {
        let lexeme = lexemes[index]
        guard bytes[lexeme.start] &- 0x61 < 26 else { return false }
        return bytes[lexeme.start + 1..<lexeme.end].contains { $0 &- 0x41 < 26 }
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

    /// The qualifier right before `start` and the index of its first word. A negated comparison
    /// reads as the bound it sets: `không cao hơn 17.366 đồng/lít` is at most, `không thấp hơn` at least.
    private func qualifierBefore(_ start: Int) -> (FigureQualifier, Int)? {
        guard start >= 1, lexemes[start - 1].kind == .word else { return nil }
        if start >= 3, isWord(start - 3, W.khong), lexemes[start - 2].kind == .word,
           let found = W.negatedComparisons[lexemes[start - 2].key]?[lexemes[start - 1].key] {
            return (found, start - 3)
        }
        if start >= 2, lexemes[start - 2].kind == .word,
           let found = W.twoWordQualifiers[lexemes[start - 2].key]?[lexemes[start - 1].key] {
            return (found, start - 2)
        }
        let key = lexemes[start - 1].key
        if key == W.doWord, isWord(start - 2, in: W.degreeNouns) { return nil }
        if let found = W.qualifiers[key] { return (found, start - 1) }
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
            if lexemes[index - 1].kind == .number, W.attachedUnits.contains(key), !lexeme.acronym || !W.smallLetterUnits.contains(key) {
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
    /// `đồng/1 ký` is `đồng/ký`.
    private func rate(_ unit: String, after index: Int) -> (String?, Int) {
        var unit = unit
        var end = index
        while end + 2 < lexemes.count, isPunct(end + 1, 0x2F), lexemes[end + 1].attached {
            if lexemes[end + 2].kind == .word, lexemes[end + 2].attached {
                unit += "/" + string(lexemes[end + 2].start..<lexemes[end + 2].end)
                end += 2
            } else if lexemes[end + 2].kind == .number, lexemes[end + 2].attached, bytes[lexemes[end + 2].start] == 0x31,
                      lexemes[end + 2].end == lexemes[end + 2].start + 1, end + 3 < lexemes.count, lexemes[end + 3].kind == .word {
                unit += "/" + string(lexemes[end + 3].start..<lexemes[end + 3].end)
                end += 3
            } else {
                break
            }
        }
        // `300.000 đồng mỗi lượng`: đồng/lượng.
        if end == index, unit != "%", isWord(end + 1, W.moi), lexemes[safe: end + 2]?.kind == .word, !isStop(end + 2) {
            unit += "/" + string(lexemes[end + 2].start..<lexemes[end + 2].end)
            end += 2
        }
        return (unit, end)
    }

    static let longestUnit = 7

    /// The short noun phrase after a number: words up to a function word, punctuation
    /// or another number; a phrase that runs on past seven words keeps its first two.
    /// `khác` and `đã` before what became of people counted are left out: `34 người khác đã bị
    /// thương` counts người bị thương.
    private func nounPhrase(from index: Int, after last: Int) -> (String?, Int) {
        // `140.000 tấn/năm`, `60 km/h`: a rate.
        if isPunct(index + 1, 0x2F), lexemes[index + 1].attached, lexemes[index].kind == .word, !isStop(index) {
            return rate(string(lexemes[index].start..<lexemes[index].end), after: index)
        }
        var words = 0
        var end = -1
        var gap: ClosedRange<Int>?
        var position = index
        while position < lexemes.count {
            let lexeme = lexemes[position]
            if lexeme.kind == .word {
                if isStop(position) {
                    guard words > 0, gap == nil, let state = casualtyAfter(position) else { break }
                    gap = position...state - 1
                    position = state
                    continue
                }
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
        if let gap, end > gap.upperBound {
            return (string(lexemes[index].start..<lexemes[gap.lowerBound - 1].end) + " "
                    + string(lexemes[gap.upperBound + 1].start..<lexemes[end].end), end)
        }
        return (string(lexemes[index].start..<lexemes[end].end), end)
    }

    /// The index of a casualty word (`bị thương`, `chết`, `thiệt mạng`…) after `khác` or `đã` (or both)
    /// at `index`; nil when none follows.
    private func casualtyAfter(_ index: Int) -> Int? {
        var position = index
        while position < index + 2, isWord(position, in: W.beforeCasualties) { position += 1 }
        guard position > index, isWord(position, in: W.casualties), !isStop(position) || isWord(position, W.bi) else { return nil }
        return position
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
        // `Nam Định là 350`: a name, not a thing counted.
        guard first >= 0, !isName(from: first, to: la - 1) || lexemes[first].acronym else { return nil }
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
