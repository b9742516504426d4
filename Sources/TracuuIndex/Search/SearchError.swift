/// Why a query could not be run, in words for the user.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case nothingToSearch
    case badDate(String)
    case failed(String)

    public var description: String {
        switch self {
        case .nothingToSearch: "the query has no word to look for (only punctuation, operators or excluded words)"
        case .badDate(let text): "'\(text)' is not a date; use YYYY-MM-DD"
        case .failed(let reason): "the search could not be run: \(reason)"
        }
    }
}
