import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request's passage through the session: the caller's continuation (resumed exactly once), the response and
/// body as they arrive, and the rules that end it early (body cap, deadline, cancellation).
///
/// Session callbacks arrive one at a time, in order (inline on URLSession's work queue on Linux, on the sessions'
/// serial delegate queue elsewhere); ``finish(_:abort:)`` may come from any thread.
/// Whoever finishes first answers the caller; later events are ignored. The URLSession permit is returned only
/// when the underlying task has really ended (``taskEnded(error:)``), so abandoned transfers still count against the
/// concurrency bound until URLSession lets go of them.
final class Transfer: @unchecked Sendable {
    /// Where the body goes.
    enum Sink {
        /// Into memory, up to `limit` bytes.
        case memory(limit: Int)
        /// Into a file (created or replaced), capped, reporting progress, written behind the session's callbacks.
        case file(DownloadWriteBehind)
    }

    /// When an abandoned transfer's URLSession task is cancelled.
    enum Abort {
        /// Leave the task alone (it has ended, or never started).
        case none
        /// Cancel it after this grace period if it is still running.
        case after(Duration)
        /// Cancel it now if it is still running: only from a session callback.
        case fromCallback
    }

    private let lock = NSLock()
    private let sink: Sink
    private let canceller: AbandonedTaskCanceller
    private let releasePermit: @Sendable (SessionSlots.ConnectionUse) -> Void
    private var continuation: CheckedContinuation<SeedanceHTTPResponse, Error>?
    private var outcome: Result<SeedanceHTTPResponse, Error>?
    private var task: URLSessionTask?
    private var permitReturned = false
    private var head: HTTPURLResponse?
    private var body = Data()
    private var redirectRefused = false
    private var challengeRejected = false
    /// A timer source rather than `asyncAfter`: cancelling it frees it at once instead of at its deadline.
    private var deadline: DispatchSourceTimer?

    init(sink: Sink, canceller: AbandonedTaskCanceller, releasePermit: @escaping @Sendable (SessionSlots.ConnectionUse) -> Void) {
        self.sink = sink
        self.canceller = canceller
        self.releasePermit = releasePermit
        if case .file(let writer) = sink {
            writer.onWriteFailure { [weak self] error in self?.finish(.failure(error), abort: .fromCallback) }
        }
    }

    // MARK: Caller side

    /// Attaches the caller's continuation. Returns false when the transfer already finished (the caller was
    /// cancelled first): the continuation has then been resumed and no task must be started.
    func attach(_ continuation: CheckedContinuation<SeedanceHTTPResponse, Error>) -> Bool {
        let early: Result<SeedanceHTTPResponse, Error>? = lock.withLock {
            if let outcome { return outcome }
            self.continuation = continuation
            return nil
        }
        guard let early else { return true }
        continuation.resume(with: early)
        returnPermit(.unused)
        return false
    }

    /// Gives up a start that has not created its task yet: when the transfer already ended (the caller left) or
    /// `failure` is given (the transport was invalidated; the caller gets it), returns the permit unused and returns
    /// true, and no task must be created. Returns false when the task should be created.
    func abandonUnstarted(failing failure: (any Error)? = nil) -> Bool {
        if let failure { finish(.failure(failure), abort: .none) }
        guard lock.withLock({ outcome != nil && task == nil }) else { return false }
        returnPermit(.unused)
        return true
    }

    /// Records the URLSession task (already registered with the delegate) and arms the deadline. Returns the
    /// abort to apply when the caller gave up in the meantime.
    func started(_ task: URLSessionTask, timeout: Duration?, abortGrace: Duration) -> Abort {
        lock.withLock {
            self.task = task
            if outcome != nil { return .after(abortGrace) }
            if let timeout {
                let timer = DispatchSource.makeTimerSource(queue: .global())
                timer.schedule(deadline: .now() + timeout.timeInterval)
                timer.setEventHandler { [weak self] in
                    self?.finish(
                        .failure(HTTPTransportError(.timedOut, message: "no complete response within \(timeout.timeInterval) s")), abort: .after(abortGrace))
                }
                deadline = timer
                timer.resume()
            }
            return .none
        }
    }

    /// Ends the transfer for the caller with `result` (first call wins) and, for `abort`, cancels the URLSession
    /// task later if it is still running.
    func finish(_ result: Result<SeedanceHTTPResponse, Error>, abort: Abort) {
        let taken: (continuation: CheckedContinuation<SeedanceHTTPResponse, Error>?, task: URLSessionTask?)? = lock.withLock {
            guard outcome == nil else { return nil }
            outcome = result
            deadline?.cancel()
            deadline = nil
            if case .file(let writer) = sink { writer.close() }
            body = Data()
            defer { self.continuation = nil }
            return (self.continuation, self.task)
        }
        guard let taken else { return }
        taken.continuation?.resume(with: result)
        guard let task = taken.task else { return }
        switch abort {
        case .none: break
        case .after(let grace): canceller.cancel(task, after: grace)
        case .fromCallback: canceller.cancelFromCallback(task)
        }
    }

