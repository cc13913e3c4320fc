import Foundation
import SeedanceCore

/// One HTTP request as the loopback server read it from the wire.
public struct ServerRequest: Sendable {
    /// The method as sent (`GET`, `POST` …), upper-cased.
    public var method: String
    /// The path part of the request target, raw: percent-escapes are kept as sent.
    public var path: String
    /// The query items, percent-decoded (`+` is kept as a plus sign). When a name repeats, the last value wins.
    public var query: [String: String]
    /// The request target exactly as sent (path and query).
    public var rawTarget: String
    /// The header fields as sent.
    public var headers: SeedanceHTTPHeaders
    /// The body (de-chunked when it was sent chunked); empty when there was none.
    public var body: Data
    /// The server's number for the connection the request arrived on (1 for the first accepted connection).
    public var connectionID: Int

    /// Builds a request (the server does this; tests of handlers may too).
    public init(
        method: String, path: String, query: [String: String] = [:], rawTarget: String? = nil, headers: SeedanceHTTPHeaders = [:],
        body: Data = Data(), connectionID: Int = 0
    ) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.rawTarget = rawTarget ?? path
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
    }

    /// The `Host` header, lower-cased (`127.0.0.1:8080`), or an empty string when absent.
    public var host: String { headers["Host"]?.lowercased() ?? "" }
}
