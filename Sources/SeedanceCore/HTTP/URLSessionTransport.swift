import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``HTTPTransport``: one long-lived `URLSession` (keep-alive connections are reused), built to be
/// safe on Linux's FoundationNetworking.
///
/// - It never uses URLSession's async `data(for:)` / `download(for:)`, which deadlock or crash when the calling task is
///   cancelled on Linux. A cancelled caller gets `CancellationError` at once; the underlying transfer is cancelled on
///   the session's delegate queue after ``Configuration/cancellationGracePeriod`` if it is still running.
/// - At most ``Configuration/maxConcurrentRequests`` requests and, apart from them,
///   ``Configuration/maxConcurrentDownloads`` downloads are in flight; later callers wait (cancellably) before
///   anything is sent, so no request times out while queued inside URLSession, and no API request waits behind a
///   download.
/// - Each request has an idle timeout (whole seconds) and an overall deadline enforced here
///   (``SeedanceHTTPRequest/timeout``, else the configuration's).
/// - ``send(_:)`` reads at most ``Configuration/maxResponseBytes`` into memory; ``download(_:to:progress:)`` streams to
///   a file with constant memory, at most ``Configuration/maxDownloadBytes``, within
///   ``Configuration/downloadTimeout`` by default.
/// - Redirects are followed only to `https` or loopback `http`, and `Authorization` is dropped when a redirect leaves
///   the request's origin.
/// - With ``Configuration/warmsConnections``, API requests do not wait on freshly opened connections, where
///   FoundationNetworking burns CPU on Linux.
/// - A 401 carrying a `WWW-Authenticate: Basic/Digest` challenge is returned as a response (FoundationNetworking
///   would otherwise wait for credentials forever).
///
/// Known libcurl behaviour, measured: when a request fails on a *reused* keep-alive connection before any byte of
/// answer (the server closed or reset it), libcurl sends it again on a new connection. FoundationNetworking cannot
/// rewind an in-memory body that was already read, so such a replayed POST would carry its headers only and hang until
/// the idle timeout. Creates (``RequestKind/create``) therefore carry `Expect: 100-continue`: their body leaves only
/// after the server has accepted the headers, so on a stale connection no body byte was read, and libcurl's replay on a
/// fresh connection sends the whole request: the server never received the first one, so the one create it receives
/// is the only one (answered at once instead of after the idle timeout). A GET is replayed whole, which is harmless.
///
/// Create one per process (or per client) and share it; it is `Sendable`.
public final class URLSessionTransport: HTTPTransport, Sendable {
    /// The settings this transport was built with.
    public let configuration: Configuration
    let sessions: SessionHolder
    private let delegate: SessionDelegate
    private let limiter: ConcurrencyLimiter
    private let downloadLimiter: ConcurrencyLimiter
    private let canceller: AbandonedTaskCanceller
    private let warmer: ConnectionWarmer?

