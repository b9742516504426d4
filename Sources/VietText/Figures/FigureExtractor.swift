/// Finds the figures a Vietnamese text quotes: numbers as Vietnamese writes them
/// (`2.000` = 2000, `1,5 tỷ` = 1.5e9), scale words (nghìn/ngàn, triệu, tỷ/tỉ),
/// `hàng chục`/`hàng trăm`…, number words that count something (`ba bệnh viện`),
/// percentages and ranges (`từ 3 đến 5`, `3-5 người`), each with the qualifier
/// before it (`hơn`, `gần`, `khoảng`…) and the thing counted after it.
///
/// Dates, years, clock times, phone numbers, document numbers (`02-NQ/TW`,
/// `Quy chế phối hợp số 04`, `Đề án 06`), ordinals (`thứ 4`), article numbers
/// (`Điều 5`) and names (`Nhâm Dần 2022`, bệnh viện `19/8`) are not figures.
///
/// ```swift
/// FigureExtractor().figures(in: "tặng 1.500 suất quà trị giá 500 nghìn đồng/suất")
/// // 1500 "suất quà"; 500000 "đồng/suất"
/// ```
public struct FigureExtractor: Sendable {
    public init() {}

    /// The figures of `text` in order, each distinct (value, unit, qualifier) once.
    public func figures(in text: String) -> [Figure] {
        read(text) { bytes, reading in
            FigureStretches.forEach(in: bytes) { stretch, attached in
                if reading.lexemes.capacity == 0 { reading.lexemes.reserveCapacity(Self.lexemeCapacity) }
                reading.lexemes.removeAll(keepingCapacity: true)
                FigureLexer.lex(bytes, from: stretch.lowerBound, to: stretch.upperBound, attached: attached, appendingTo: &reading.lexemes)
                reading.run()
            }
        }
    }

    /// Room for the lexemes of most stretches, so that the array seldom grows.
    private static let lexemeCapacity = 256

    /// `figures(in:)` reading every lexeme of the text rather than the stretches
    /// `FigureStretches` picks; the same figures, more slowly (for tests).
    func figuresReadingAllText(in text: String) -> [Figure] {
        read(text) { bytes, reading in
            FigureLexer.lex(bytes, into: &reading.lexemes)
            reading.run()
        }
    }

    private func read(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, inout FigureReading) -> Void) -> [Figure] {
        var text = text
        text.makeContiguousUTF8()
        let source = text
        return text.withUTF8 { bytes in
            var reading = FigureReading(text: source, bytes: bytes)
            body(bytes, &reading)
            return reading.figures
        }
    }

    /// The form a unit is stored and filtered by: lower case, with `VND`/`VNĐ`/`đ` → `đồng`,
    /// `phần trăm` → `%`, `đô la Mỹ` → `usd`, `cây số` → `km`.
    public static func unitKey(_ unit: String) -> String {
        FigureUnitKey(unit: unit).text
    }

    /// A unit key without diacritics, for units typed without them: `người chết` → `nguoi chet`.
    public static func unitFold(_ key: String) -> String {
        FigureUnitKey.fold(key)
    }

    /// How a unit typed by a user is looked up, as queries are: with diacritics it is matched
    /// as written (`người chết`); without them against the folded units (`nguoi chet` finds
    /// "người chết"), except the names of a known unit (`dong`, `vnd`, `do la my`, `cay so`),
    /// which stand for that unit. `folded` says which of the two `key` is.
    public static func unitQuery(_ typed: String) -> (key: String, folded: Bool) {
        let key = unitKey(typed)
        let folded = FigureUnitKey.fold(key)
        guard folded == key else { return (key, false) }
        if let alias = FigureUnitKey.alias(folded: key) { return (alias, false) }
        return (key, true)
    }
}
