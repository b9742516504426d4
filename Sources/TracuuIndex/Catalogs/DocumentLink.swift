import VietText

/// One relation of a document to a number it cites, as `tracuu show` lists it:
/// `{"target": "09/2022/TT-BLĐTBXH", "relation": "amends", "scope": "Điều 1"}`.
public struct DocumentLink: Sendable, Equatable {
    /// The canonical id of the cited number.
    public var target: String
    public var relation: DocumentRelation
    /// The part of the target the clause names ("khoản 2 Điều 8"), if any.
    public var scope: String?
}