    /// A transport with its own `URLSession` configured from `configuration`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "URLSessionTransport.delegate"
        delegate = SessionDelegate()
        sessions = SessionHolder(
            URLSession(configuration: configuration.sessionConfiguration(), delegate: delegate, delegateQueue: queue))
        limiter = ConcurrencyLimiter(limit: configuration.maxConcurrentRequests)
        downloadLimiter = ConcurrencyLimiter(limit: configuration.maxConcurrentDownloads)
        canceller = AbandonedTaskCanceller(delegateQueue: queue)
        warmer = configuration.warmsConnections ? ConnectionWarmer() : nil
    }

    deinit { sessions.release()?.finishTasksAndInvalidate() }

    /// Sends `request` and reads the response body into memory (at most ``Configuration/maxResponseBytes``).
    ///
    /// Error statuses are returned as responses. Waits for a free slot first (see
    /// ``Configuration/maxConcurrentRequests``); the deadline starts when the request is sent.
    ///
    /// - Throws: ``HTTPTransportError`` (`.connectionNotEstablished`, `.timedOut`, `.connectionLost`,
    ///   `.responseTooLarge`, `.redirectRefused`, `.other`); `CancellationError` at once when the calling task is
    ///   cancelled, whether it was waiting for a slot or for the server.
    public func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let origin = ConnectionWarmer.origin(of: request.url)
        if let warmer, !warmer.claim(origin), let warmUp = ConnectionWarmer.warmUpRequest(for: request.url) {
            // Any answer will do; a failed warm-up only means the request opens its own connection.
            _ = try? await perform(warmUp, sink: .memory(limit: 64 << 10), limiter: limiter, timeout: warmUp.timeout)
            try Task.checkCancellation()
        }
        let response = try await perform(
            request, sink: .memory(limit: configuration.maxResponseBytes), limiter: limiter, timeout: request.timeout ?? configuration.requestTimeout)
        if response.headers["Connection"]?.lowercased() != "close" { warmer?.returned(origin) }
        return response
    }

    /// Sends `request` and streams the body into `destination` (created or replaced) with constant memory, whatever
    /// the status. `progress` is called on a background queue when the head arrives, then at most once per
    /// 256 KiB, and once at the end; keep it quick.
    ///
    /// - Throws: as ``send(_:)``, with `.responseTooLarge` past ``Configuration/maxDownloadBytes``;
    ///   `CocoaError(.fileWriteOutOfSpace)` when the disk is full. The deadline is ``SeedanceHTTPRequest/timeout`` or else
    ///   ``Configuration/downloadTimeout``. Waits for a download slot (``Configuration/maxConcurrentDownloads``), never
    ///   for an API request's. On failure or cancellation a partial file may remain: the caller removes it.
    public func download(
        _ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> SeedanceHTTPResponse {
        let file = DownloadFile(url: destination, limit: configuration.maxDownloadBytes, progress: progress)
        return try await perform(request, sink: .file(file), limiter: downloadLimiter, timeout: request.timeout ?? configuration.downloadTimeout)
    }

    /// ``Configuration/userAgent``: the client sends it on every request that does not set its own.
    public var userAgent: String { configuration.userAgent }

    /// Requests holding a slot now (sent, or abandoned but not yet released by URLSession).
    package var requestsInFlight: Int { limiter.permitsInUse }

    /// Downloads holding a download slot now.
    package var downloadsInFlight: Int { downloadLimiter.permitsInUse }

    private func perform(_ request: SeedanceHTTPRequest, sink: Transfer.Sink, limiter: ConcurrencyLimiter, timeout: Duration?) async throws
        -> SeedanceHTTPResponse
    {
        let urlRequest = try makeURLRequest(request)
        guard let session = sessions.session else {
            throw HTTPTransportError(.connectionNotEstablished, message: "the transport was invalidated; nothing was sent")
        }
        try await limiter.acquire()
        let transfer = Transfer(sink: sink, canceller: canceller, releasePermit: { limiter.release() })
        let grace = configuration.cancellationGracePeriod
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<SeedanceHTTPResponse, Error>) in
                guard transfer.attach(continuation) else { return }
                let task = session.dataTask(with: urlRequest)
                delegate.register(transfer, for: task)
                if case .after(let delay) = transfer.started(task, timeout: timeout, abortGrace: grace) {
                    // The caller left between attaching and starting: the task still runs (a created, never-resumed
                    // task would stay in the session forever) and is cancelled like any abandoned one.
                    task.resume()
                    canceller.cancel(task, after: delay)
                } else {
                    task.resume()
                }
            }
        } onCancel: {
            transfer.finish(.failure(CancellationError()), abort: .after(grace))
        }
    }

    private func makeURLRequest(_ request: SeedanceHTTPRequest) throws -> URLRequest {
        if request.method == .get, let body = request.body, !body.isEmpty {
            throw HTTPTransportError(.connectionNotEstablished, message: "a GET request cannot carry a body; nothing was sent")
        }
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: configuration.idleTimeoutSeconds)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.setValue(field.value, forHTTPHeaderField: field.name) }
        if request.headers["User-Agent"] == nil { urlRequest.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent") }
        if request.kind == .create { urlRequest.setValue("100-continue", forHTTPHeaderField: "Expect") }
        urlRequest.httpBody = request.body
        return urlRequest
    }
}
