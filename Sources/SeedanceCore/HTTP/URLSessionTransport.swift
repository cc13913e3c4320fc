import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``HTTPTransport``: long-lived `URLSession`s whose keep-alive connections are reused, built to be safe
/// and cheap on Linux's FoundationNetworking.
///
/// - Each request (and each download) takes a slot: one `URLSession` carrying one transfer at a time, so the transport
///   knows which slots hold an idle connection to which host. A request goes to a slot with an idle connection to its
///   host when one is free. Otherwise, with ``Configuration/warmsConnections`` (the default), the slot first opens one
///   with a `HEAD /` and the request then waits on it as a reused connection: on Linux, a transfer that waits for its
///   answer on a connection it opened itself costs about one core for the whole wait (README "Platform notes").
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
/// - A 401 carrying a `WWW-Authenticate: Basic/Digest` challenge is returned as a response (FoundationNetworking
///   would otherwise wait for credentials forever).
///
/// Known libcurl behaviour, measured: when a request fails on a *reused* keep-alive connection before any byte of
/// answer (the server closed or reset it), libcurl sends it again on a new connection. FoundationNetworking cannot
/// rewind an in-memory body that was already read, so such a replayed POST would carry its headers only and hang until
/// the idle timeout. A create (``RequestKind/create``) therefore never goes out on a connection idle for more than
/// 100 ms: its slot first sends the warm-up, which meets any stale connection instead (a `HEAD` is
/// replayed whole, harmlessly). When it cannot be sure (warm-ups off, or a body over 1 MiB,
/// whose upload spins the session anyway), the create carries `Expect: 100-continue`: its body leaves only after the
/// server has accepted the headers, so on a stale connection no body byte was read and libcurl's replay sends the whole
/// request, the only one the server receives. `Expect` costs CPU on Linux: libcurl sends the body after `100 Continue`
/// by asking for write readiness, which leaves the spinning write source behind for the rest of the
/// create's wait. A GET is replayed whole, which is harmless.
///
/// Create one per process (or per client) and share it; it is `Sendable`.
public final class URLSessionTransport: HTTPTransport, Sendable {
    /// The settings this transport was built with.
    public let configuration: Configuration
    let requestSlots: SessionSlots
    let downloadSlots: SessionSlots
    private let delegate: SessionDelegate
    private let canceller: AbandonedTaskCanceller
    let starts = TaskStarts()
    /// What the downloads hold in memory between URLSession and the disk (see ``InlineDelegateQueue``).
    let downloadMemory = DownloadMemoryGauge()

