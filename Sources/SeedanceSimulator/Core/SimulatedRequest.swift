import Foundation
import SeedanceCore

/// An HTTP request as the simulator receives it, whichever face it came through.
///
/// Paths are kept raw (percent-encoded) in ``rawPath``; ``pathSegments`` decodes each segment on its own, so a task
/// id containing an encoded `/` stays one segment and can never reach another route.
public struct SimulatedRequest: Sendable {
    /// The method, uppercased (`GET`, `POST`, `DELETE` …).
    public var method: String
    /// The path as sent, still percent-encoded (`/v1/tasks/a%2Fb`). For a dialect, relative to its
    /// ``SimulatedDialect/basePath`` (see ``fullPath``).
    public var rawPath: String
    /// The path as sent, before a dialect's base path was removed.
    public var fullPath: String
    /// Query items in order, decoded (`+` is not treated as a space). Repeated names are kept.
    public var queryItems: [(name: String, value: String)]
    /// Header fields (case-insensitive names).
    public var headers: SeedanceHTTPHeaders
    /// The request body (empty when none).
    public var body: Data
    /// Scheme, host and port the request was addressed to (`http://127.0.0.1:51234`), with no path. Media links
    /// and the ``hostName`` counters derive from it.
    public var origin: URL

    /// Builds a request. `target` is the path with an optional query (`/status?task_id=abc`).
    public init(method: String, target: String, headers: SeedanceHTTPHeaders = [:], body: Data = Data(), origin: URL) {
        self.method = method.uppercased()
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts.first.map(String.init) ?? "/"
        self.rawPath = path.isEmpty ? "/" : path
        self.fullPath = rawPath
        self.queryItems = parts.count > 1 ? Self.parseQuery(String(parts[1])) : []
        self.headers = headers
        self.body = body
        self.origin = origin
    }

    /// The path's segments, each percent-decoded on its own (empty segments dropped).
    public var pathSegments: [String] {
        rawPath.split(separator: "/").map { URLBuilding.unescape(String($0)) ?? String($0) }
    }

    /// The first value of the query item `name`, or `nil`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// Every value of the query item `name`, in order (for repeated filters such as `filter.task_ids`).
    public func queryValues(_ name: String) -> [String] {
        queryItems.filter { $0.name == name }.map(\.value)
    }

    /// The host the request was addressed to (`127.0.0.1`, `localhost`), lowercased, without the port.
    public var hostName: String {
        (origin.host ?? "").lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    }

    /// The token of an `Authorization: Bearer <token>` header, or `nil` when the header is absent or not a bearer.
    public var bearerToken: String? {
        guard let value = headers["Authorization"] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].caseInsensitiveCompare("Bearer") == .orderedSame else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Whether the method is `method` and the path is `pattern` exactly (`{name}` matches any one segment).
    public func matches(_ method: String, _ pattern: String) -> Bool {
        match(method, pattern) != nil
    }

    /// The values captured by `{name}` placeholders when the method is `method` and the decoded path segments
    /// match `pattern` (`"/v1/tasks/{id}"`) one for one; `nil` otherwise.
    public func match(_ method: String, _ pattern: String) -> [String: String]? {
        guard self.method == method.uppercased() else { return nil }
        let expected = pattern.split(separator: "/").map(String.init)
        let actual = pathSegments
        guard expected.count == actual.count else { return nil }
        var captures: [String: String] = [:]
        for (want, got) in zip(expected, actual) {
            if want.hasPrefix("{"), want.hasSuffix("}") {
                captures[String(want.dropFirst().dropLast())] = got
            } else if want != got {
                return nil
            }
        }
        return captures
    }

    private static func parseQuery(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = URLBuilding.unescape(String(halves[0])) ?? String(halves[0])
            let value = halves.count > 1 ? (URLBuilding.unescape(String(halves[1])) ?? String(halves[1])) : ""
            return (name, value)
        }
    }
}
