import Foundation
import Hummingbird
import TracuuIndex

/// A request tracuu cannot answer: the HTTP status and the problem, whose English text the
/// API answers as the CLI would print it and whose Vietnamese text a page shows (`WebProblem`):
/// 400 for "since 'hôm qua' is not a date; use YYYY-MM-DD", 404 for an unknown document.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var problem: WebProblem

    init(_ status: HTTPResponse.Status, _ problem: WebProblem) {
        self.status = status
        self.problem = problem
    }

    /// Any error as the user may see it: the index's and the search's own problems, never SQLite's text.
    init(_ error: any Error) {
        switch error {
        case let error as WebError: self = error
        case let error as SearchError:
            switch error {
            case .failed: self.init(.internalServerError, .searchFailed)
            case .nothingToSearch: self.init(.badRequest, .nothingToSearch)
            case .badDate(let text): self.init(.badRequest, .badDate(field: nil, value: text))
            }
        case let error as IndexError: self.init(.serviceUnavailable, .indexUnavailable(error))
        default: self.init(.internalServerError, .indexUnreadable)
        }
    }

    /// The CLI's words, for the API.
    var message: String { problem.english }

    /// The words a page shows.
    var vietnamese: String { problem.vietnamese }

    struct Body: Encodable {
        var error: String
        var status: Int
    }
}
