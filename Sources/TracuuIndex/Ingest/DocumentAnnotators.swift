/// The annotators every index runs, in order.
enum DocumentAnnotators {
    static let all: [any DocumentAnnotator] = [DocumentCitationAnnotator(), AbbreviationAnnotator(), FigureAnnotator()]
}