    /// A transport whose `URLSession`s are configured from `configuration`: one per request slot
    /// (``Configuration/maxConcurrentRequests``) and per download slot (``Configuration/maxConcurrentDownloads``), each
    /// made when first needed.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let delegate = SessionDelegate()
        self.delegate = delegate
        #if canImport(FoundationNetworking)
        // Every callback runs inline on URLSession's work queue: no hop through an OperationQueue per callback (about a
        // tenth of a request's CPU), and a download's callback can hold libcurl back while its writer is behind.
        let inline = InlineDelegateQueue()
        let makeSession: @Sendable () -> URLSession = {
            URLSession(configuration: configuration.sessionConfiguration(), delegate: delegate, delegateQueue: inline)
        }
        canceller = AbandonedTaskCanceller(offWorkQueueLabeled: "URLSessionTransport.cancel")
        #else
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "URLSessionTransport.delegate"
        let makeSession: @Sendable () -> URLSession = {
            URLSession(configuration: configuration.sessionConfiguration(), delegate: delegate, delegateQueue: queue)
        }
        canceller = AbandonedTaskCanceller(delegateQueue: queue)
        #endif
        requestSlots = SessionSlots(count: configuration.maxConcurrentRequests, makeSession: makeSession)
        downloadSlots = SessionSlots(count: configuration.maxConcurrentDownloads, makeSession: makeSession)
    }

    deinit { invalidate() }

    /// Sends `request` and reads the response body into memory (at most ``Configuration/maxResponseBytes``).
    ///
    /// Error statuses are returned as responses. Waits for a free slot first (see
    /// ``Configuration/maxConcurrentRequests``); the deadline starts when the request is sent. With
    /// ``Configuration/warmsConnections``, a slot with no open connection to the request's origin first sends a
    /// `HEAD /` (no credentials, never retried; its answer and failure are ignored) that opens one.
    ///
    /// - Throws: ``HTTPTransportError`` (`.connectionNotEstablished`, `.timedOut`, `.connectionLost`,
    ///   `.responseTooLarge`, `.redirectRefused`, `.other`); `CancellationError` at once when the calling task is
    ///   cancelled, whether it was waiting for a slot, for a warm-up or for the server.
    public func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let warms = configuration.warmsConnections
        var urlRequest = try makeURLRequest(request)
        let origin = SessionSlots.origin(of: request.url)
        let checksFreshness = request.kind == .create && warms && (request.body?.count ?? 0) <= Self.expectContinueThreshold
        let (slot, session, idleSince) = try await requestSlots.acquire(origin: origin, idleAtMost: checksFreshness ? configuration.createReuseWindow : nil)
        if warms, idleSince == nil { try await warmUp(request.url, on: session, holding: slot, of: requestSlots) }
        // Checked again now: a caller resumed late after its warm-up ended must not send a create without `Expect` on a
        // connection the server may have closed meanwhile.
        let fresh = requestSlots.idleSince(slot, origin: origin).map { ContinuousClock.now - $0 < configuration.createReuseWindow } ?? false
        if request.kind == .create, !(checksFreshness && fresh) { urlRequest.setValue("100-continue", forHTTPHeaderField: "Expect") }
        let slots = requestSlots
        return try await perform(
            urlRequest, on: session, sink: .memory(limit: configuration.maxResponseBytes), timeout: request.timeout ?? configuration.requestTimeout,
            release: { slots.release(slot, origin: origin, use: $0) })
    }

    /// Sends `request` and streams the body into `destination` (created or replaced) with constant memory, whatever
    /// the status. `progress` is called on a background queue when the head arrives, then at most once per
    /// 256 KiB, and once at the end; keep it quick and never wait in it for URLSession work (on Linux it may run on
    /// URLSession's own work queue, so such a wait would never end). At most 4 MiB of the body waits in memory for the disk: past that,
    /// reading pauses until the file catches up (on Linux, every URLSession transfer in the process waits meanwhile:
    /// README "Platform notes").
    ///
    /// - Throws: as ``send(_:)``, with `.responseTooLarge` past ``Configuration/maxDownloadBytes``;
    ///   `CocoaError(.fileWriteOutOfSpace)` when the disk is full. The deadline is ``SeedanceHTTPRequest/timeout`` or else
    ///   ``Configuration/downloadTimeout``. Waits for a download slot (``Configuration/maxConcurrentDownloads``), never
    ///   for an API request's. On failure or cancellation a partial file may remain: the caller removes it.
    public func download(
        _ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> SeedanceHTTPResponse {
        let urlRequest = try makeURLRequest(request)
        let origin = SessionSlots.origin(of: request.url)
        // No warm-up: a download is not spent waiting for a first byte (measured: a warmed 1 GiB download is no faster).
        let (slot, session, _) = try await downloadSlots.acquire(origin: origin, idleAtMost: nil)
        let file = DownloadFile(url: destination, limit: configuration.maxDownloadBytes, progress: progress)
        let writer = DownloadWriteBehind(file: file, bound: downloadMemory.boundPerDownload, gauge: downloadMemory)
        let slots = downloadSlots
        return try await perform(
            urlRequest, on: session, sink: .file(writer), timeout: request.timeout ?? configuration.downloadTimeout,
            release: { slots.release(slot, origin: origin, use: $0) })
    }

    /// ``Configuration/userAgent``: the client sends it on every request that does not set its own.
    public var userAgent: String { configuration.userAgent }

    /// Requests holding a slot now (sent, or abandoned but not yet released by URLSession).
    package var requestsInFlight: Int { requestSlots.inUse }

    /// Downloads holding a download slot now.
    package var downloadsInFlight: Int { downloadSlots.inUse }

    /// Sends the warm-up `HEAD /` for `url`'s origin on `session` and waits for any answer (a failed warm-up only means
    /// the request opens its own connection); `slots` records how it left the connection of `slot`, which stays held.
    ///
    /// - Throws: `CancellationError` when the caller was cancelled meanwhile; `slot` is then returned to `slots`.
    private func warmUp(_ url: URL, on session: URLSession, holding slot: SessionSlots.Slot, of slots: SessionSlots) async throws {
        let origin = SessionSlots.origin(of: url)
        guard let warmUp = SeedanceHTTPRequest.warmUp(for: url), let urlRequest = try? makeURLRequest(warmUp) else { return }
        _ = try? await perform(
            urlRequest, on: session, sink: .memory(limit: 64 << 10), timeout: warmUp.timeout,
            release: { slots.recordWarmUp(slot, origin: origin, use: $0) })
        if Task.isCancelled {
            slots.release(slot, origin: origin, use: .closed)
            throw CancellationError()
        }
    }

    /// Runs `urlRequest` on `session`; `release` is called exactly once, when URLSession has let go of the task (or at
    /// once when the caller left before it started).
    private func perform(
        _ urlRequest: URLRequest, on session: URLSession, sink: Transfer.Sink, timeout: Duration?,
        release: @escaping @Sendable (SessionSlots.ConnectionUse) -> Void
    ) async throws -> SeedanceHTTPResponse {
        let canceller = canceller
        let transfer = Transfer(sink: sink, canceller: canceller, releasePermit: release)
        let grace = configuration.cancellationGracePeriod
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<SeedanceHTTPResponse, Error>) in
                guard transfer.attach(continuation) else { return }
                let start: @Sendable () -> Void = { [delegate] in
                    // The caller may have left (or the client shut down) while this start waited for its thread.
                    if transfer.abandonUnstarted() { return }
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
                // Creating and resuming a task wait for URLSession's process-wide work queue, busy with every transfer's
                // callbacks and held by a download whose writer is behind (backpressure): every task starts from a
                // dispatch thread, never blocking one of the few threads of Swift's cooperative pool (measured: 10,000
                // create+poll pairs take 4% less CPU than when started from the caller's thread).
                DispatchQueue.global().async { [starts] in
                    guard starts.run(start) else {
                        let invalidated = HTTPTransportError(.connectionNotEstablished, message: "the transport was invalidated; nothing was sent")
                        _ = transfer.abandonUnstarted(failing: invalidated)
                        return
                    }
                }
            }
        } onCancel: {
            transfer.finish(.failure(CancellationError()), abort: .after(grace))
        }
    }

    /// Creates with a larger body keep `Expect: 100-continue`: uploading them asks for write readiness anyway.
    static let expectContinueThreshold = 1 << 20

    private func makeURLRequest(_ request: SeedanceHTTPRequest) throws -> URLRequest {
        if request.method == .get, let body = request.body, !body.isEmpty {
            throw HTTPTransportError(.connectionNotEstablished, message: "a GET request cannot carry a body; nothing was sent")
        }
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: configuration.idleTimeoutSeconds)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.setValue(field.value, forHTTPHeaderField: field.name) }
        if request.headers["User-Agent"] == nil { urlRequest.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent") }
        urlRequest.httpBody = request.body
        return urlRequest
    }
}
