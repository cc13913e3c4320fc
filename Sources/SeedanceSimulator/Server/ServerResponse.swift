import Foundation
import SeedanceCore

/// The answer a handler gives the loopback server: status, headers, body, and how to deliver it.
/// The server adds `Content-Length` and `Connection` itself; a handler that sets `Transfer-Encoding: chunked` gets its
/// body sent chunked instead, with no `Content-Length` (for clients that must not know the size in advance).
public struct ServerResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Header fields to send (`Content-Length` and `Connection` are set by the server; `Transfer-Encoding: chunked`
    /// selects chunked delivery).
    public var headers: HTTPHeaders
    /// The body.
    public var body: ServerBody
    /// How the answer is delivered (or not): normally, slowly, cut short, or not at all.
    public var behavior: ServerBehavior

    /// Builds a response.
    public init(status: Int, headers: HTTPHeaders = [:], body: ServerBody = .data(Data()), behavior: ServerBehavior = .normal) {
        self.status = status
        self.headers = headers
        self.body = body
        self.behavior = behavior
    }

    /// A JSON response: `body` with `Content-Type: application/json` added to `headers`.
    public static func json(_ status: Int, _ body: Data, headers: HTTPHeaders = [:]) -> ServerResponse {
        var all = headers
        all["Content-Type"] = "application/json"
        return ServerResponse(status: status, headers: all, body: .data(body))
    }

    /// A JSON response from text.
    public static func json(_ status: Int, _ text: String, headers: HTTPHeaders = [:]) -> ServerResponse {
        json(status, Data(text.utf8), headers: headers)
    }
}

/// Where a response body comes from.
public enum ServerBody: Sendable {
    /// Bytes in memory.
    case data(Data)
    /// `byteCount` bytes of a repeating pattern (see ``patternByte(at:)``), generated while sending and never held in
    /// memory whole: for download tests of any size.
    case generated(byteCount: Int64)
    /// The contents of a local file, streamed. A file that cannot be read is answered with an empty body.
    case file(URL)

    /// The byte at `offset` of a ``generated(byteCount:)`` body: `offset % 251` (a prime, so chunk edges show).
    public static func patternByte(at offset: Int64) -> UInt8 { UInt8(truncatingIfNeeded: offset % 251) }
}

/// How the server delivers a response: the faults a test can inject.
public enum ServerBehavior: Sendable {
    /// Head and body at once.
    case normal
    /// Waits this long after reading the request, then answers normally.
    case delay(Duration)
    /// Sends the head, then the body in `chunkSize`-byte pieces with `interval` between them.
    case drip(chunkSize: Int, interval: Duration)
    /// Reads the request, then resets the connection (TCP RST) without answering: the client cannot know whether the
    /// request was acted on.
    case resetAfterReadingRequest
    /// Sends the head with the full `Content-Length`, then only `afterBytes` bytes of the body, then closes.
    case truncateBody(afterBytes: Int)
}
