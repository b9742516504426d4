/// A saved web page (`.html`, `.htm`) as a document: its article's headline as the title,
/// the date, source and address the page gives, the lead and body paragraphs.
public enum WebPageReader {
    /// The page's article as a document; nil when the page has neither a headline nor a paragraph.
    public static func document(_ bytes: [UInt8], path: String) -> Document? {
        guard let article = HTMLArticleReader.read(bytes), !article.paragraphs.isEmpty || article.headline != nil else { return nil }
        var fields: [String: String] = [:]
        fields["title"] = article.headline
        fields["date"] = article.date
        fields["source"] = article.source
        fields["url"] = article.url
        return DocumentParser.parse(lines: article.paragraphs, fields: fields, path: path)
    }
}