    // MARK: Session side (session callbacks)

    func receive(response: URLResponse) {
        guard let response = response as? HTTPURLResponse else { return }
        var failure: (any Error)?
        let writer: DownloadWriteBehind? = lock.withLock {
            guard outcome == nil else { return nil }
            head = response
            body = Data()
            switch sink {
            case .memory(let limit):
                if response.expectedContentLength > Int64(limit) { failure = Self.tooLarge(limit) }
                return nil
            case .file(let writer):
                return writer
            }
        }
        // Outside the lock: starting the body waits for writes still under way (none, unless a redirect's body arrived).
        if let writer {
            do {
                if let progress = try writer.begin(expectedLength: expectedLength(response)) { writer.progress?(progress) }
            } catch {
                failure = error
            }
        }
        if let failure { finish(.failure(failure), abort: .fromCallback) }
    }

    func receive(data: Data) {
        var failure: (any Error)?
        let writer: DownloadWriteBehind? = lock.withLock {
            guard outcome == nil else { return nil }
            switch sink {
            case .memory(let limit):
                if body.count + data.count > limit {
                    failure = Self.tooLarge(limit)
                } else {
                    body.append(data)
                }
                return nil
            case .file(let writer):
                return writer
            }
        }
        // Outside the lock: the writer may make this callback wait for room, and the caller's cancellation must not.
        if let writer {
            do {
                try writer.enqueue(data)
            } catch {
                failure = error
            }
        }
        if let failure { finish(.failure(failure), abort: .fromCallback) }
    }

    func refuseRedirect() { lock.withLock { redirectRefused = true } }

    func rejectChallenge() { lock.withLock { challengeRejected = true } }

    /// The URLSession task ended (delegate `didCompleteWithError`): answers the caller if nobody has yet, and returns
    /// the concurrency permit.
    func taskEnded(error: Error?) {
        var report: (@Sendable (DownloadProgress) -> Void, DownloadProgress)?
        // The body is complete only once written; a write failure (full disk) is the answer then.
        let writer: DownloadWriteBehind? = lock.withLock {
            guard outcome == nil, case .file(let writer) = sink else { return nil }
            return writer
        }
        let writeFailure = writer?.waitUntilWritten()
        let result: Result<SeedanceHTTPResponse, Error>? = lock.withLock {
            guard outcome == nil else { return nil }
            if let writeFailure { return .failure(writeFailure) }
            // A 401 carrying a Basic/Digest challenge ends as "cancelled" once the challenge is declined: it is still
            // the server's answer.
            if let error, !(challengeRejected && head != nil && (error as? URLError)?.code == .cancelled) {
                return .failure(URLErrorClassification.transportError(for: error))
            }
            guard let head else { return .failure(HTTPTransportError(.connectionLost, message: "the connection ended without a response")) }
            if redirectRefused {
                return .failure(
                    HTTPTransportError(.redirectRefused, message: "refused a redirect (HTTP \(head.statusCode)) to a host that is neither https nor loopback"))
            }
            if case .file(let writer) = sink {
                writer.close()
                if let callback = writer.progress, let progress = writer.finalProgress() { report = (callback, progress) }
            }
            return .success(SeedanceHTTPResponse(status: head.statusCode, headers: Self.headers(of: head), body: body, url: head.url))
        }
        if let (callback, progress) = report { callback(progress) }
        // The permit goes back before the caller is answered, so whoever the caller hands the connection to next finds
        // it recorded as idle.
        let keptAlive = lock.withLock { error == nil && head.map { !Self.closesConnection($0) } ?? false }
        returnPermit(keptAlive ? .keptAlive : .closed)
        if let result { finish(result, abort: .none) }
    }

    private func returnPermit(_ use: SessionSlots.ConnectionUse) {
        let first = lock.withLock {
            defer { permitReturned = true }
            return !permitReturned
        }
        if first { releasePermit(use) }
    }

    /// Whether the server announced it closes the connection after this response.
    static func closesConnection(_ response: HTTPURLResponse) -> Bool {
        (response.value(forHTTPHeaderField: "Connection") ?? "").lowercased().contains("close")
    }

    private func expectedLength(_ response: HTTPURLResponse) -> Int64? {
        response.expectedContentLength >= 0 ? response.expectedContentLength : nil
    }

    private static func tooLarge(_ limit: Int) -> HTTPTransportError {
        HTTPTransportError(.responseTooLarge(limit: limit), message: "the response body exceeds \(limit) bytes; the transfer was aborted")
    }

    static func headers(of response: HTTPURLResponse) -> SeedanceHTTPHeaders {
        var headers = SeedanceHTTPHeaders()
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return headers
    }
}
