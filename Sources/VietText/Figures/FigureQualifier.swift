/// How a figure compares with the amount it states: "hơn 2.000" is `.moreThan`,
/// "gần 500" `.almost`, "hàng chục tỷ" `.atLeast`, "từ 3 đến 5" `.between`.
public enum FigureQualifier: String, Sendable, Codable, CaseIterable {
    /// hơn, trên
    case moreThan = "more than"
    /// dưới, chưa đến, chưa đầy, không đến
    case lessThan = "less than"
    /// gần, gần như, suýt
    case almost
    /// khoảng, chừng, xấp xỉ, ước tính, trên dưới, tầm
    case about
    /// tới, lên tới, lên đến
    case upTo = "up to"
    /// tối đa, không quá, nhiều nhất, … trở xuống
    case atMost = "at most"
    /// ít nhất, tối thiểu, không dưới, hàng (chục, trăm, nghìn…), … trở lên
    case atLeast = "at least"
    /// a range: từ 3 đến 5, 3-5
    case between
}
