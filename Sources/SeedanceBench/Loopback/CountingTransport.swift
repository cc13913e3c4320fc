import Foundation
import SeedanceCore

/// Counts the requests a transport sends.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ inner: any HTTPTransport) { self.inner = inner }

    /// Requests sent so far, by method.
    var byMethod: [String: Int] { lock.withLock { counts } }

    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        lock.withLock { counts[request.method.rawValue, default: 0] += 1 }
        return try await inner.send(request)
    }

    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        lock.withLock { counts["DOWNLOAD", default: 0] += 1 }
        return try await inner.download(request, to: destination, progress: progress)
    }
}
