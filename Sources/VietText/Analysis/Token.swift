/// One analyzed word: its exact and folded index forms, where it stands in
/// the input (UTF-8 byte offsets, exactly as given, NFD included) and its
/// word position.
///
/// `"Hòa bình"` → `hoà`/`hoa` at bytes 0..<4, position 0; `bình`/`binh` at 5..<10, position 1.
public struct Token: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Case-folded NFC form with canonical tone placement and i/y spelling.
    public var exact: String
    /// Every diacritic removed and đ → d; nil when it equals `exact`.
    public var folded: String?
    /// Byte offset of the first byte of the word in the input.
    public var start: Int
    /// Byte offset just past the word.
    public var end: Int
    /// Word position, counting from 0.
    public var position: Int

    public init(exact: String, folded: String?, start: Int, end: Int, position: Int) {
        self.exact = exact
        self.folded = folded
        self.start = start
        self.end = end
        self.position = position
    }

    /// Whether the word carries any diacritic (tone, vowel mark or đ).
    public var hasDiacritics: Bool { folded != nil }

    public var description: String {
        "\(exact)\(folded.map { "/\($0)" } ?? "")@\(position)[\(start)..<\(end)]"
    }
}
