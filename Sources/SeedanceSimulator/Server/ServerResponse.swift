import Foundation
import SeedanceCore

/// The answer a handler gives the loopback server: status, headers, body, and how to deliver it.
/// The server adds `Content-Length` and `Connection` itself; a handler that sets `Transfer-Encoding: chunked` gets its
/// body sent chunked instead, with no `Content-Length` (for clients that must not know the size in advance).
package struct ServerResponse: Sendable {
    /// The HTTP status code.
    package var status: Int
    /// Header fields to send (`Content-Length` and `Connection` are set by the server; `Transfer-Encoding: chunked`
    /// selects chunked delivery).
    package var headers: SeedanceHTTPHeaders
    /// The body.
    package var body: ServerBody
    /// How the answer is delivered (or not): normally, slowly, cut short, or not at all.
    package var behavior: ServerBehavior

    /// Builds a response.
    package init(status: Int, headers: SeedanceHTTPHeaders = [:], body: ServerBody = .data(Data()), behavior: ServerBehavior = .normal) {
        self.status = status
        self.headers = headers
        self.body = body
        self.behavior = behavior
    }

    /// A JSON response: `body` with `Content-Type: application/json` added to `headers`.
    package static func json(_ status: Int, _ body: Data, headers: SeedanceHTTPHeaders = [:]) -> ServerResponse {
        var all = headers
        all["Content-Type"] = "application/json"
        return ServerResponse(status: status, headers: all, body: .data(body))
    }

    /// A JSON response from text.
    package static func json(_ status: Int, _ text: String, headers: SeedanceHTTPHeaders = [:]) -> ServerResponse {
        json(status, Data(text.utf8), headers: headers)
    }
}
