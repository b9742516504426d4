import Foundation

/// Reads the article out of a saved news page with generic signals only (no site's class
/// names): the metadata pages publish (`og:title`, `article:published_time`, JSON-LD
/// `datePublished`, `og:site_name`), the visible `h1` and date line, and the block of the
/// page where paragraphs of text run with few links (scored as Readability does), without
/// scripts, menus, related-link lists, comments, ads and photo credits.
public enum HTMLArticleReader {
    /// Never content: scripts, styles, frames, forms, navigation.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
        "button", "input", "select", "textarea", "nav", "aside", "footer", "video", "audio", "map", "dialog", "link", "meta",
    ]
    /// Elements that start a block of text of their own.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th",
        "tr", "table", "tbody", "thead", "figcaption", "figure", "pre", "dd", "dt", "dl", "header", "center", "address", "body", "html",
    ]
    /// Words in `class` or `id` that mark what is not the article (unless a word of `positiveWords` is there too).
    static let negativeWords: Set<String> = [
        "comment", "comments", "related", "relate", "relates", "relation", "share", "sharing", "social", "banner", "ads", "ad",
        "advert", "advertisement", "adv", "sidebar", "menu", "navbar", "nav", "navigation", "breadcrumb", "breadcrumbs", "footer",
        "popup", "modal", "cookie", "newsletter", "subscribe", "tags", "tag", "widget", "sponsor", "sponsored", "promo", "recommend",
        "recommended", "toolbar", "rating", "vote", "login", "hidden", "masthead", "topbar",
    ]
    static let positiveWords: Set<String> = ["article", "content", "body", "entry", "main", "post", "story", "detail", "text"]
    /// Characters a paragraph needs to count for its container.
    static let shortestScoredParagraph = 25

    /// The article of a page, or nil when the bytes hold no HTML document.
    public static func read(_ bytes: [UInt8]) -> WebArticle? {
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        guard let root = MarkupParser.html(bytes, utf8: isUTF8) else { return nil }
        let metadata = PageMetadata(root)
        root.removeAll(where: isNeverContent)
        let visible = TextBlocks(root)
        var holdingHeadings: Set<ObjectIdentifier> = []
        markHeadingHolders(root, into: &holdingHeadings)
        root.removeAll { isDropped($0) && !holdingHeadings.contains(ObjectIdentifier($0)) }
        let blocks = TextBlocks(root)
        var article = WebArticle(url: metadata.url)
        article.headline = headline(blocks: blocks, metadata: metadata)
        article.paragraphs = body(blocks: blocks, headline: article.headline).map(ICUNormalizer.nfc)
        article.headline = article.headline.map(ICUNormalizer.nfc)
        article.date = metadata.date ?? visibleDate(visible, headline: article.headline)
        article.source = metadata.siteName.map(ICUNormalizer.nfc)
        return article
    }

    /// Scripts, styles, forms, navigation and what the page hides.
    static func isNeverContent(_ node: MarkupNode) -> Bool {
        if node.isText { return false }
        if droppedElements.contains(node.name) || node.name.hasPrefix("#") { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    /// The elements around an `h1`: whatever their class says ("sidebar-1" for a main column),
    /// the element that holds the headline holds the article.
    @discardableResult
    static func markHeadingHolders(_ node: MarkupNode, into holders: inout Set<ObjectIdentifier>) -> Bool {
        var holds = node.name == "h1"
        for child in node.children where !child.isText {
            if markHeadingHolders(child, into: &holders) { holds = true }
        }
        if holds { holders.insert(ObjectIdentifier(node)) }
        return holds
    }

    /// Menus, related links, comments, ads, by the words of their `class` and `id`.
    static func isDropped(_ node: MarkupNode) -> Bool {
        if node.isText { return false }
        let words = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard words.contains(where: negativeWords.contains) else { return false }
        return !words.contains(where: positiveWords.contains)
    }

    /// The visible `h1` that `og:title` (or the page title) names, else the first `h1` of a few
    /// words, else the page's own title without the site name.
    static func headline(blocks: TextBlocks, metadata: PageMetadata) -> String? {
        let headings = blocks.items.filter { $0.tag == "h1" && !$0.text.isEmpty }
        let titled = metadata.title.map(comparable)
        if let titled, let match = headings.first(where: { titled.hasPrefix(comparable($0.text)) || comparable($0.text).hasPrefix(titled) }) {
            return match.text
        }
        if let first = headings.first(where: { $0.words >= 4 && $0.text != metadata.siteName }) { return first.text }
        return metadata.title
    }

    private static func comparable(_ text: String) -> String {
        ICUNormalizer.normalize(text.utf8, foldCase: true).filter { $0.isLetter || $0.isNumber }
    }

    /// The date line closest to the headline, among the few lines around it ("05/03/2014 | 00:01"
    /// in the bar above it, "Thứ Hai, 12/06/2017 08:30" under it).
    static func visibleDate(_ blocks: TextBlocks, headline: String?) -> String? {
        let items = blocks.items
        let key = headline.map(comparable)
        let center = key.flatMap { key in items.firstIndex { comparable($0.text) == key } } ?? 0
        let window = max(0, center - 8)..<min(items.count, center + 12)
        return window.sorted { abs($0 - center) < abs($1 - center) }.lazy.compactMap { DocumentDate.inDateLine(items[$0].text) }.first
    }

    /// The paragraphs of the article: those of the best container and of its siblings that
    /// read as text too, a lead set apart under the headline, without bylines and date lines
    /// before the first sentence or signatures, credits and a closing photo after the last.
    static func body(blocks: TextBlocks, headline: String?) -> [String] {
        var blocks = blocks
        let items = blocks.items
        guard let container = blocks.bestContainer() else { return [] }
        let headlineKey = headline.map(comparable)
        let headlineIndex = headlineKey.flatMap { key in items.firstIndex { $0.tag == "h1" && comparable($0.text) == key } }
        let inside = Set(blocks.articleBlocks(around: container))
        guard let firstInside = inside.min() else { return [] }
        var chosen: [Int] = []
        if let headlineIndex, headlineIndex < firstInside {
            for index in (headlineIndex + 1)..<firstInside where items[index].words >= 10 && items[index].linkDensity < 0.2 {
                chosen.append(index)
            }
        }
        for index in inside.sorted() where headlineIndex.map({ index > $0 }) ?? true {
            let item = items[index]
            if item.text.isEmpty || (item.linkDensity > 0.5 && item.words < 40) { continue }
            if let headlineKey, comparable(item.text) == headlineKey { continue }
            if isPhotoCredit(item.text) || TrailerCutter.isTrailerHeading(item.text) { continue }
            chosen.append(index)
        }
        while let first = chosen.first, !readsAsSentence(items[first].text) { chosen.removeFirst() }
        // A photo closing an article is decoration; in a photo story the captions are the text.
        let isPhotoStory = chosen.filter { items[$0].inFigure }.count * 10 >= chosen.count * 3
        while let last = chosen.last, chosen.count > 1, isSignature(items[last].text) { chosen.removeLast() }
        if !isPhotoStory {
            while let last = chosen.last, chosen.count > 1, items[last].inFigure { chosen.removeLast() }
            while let last = chosen.last, chosen.count > 1, isSignature(items[last].text) { chosen.removeLast() }
        }
        return chosen.map { withoutPhotoCredit(items[$0].text) }
    }

    /// "Công nhân tan ca tại Bắc Ninh. Ảnh: Giang Huy" → "Công nhân tan ca tại Bắc Ninh.": a caption keeps
    /// what it says, not who took the photo ("- Ảnh: TỰ TRUNG", "(Ảnh: Google Maps)").
    static func withoutPhotoCredit(_ text: String) -> String {
        for marker in ["Ảnh:", "Ảnh :", "Nguồn ảnh:", "Ảnh minh họa", "Ảnh minh hoạ", "Photo:"] {
            guard let range = text.range(of: marker, options: .backwards), range.lowerBound > text.startIndex else { continue }
            let credit = text[range.upperBound...]
            guard credit.split(separator: " ").count <= 6, !credit.contains(". ") else { continue }
            var kept = text[..<range.lowerBound]
            while let last = kept.last, " -–—(".contains(last) { kept = kept.dropLast() }
            if kept.isEmpty { return text }
            return String(kept) + (text.hasSuffix(").") && text[..<range.lowerBound].last == "(" ? "." : "")
        }
        return text
    }

    /// A paragraph rather than a byline, a date line or a category: eight words or more, or a sentence's end.
    static func readsAsSentence(_ text: String) -> Bool {
        guard text.contains(where: \.isLowercase) else { return false }
        let words = text.split(separator: " ").count
        return words >= 8 || (words >= 3 && text.last.map { ".!?…\"”".contains($0) } == true)
    }

    /// What ends a page's article without being its text: an author, "Theo …", "Nguồn: …", tags.
    static func isSignature(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        if words <= 12, ["Theo ", "Nguồn:", "Nguồn ", "Tags:", "Tag:", "Từ khóa:", "Từ khoá:", "(Theo "].contains(where: text.hasPrefix) { return true }
        return words < 8 && !(text.last.map { ".!?…\"”)".contains($0) } ?? false)
    }

    /// "Ảnh: Minh Hà", "(Ảnh minh họa)", "Ảnh: Internet", "Nguồn ảnh: …".
    static func isPhotoCredit(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 12 else { return false }
        let lowered = ICUNormalizer.normalize(text.utf8, foldCase: true).trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
        return ["ảnh:", "ảnh :", "ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh", "photo:", "video:", "đồ họa:", "đồ hoạ:"].contains(where: lowered.hasPrefix)
    }
}
