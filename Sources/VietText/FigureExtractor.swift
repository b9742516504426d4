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
        var text = text
        return text.withUTF8 { bytes in
            var lexemes: [FigureLexer.Lexeme] = []
            lexemes.reserveCapacity(bytes.count / 4)
            FigureLexer.lex(bytes, into: &lexemes)
            var reading = FigureReading(bytes: bytes, lexemes: lexemes)
            reading.run()
            return reading.figures
        }
    }

    /// The form a unit is stored and filtered by: lower case, with `VND`/`VNĐ` → `đồng`
    /// and `phần trăm` → `%`.
    public static func unitKey(_ unit: String) -> String {
        let lowered = unit.lowercased()
        switch lowered {
        case "vnd", "vnđ", "đ": return "đồng"
        case "phần trăm": return "%"
        case "usd", "đô la", "đô la mỹ", "đôla": return "usd"
        default: return lowered
        }
    }
}
