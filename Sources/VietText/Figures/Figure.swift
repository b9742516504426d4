/// A quantity a text states, with what it counts and how it is hedged.
///
/// `gần 25.000 đoàn viên` → value 25000, unit "đoàn viên", qualifier `.almost`;
/// `500 nghìn đồng/suất` → value 500000, unit "đồng/suất"; `(-14,8%)` → value -14.8, unit "%",
/// direction `.decrease`.
public struct Figure: Equatable, Sendable, Codable {
    /// The figure as written, qualifier and unit included: "hơn 2.000 cuộc tuyên truyền pháp luật".
    public var text: String
    /// The amount, scale words applied (`1,5 tỷ` → 1.5e9), negative after a written minus
    /// (`-0,1%` → -0.1); the lower end of a range.
    public var value: Double
    /// The upper end of a range (`từ 3 đến 5`, `3-5 người`); nil otherwise.
    public var upper: Double?
    /// What is counted, as written ("CĐ cơ sở"), a currency ("đồng", "USD"), "%" or a rate ("đồng/suất").
    public var unit: String?
    /// `unit` as figures are stored and filtered by (`FigureExtractor.unitKey`): "đồng" for "VNĐ".
    public var unitKey: String?
    public var qualifier: FigureQualifier?
    /// Whether the figure is a rise or a fall ("tăng 9,5%", "-0,1%"); nil for a level.
    public var direction: FigureDirection?
    /// The sentence around the figure (shortened with "…" when very long).
    public var sentence: String
    /// UTF-8 byte offsets of `text` in the analyzed text.
    public var range: Range<Int>
    /// UTF-8 byte offsets of the whole sentence in the analyzed text.
    public var sentenceRange: Range<Int>
    /// UTF-8 byte offsets in the analyzed text of what `sentence` quotes, without the "…" marks.
    public var contextRange: Range<Int>
    /// Whether `sentence` starts with an added "…" standing for the start of a long sentence.
    public var elidedBefore: Bool
    /// Whether `sentence` ends with an added "…" standing for the end of a long sentence.
    public var elidedAfter: Bool

    public init(
        text: String, value: Double, upper: Double? = nil, unit: String?, unitKey: String? = nil, qualifier: FigureQualifier?,
        direction: FigureDirection? = nil, sentence: String, range: Range<Int>, sentenceRange: Range<Int>,
        contextRange: Range<Int>? = nil, elidedBefore: Bool = false, elidedAfter: Bool = false
    ) {
        self.text = text
        self.value = value
        self.upper = upper
        self.unit = unit
        self.unitKey = unitKey ?? unit.map(FigureExtractor.unitKey)
        self.qualifier = qualifier
        self.direction = direction
        self.sentence = sentence
        self.range = range
        self.sentenceRange = sentenceRange
        self.contextRange = contextRange ?? sentenceRange
        self.elidedBefore = elidedBefore
        self.elidedAfter = elidedAfter
    }
}
