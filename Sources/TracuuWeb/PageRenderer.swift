import Mustache

/// Fills the page templates (`PageTemplates`) with a page's values; the header's menu marks the page's section.
struct PageRenderer: Sendable {
    static let shared = PageRenderer()

    private let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all {
            // The templates are part of the program: one that does not parse is a bug caught by every page test.
            try! library.register(text, named: name)
        }
        self.library = library
    }

    enum Section: String {
        case search = "navSearch", references = "navRefs", figures = "navFigures", abbreviations = "navAbbr", none
    }

    func render(_ template: String, title: String, section: Section, _ values: [String: Any]) -> String {
        var context = values
        context["title"] = title
        if section != .none { context[section.rawValue] = true }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// The page of a refused request, in Vietnamese: "Không tìm thấy" over "Không có văn bản số 42 trong chỉ mục."
    func error(_ error: WebError, indexName: String = "") -> String {
        render("error", title: error.status.code == 404 ? "Không tìm thấy" : "Không thực hiện được", section: .none,
               ["message": error.vietnamese, "indexName": indexName])
    }
}
