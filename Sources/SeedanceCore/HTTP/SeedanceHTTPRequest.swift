import Foundation

/// An HTTP method.
public struct SeedanceHTTPMethod: OpenStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    /// `GET`.
    public static let get: SeedanceHTTPMethod = "GET"
    /// `POST`.
    public static let post: SeedanceHTTPMethod = "POST"
    /// `DELETE`.
    public static let delete: SeedanceHTTPMethod = "DELETE"
}

/// What a request does, which decides whether it may be sent again after a failure.
public enum RequestKind: Sendable, Hashable {
    /// Starts a billable task. Replayed only when the provider certainly did not start one (no connection was made,
    /// or it answered with a rate limit); ``URLSessionTransport`` sends it only on a connection just used, or with
    /// `Expect: 100-continue`.
    case create
    /// Reads or cancels: safe to repeat (status, list, download, delete).
    case idempotent
}

/// A request an adapter builds and the transport sends. Adapters never add credentials: the client signs requests
/// bound for the configured API host (``requiresAuthorization``).
public struct SeedanceHTTPRequest: Sendable, Hashable {
    /// The HTTP method.
    public var method: SeedanceHTTPMethod
    /// The absolute URL, path and query already escaped.
    public var url: URL
    /// Header fields; names are matched case-insensitively by ``SeedanceHTTPHeaders``.
    public var headers: SeedanceHTTPHeaders
    /// The body, or `nil` for none.
    public var body: Data?
    /// Whether a repeat is safe (see ``RequestKind``).
    public var kind: RequestKind
    /// Whether the client should add `Authorization` (only ever for the configured API host).
    public var requiresAuthorization: Bool
    /// A deadline for the whole request, overriding the transport's default.
    public var timeout: Duration?

    /// Builds a request.
    public init(
        method: SeedanceHTTPMethod, url: URL, headers: SeedanceHTTPHeaders = [:], body: Data? = nil, kind: RequestKind = .idempotent,
        requiresAuthorization: Bool = true, timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.kind = kind
        self.requiresAuthorization = requiresAuthorization
        self.timeout = timeout
    }

    /// A JSON POST that creates a task.
    public static func createJSON(_ url: URL, body: Data) -> SeedanceHTTPRequest {
        SeedanceHTTPRequest(method: .post, url: url, headers: ["Content-Type": "application/json", "Accept": "application/json"], body: body, kind: .create)
    }

    /// A GET of JSON.
    public static func getJSON(_ url: URL) -> SeedanceHTTPRequest {
        SeedanceHTTPRequest(method: .get, url: url, headers: ["Accept": "application/json"], kind: .idempotent)
    }
}

/// Header fields with case-insensitive names, in insertion order.
public struct SeedanceHTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    private var fields: [(name: String, value: String)] = []

    /// Empty headers.
    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of `name`, its ASCII letters matched case-insensitively (HTTP field names are ASCII); setting `nil`
    /// removes it.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.equalsIgnoringASCIICase(name) }?.value }
        set {
            fields.removeAll { $0.name.equalsIgnoringASCIICase(name) }
            if let newValue { fields.append((name, newValue)) }
        }
    }

    public func makeIterator() -> some IteratorProtocol<(name: String, value: String)> { fields.makeIterator() }

    public static func == (lhs: SeedanceHTTPHeaders, rhs: SeedanceHTTPHeaders) -> Bool {
        lhs.fields.map { "\($0.name.lowercased()):\($0.value)" } == rhs.fields.map { "\($0.name.lowercased()):\($0.value)" }
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name.lowercased())
            hasher.combine(field.value)
        }
    }
}

extension SeedanceHTTPHeaders: CustomStringConvertible {
    /// The headers with credential headers (`Authorization`, `Proxy-Authorization`, `X-Api-Key`, `Api-Key`) redacted
    /// and every registered secret scrubbed from the rest (``Redaction``).
    public var description: String {
        let credentials: Set<String> = ["authorization", "proxy-authorization", "x-api-key", "api-key"]
        let text = fields.map { "\($0.name): \(credentials.contains($0.name.lowercased()) ? "[REDACTED]" : $0.value)" }
        return Redaction.scrub(text.joined(separator: ", "))
    }
}
