/// Which way a figure stated as a change goes: "tăng 9,5%", "tăng thêm 13 người", "+4,79%"
/// are `.increase`; "giảm 42,9%", "giảm đi 5 người chết", "-14,8%" are `.decrease`. A level
/// ("đạt 13,7 tỷ USD", "giảm xuống còn 5%", "tăng lên 190 kg") has no direction.
public enum FigureDirection: String, Sendable, Codable, CaseIterable {
    case increase
    case decrease
}
