import Foundation
import SeedanceCore

/// An ``HTTPTransport`` that answers from a script and records every request, for unit tests.
/// Each step is a closure so a test can answer differently per request (or throw a transport error).
public final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    public typealias Handler = @Sendable (SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse

    private let lock = NSLock()
    private var steps: [Handler]
    private let fallback: Handler?
    private var recorded: [SeedanceHTTPRequest] = []

    /// Answers the n-th request with `steps[n]`, then with `fallback` (a test failure by default: throws).
    public init(_ steps: [Handler] = [], fallback: Handler? = nil) {
        self.steps = steps
        self.fallback = fallback
    }

    /// Every request sent so far, in order, exactly as the transport received it.
    public var requests: [SeedanceHTTPRequest] { lock.withLock { recorded } }

    public func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let handler: Handler? = lock.withLock {
            recorded.append(request)
            return steps.isEmpty ? fallback : steps.removeFirst()
        }
        guard let handler else { throw HTTPTransportError(.other, message: "ScriptedTransport: no step left for \(request.method.rawValue) \(request.url)") }
        return try await handler(request)
    }

    public func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws
        -> SeedanceHTTPResponse
    {
        var response = try await send(request)
        try response.body.write(to: destination)
        progress?(DownloadProgress(receivedBytes: Int64(response.body.count), expectedBytes: Int64(response.body.count)))
        response.body = Data()
        return response
    }

    /// A step answering `status` with a JSON body.
    public static func json(_ status: Int, _ body: String, headers: SeedanceHTTPHeaders = [:]) -> Handler {
        { request in
            var all = headers
            all["Content-Type"] = "application/json"
            return SeedanceHTTPResponse(status: status, headers: all, body: Data(body.utf8), url: request.url)
        }
    }

    /// A step throwing a transport error of `kind`.
    public static func failure(_ kind: HTTPTransportError.Kind) -> Handler {
        { _ in throw HTTPTransportError(kind, message: "scripted \(kind)") }
    }
}
