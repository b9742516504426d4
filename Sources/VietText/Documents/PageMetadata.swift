import Foundation

/// What a web page says about its article in markup meant for machines: `<meta>`
/// (Open Graph, `article:published_time`, `pubdate`), JSON-LD (`headline`,
/// `datePublished`, `publisher`), `<time datetime>`, the canonical link and `<title>`.
struct PageMetadata {
    /// The article's title without the site name ("Căn hộ … | Báo Dân trí" → "Căn hộ …").
    var title: String?
    /// `YYYY-MM-DD`.
    var date: String?
    var siteName: String?
    var url: String?

    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "dc.date.issued", "dc.date", "date", "article:published", "published_time", "sailthru.date",
    ]

    init(_ root: MarkupNode) {
        var meta: [String: String] = [:]
        var pageTitle: String?
        var linked: [String: Any] = [:]
        var times: [String] = []
        root.forEach { node in
            switch node.name {
            case "meta":
                guard let content = node.attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { return }
                for key in ["property", "name", "itemprop"] {
                    if let name = node.attributes[key]?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case "title":
                if pageTitle == nil { pageTitle = TextBlocks.collapse(node.textContent) }
            case "link":
                if node.attributes["rel"]?.lowercased() == "canonical", let href = node.attributes["href"] { meta["canonical"] = href }
            case "script":
                guard node.attributes["type"]?.lowercased() == "application/ld+json",
                      let object = try? JSONSerialization.jsonObject(with: Data(node.textContent.utf8)) else { return }
                Self.collect(object, into: &linked)
            case "time":
                if let value = node.attributes["datetime"] { times.append(value) }
            default:
                return
            }
        }
        siteName = meta["og:site_name"] ?? (linked["publisher"] as? String)
        url = meta["og:url"] ?? meta["canonical"]
        if siteName == nil, let url, let host = URL(string: url)?.host {
            siteName = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        let title = meta["og:title"] ?? (linked["headline"] as? String) ?? meta["twitter:title"] ?? pageTitle
        self.title = title.map { Self.withoutSiteName(TextBlocks.collapse($0), siteName: siteName) }
        let candidates = Self.dateKeys.compactMap { meta[$0] } + [linked["datePublished"] as? String].compactMap { $0 } + times
        date = candidates.lazy.compactMap(DocumentDate.normalize).first
    }

    /// `datePublished`, `headline` and the publisher's name, wherever JSON-LD nests them (`@graph`, arrays).
    private static func collect(_ object: Any, into found: inout [String: Any]) {
        if let array = object as? [Any] {
            for element in array { collect(element, into: &found) }
        } else if let dictionary = object as? [String: Any] {
            for key in ["datePublished", "headline"] where found[key] == nil {
                if let value = dictionary[key] as? String { found[key] = value }
            }
            if found["publisher"] == nil, let publisher = dictionary["publisher"] as? [String: Any], let name = publisher["name"] as? String {
                found["publisher"] = name
            }
            for value in dictionary.values where value is [Any] || value is [String: Any] { collect(value, into: &found) }
        }
    }

    /// "Căn hộ chung cư … - Báo Dân trí" → "Căn hộ chung cư …": the longest part between
    /// the separators sites put around their name.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        var parts = [title]
        for separator in [" | ", " - ", " – ", " — ", " :: "] { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        guard parts.count > 1 else { return title }
        let kept = parts.filter { $0.trimmingCharacters(in: .whitespaces) != siteName }
        if siteName != nil, kept.count == 1 { return kept[0].trimmingCharacters(in: .whitespaces) }
        return parts.max { $0.count < $1.count }!.trimmingCharacters(in: .whitespaces)
    }
}
