import Foundation
import SeedanceCore

/// A dialect that behaves exactly like `inner` but gives the engine other polling hints: the bench's simulated tasks
/// take 2 s, not the minutes a real provider documents.
struct HintedDialect: Dialect {
    let inner: any Dialect
    let hints: PollingHints

    var provider: ProviderID { inner.provider }
    var baseURL: URL { inner.baseURL }
    var defaultModel: ModelID { inner.defaultModel }
    var capabilities: Capabilities { inner.capabilities }
    func validate(_ request: VideoRequest) throws { try inner.validate(request) }
    func makeCreateRequest(_ request: VideoRequest) throws -> HTTPRequest { try inner.makeCreateRequest(request) }
    func parseCreateResponse(_ response: HTTPResponse) throws -> TaskID { try inner.parseCreateResponse(response) }
    func makeStatusRequest(for id: TaskID) throws -> HTTPRequest { try inner.makeStatusRequest(for: id) }
    func parseStatusResponse(_ response: HTTPResponse, for id: TaskID) throws -> TaskSnapshot { try inner.parseStatusResponse(response, for: id) }
    func pollingHints(for request: VideoRequest?) -> PollingHints { hints }
}

/// Counts the requests a transport sends.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ inner: any HTTPTransport) { self.inner = inner }

    /// Requests sent so far, by method.
    var byMethod: [String: Int] { lock.withLock { counts } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { counts[request.method.rawValue, default: 0] += 1 }
        return try await inner.send(request)
    }

    func download(_ request: HTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> HTTPResponse {
        lock.withLock { counts["DOWNLOAD", default: 0] += 1 }
        return try await inner.download(request, to: destination, progress: progress)
    }
}
