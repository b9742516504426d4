/// A unit in the form figures are stored and filtered by (see `FigureExtractor.unitKey`):
/// lower case, `Ð` and `Ɖ` read as `đ`, with `VND`/`VNĐ` → `đồng`, `phần trăm` → `%`,
/// `USD`/`đô la` → `usd`.
struct FigureUnitKey {
    let text: String

    /// No unit.
    static let none = FigureUnitKey(text: "")

    private init(text: String) {
        self.text = text
    }

    init(unit: String) {
        let lowered = Self.lowercased(unit)
        self.init(text: Self.aliases.first { $0.forms.contains(lowered) }?.key ?? lowered)
    }

    /// Units stored under another name.
    private static let aliases: [(key: String, forms: [String])] = [
        ("đồng", ["vnd", "vnđ", "đ"]), ("%", ["phần trăm"]), ("usd", ["usd", "đô la", "đô la mỹ", "đôla"]),
    ]

    func isSame(as other: FigureUnitKey) -> Bool { text == other.text }

    /// This unit is `other` with more words.
    func extends(_ other: FigureUnitKey) -> Bool { text.hasPrefix(other.text + " ") }

    /// `text.lowercased()` with đ's look-alikes read as `đ` (`LetterTable`): `VNÐ` → `vnđ`.
    static func lowercased(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.unicodeScalars.contains(where: { $0 == "\u{F0}" || $0 == "\u{256}" }) else { return lowered }
        return String(String.UnicodeScalarView(lowered.unicodeScalars.map {
            LetterTable.smallLetter($0.value)?.lower == 0x111 ? "đ" : $0
        }))
    }
}
