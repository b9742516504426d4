/// A web page's text as a run of blocks in reading order (a paragraph, a list item, a
/// heading, a caption), each with the elements around it and the share of it in links,
/// and the Readability-style score of each element from the paragraphs it holds.
struct TextBlocks {
    struct Block {
        var text: String
        /// The block's element, last, and the elements around it.
        var path: [ObjectIdentifier]
        var tag: String
        var linkCharacters: Int
        /// Inside a `<figure>` or `<figcaption>`: a photo and its caption.
        var inFigure: Bool
        var words: Int { text.split(separator: " ").count }
        var linkDensity: Double { text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count) }
    }

    private(set) var items: [Block] = []
    private var buffer = ""
    private var bufferLinks = 0
    private var figureDepth = 0
    private var crossedElement = false
    private var scores: [ObjectIdentifier: Double] = [:]

    init(_ root: MarkupNode) {
        walk(root, path: [], tag: "body", inLink: false)
        flush(path: [], tag: "body")
    }

    private mutating func walk(_ node: MarkupNode, path: [ObjectIdentifier], tag: String, inLink: Bool) {
        if node.isText {
            // "<span>Hà Nội</span>Tổng Liên đoàn": a label styled apart, a word boundary the markup does not write.
            if crossedElement, let last = buffer.last, last.isLowercase, node.text.first?.isUppercase == true { buffer += " " }
            crossedElement = false
            buffer += node.text
            if inLink { bufferLinks += node.text.count }
            return
        }
        crossedElement = true
        defer { crossedElement = true }
        if node.name == "br" {
            flush(path: path, tag: tag)
            return
        }
        guard HTMLArticleReader.blockElements.contains(node.name) else {
            for child in node.children { walk(child, path: path, tag: tag, inLink: inLink || node.name == "a") }
            return
        }
        flush(path: path, tag: tag)
        let inner = path + [ObjectIdentifier(node)]
        let isFigure = node.name == "figure" || node.name == "figcaption"
        if isFigure { figureDepth += 1 }
        for child in node.children { walk(child, path: inner, tag: node.name, inLink: inLink) }
        flush(path: inner, tag: node.name)
        if isFigure { figureDepth -= 1 }
    }

    private mutating func flush(path: [ObjectIdentifier], tag: String) {
        defer {
            buffer = ""
            bufferLinks = 0
        }
        let text = Self.collapse(buffer)
        guard !text.isEmpty else { return }
        items.append(Block(text: text, path: path, tag: tag, linkCharacters: min(bufferLinks, text.count), inFigure: figureDepth > 0))
    }

    /// Runs of spaces, tabs, line breaks and no-break spaces as one space, trimmed.
    static func collapse(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character == "\u{A0}" || character == "\u{200B}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// The element whose paragraphs make the article: each paragraph of 25 characters or
    /// more scores 1, plus one per comma, plus one per 100 characters (up to 3), for the
    /// element around it, half for the next and a third for the one after; an element's
    /// score shrinks with the share of its text in links.
    mutating func bestContainer() -> ObjectIdentifier? {
        scores = [:]
        for block in items where block.text.count >= HTMLArticleReader.shortestScoredParagraph && block.linkDensity < 0.5 {
            let score = 1 + Double(block.text.filter { $0 == "," }.count) + min(Double(block.text.count) / 100, 3)
            let ancestors = block.tag == "p" || block.tag == "li" || block.tag.hasPrefix("h") ? block.path.dropLast() : block.path[...]
            for (level, element) in ancestors.reversed().prefix(3).enumerated() {
                scores[element, default: 0] += score / Double(level + 1)
            }
        }
        var characters: [ObjectIdentifier: (all: Int, links: Int)] = [:]
        for block in items {
            for element in block.path where scores[element] != nil {
                characters[element, default: (0, 0)].all += block.text.count
                characters[element, default: (0, 0)].links += block.linkCharacters
            }
        }
        return scores.max { left, right in
            let (a, b) = (adjusted(left, characters), adjusted(right, characters))
            return a != b ? a < b : firstBlock(of: left.key) > firstBlock(of: right.key)
        }?.key
    }

    private func firstBlock(of element: ObjectIdentifier) -> Int {
        items.firstIndex { $0.path.contains(element) } ?? Int.max
    }

    /// The blocks of `container` and of its siblings that hold article text too (a body split
    /// around an ad): a sibling scoring a fifth of the container, or a run of sentences with few links.
    func articleBlocks(around container: ObjectIdentifier) -> [Int] {
        let top = scores[container] ?? 0
        guard let sample = items.first(where: { $0.path.contains(container) }), let depth = sample.path.firstIndex(of: container), depth > 0 else {
            return items.indices.filter { items[$0].path.contains(container) }
        }
        let parent = sample.path[depth - 1]
        var groups: [(sibling: ObjectIdentifier?, indices: [Int])] = []
        for index in items.indices where items[index].path.count > depth && items[index].path[depth - 1] == parent {
            let sibling = items[index].path[depth]
            if let last = groups.last, last.sibling == sibling { groups[groups.count - 1].indices.append(index) } else { groups.append((sibling, [index])) }
        }
        var chosen: [Int] = []
        for group in groups {
            guard let sibling = group.sibling else { continue }
            if sibling == container { chosen += group.indices; continue }
            let text = group.indices.map { items[$0].text }.joined(separator: " ")
            let links = group.indices.reduce(0) { $0 + items[$1].linkCharacters }
            let density = text.isEmpty ? 1 : Double(links) / Double(text.count)
            if (scores[sibling] ?? 0) >= max(10, top * 0.2) && density < 0.3 || text.count >= 80 && density < 0.25 && text.contains(". ") {
                chosen += group.indices
            }
        }
        return chosen
    }

    private func adjusted(_ entry: (key: ObjectIdentifier, value: Double), _ characters: [ObjectIdentifier: (all: Int, links: Int)]) -> Double {
        guard let counts = characters[entry.key], counts.all > 0 else { return entry.value }
        return entry.value * (1 - Double(counts.links) / Double(counts.all))
    }
}
