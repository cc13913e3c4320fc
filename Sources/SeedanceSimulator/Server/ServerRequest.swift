import Foundation
import SeedanceCore

/// One HTTP request as the loopback server read it from the wire.
package struct ServerRequest: Sendable {
    /// The method as sent (`GET`, `POST` …), upper-cased.
    package var method: String
    /// The path part of the request target, raw: percent-escapes are kept as sent.
    package var path: String
    /// The query items, percent-decoded (`+` is kept as a plus sign). When a name repeats, the last value wins.
    package var query: [String: String]
    /// The request target exactly as sent (path and query).
    package var rawTarget: String
    /// The header fields as sent.
    package var headers: SeedanceHTTPHeaders
    /// The body (de-chunked when it was sent chunked); empty when there was none.
    package var body: Data
    /// The server's number for the connection the request arrived on (1 for the first accepted connection).
    package var connectionID: Int
    /// How many requests (answered warm-ups included) the same connection carried before this one: 0 when the request
    /// opened its connection.
    package var priorRequestsOnConnection: Int

    /// Builds a request (the server does this; tests of handlers may too).
    package init(
        method: String, path: String, query: [String: String] = [:], rawTarget: String? = nil, headers: SeedanceHTTPHeaders = [:],
        body: Data = Data(), connectionID: Int = 0, priorRequestsOnConnection: Int = 0
    ) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.rawTarget = rawTarget ?? path
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
        self.priorRequestsOnConnection = priorRequestsOnConnection
    }

    /// Whether this is the `HEAD /` with which ``URLSessionTransport`` opens a connection before a request waits on it.
    package var isConnectionWarmUp: Bool { method == "HEAD" && path == "/" && rawTarget == "/" }

    /// The `Host` header, lower-cased (`127.0.0.1:8080`), or an empty string when absent.
    package var host: String { headers["Host"]?.lowercased() ?? "" }
}
