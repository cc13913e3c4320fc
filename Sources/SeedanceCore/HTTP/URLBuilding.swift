import Foundation

/// Builds request URLs from a base URL, path segments and query items, escaping every value so that a task id can
/// never change the path or query it is placed in (`/`, `?`, `#`, `..` and spaces are percent-encoded).
package enum URLBuilding {
    /// `base` with `segments` appended, each percent-encoded as one path segment, and `query` items encoded.
    /// Throws `SeedanceError` (`.invalidRequest`) when a segment is empty, `.` or `..`.
    package static func url(_ base: URL, path segments: [String], query: [(String, String)] = [], provider: ProviderID) throws -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        for segment in segments {
            guard !segment.isEmpty, segment != ".", segment != ".." else {
                throw SeedanceError.invalid("path segment", value: "\"\(segment)\"", allowed: "a non-empty identifier other than . and ..", provider: provider)
            }
            text += "/" + escape(segment)
        }
        if !query.isEmpty {
            text += "?" + query.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw SeedanceError.invalid("URL", value: text, allowed: "a valid URL", provider: provider)
        }
        return url
    }

    /// Splits a fixed path like `"model/v1/generation"` into segments for ``url(_:path:query:provider:)``.
    package static func segments(_ path: String) -> [String] { path.split(separator: "/").map(String.init) }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    package static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
