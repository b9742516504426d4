/// How `tracuu refs` orders references.
public enum ReferenceOrder: String, Sendable, CaseIterable {
    /// Most citing documents first.
    case count
    /// Newest date of issue first; undated last.
    case date
    /// By canonical id.
    case id
}
