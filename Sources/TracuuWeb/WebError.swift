import Foundation
import Hummingbird
import TracuuIndex

/// A request tracuu cannot answer, with the HTTP status and the one-line message the CLI
/// would print for it: 400 for "since 'hôm qua' is not a date; use YYYY-MM-DD", 404 for an unknown document.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// Any error as the user may see it: the index's and the search's own messages, never SQLite's text.
    init(_ error: any Error) {
        switch error {
        case let error as WebError: self = error
        case let error as SearchError:
            if case .failed = error {
                self.init(.internalServerError, "the search could not be run")
            } else {
                self.init(.badRequest, error.description)
            }
        case let error as IndexError: self.init(.serviceUnavailable, error.description)
        default: self.init(.internalServerError, "the index could not be read")
        }
    }

    struct Body: Encodable {
        var error: String
        var status: Int
    }
}
