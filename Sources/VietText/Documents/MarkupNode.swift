/// An element or a run of text of a parsed HTML page or XML part: `<p class="sapo">` with
/// its children, or the text "Hà Nội, ngày 12/6/2017" (entities decoded by the parser).
public final class MarkupNode {
    /// Element name (HTML's lower-cased: `p`; XML's as written, with its namespace prefix: `w:footnoteReference`), or `#text`.
    public let name: String
    public let attributes: [String: String]
    public internal(set) var children: [MarkupNode] = []
    /// The text of a `#text` node; empty for elements.
    public let text: String

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    public var isText: Bool { name == "#text" }

    /// The text of this node and everything under it, in document order.
    public var textContent: String {
        if isText { return text }
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        if isText { result += text; return }
        for child in children { child.appendText(to: &result) }
    }

    /// This node and every node under it, depth first, in document order.
    public func forEach(_ body: (MarkupNode) -> Void) {
        body(self)
        for child in children { child.forEach(body) }
    }

    /// The first node, in document order, for which `matches` is true.
    public func first(where matches: (MarkupNode) -> Bool) -> MarkupNode? {
        if matches(self) { return self }
        for child in children {
            if let found = child.first(where: matches) { return found }
        }
        return nil
    }

    /// Drops, at any depth, the children for which `matches` is true.
    func removeAll(where matches: (MarkupNode) -> Bool) {
        children.removeAll(where: matches)
        for child in children { child.removeAll(where: matches) }
    }
}
