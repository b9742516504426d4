import Foundation

/// The document number in a reference address, slashes and all: `/refs/02-NQ/TW` and
/// `/refs/02-NQ%2FTW` both name 02-NQ/TW.
enum ReferencePath {
    static func number(_ segments: [Substring]) -> String {
        segments.map { String($0).removingPercentEncoding ?? String($0) }.joined(separator: "/")
    }

    /// The address of a reference page: each part percent-encoded, the slashes kept.
    static func address(_ id: String, api: Bool = false) -> String {
        (api ? "/api/refs/" : "/refs/") + id.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))) ?? "" }
            .joined(separator: "/")
    }
}
