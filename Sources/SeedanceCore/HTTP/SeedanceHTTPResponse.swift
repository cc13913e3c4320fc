import Foundation

/// A response as the transport received it. Error statuses are responses, not thrown errors.
public struct SeedanceHTTPResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The header fields (names matched case-insensitively).
    public var headers: SeedanceHTTPHeaders
    /// The body read into memory (capped by the transport), or empty for a download.
    public var body: Data
    /// The URL that answered (after redirects).
    public var url: URL?

    /// Builds a response.
    public init(status: Int, headers: SeedanceHTTPHeaders = [:], body: Data = Data(), url: URL? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The provider's request id from the usual headers (`X-Request-Id`, `X-Tt-Logid`, `Request-Id`).
    public var requestID: String? {
        headers["X-Request-Id"] ?? headers["X-Tt-Logid"] ?? headers["Request-Id"] ?? headers["X-Amzn-RequestId"]
    }
}
