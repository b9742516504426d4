import Foundation

/// An address with its query string, each value percent-encoded: ("/", [("q", "công đoàn")]) → `/?q=c%C3%B4ng%20%C4%91o%C3%A0n`.
enum FormLink {
    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func make(_ path: String, _ fields: [(String, String?)]) -> String {
        let query = fields.compactMap { name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") }
        }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }
}
