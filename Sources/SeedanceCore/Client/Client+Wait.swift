extension SeedanceClient {
    /// Waits until task `id` ends, polling through the client's engine (shared with every other waiter of `id`).
    ///
    /// Polls are placed from what the engine has learned about similar work; the last one is placed just before
    /// the deadline. Transient poll failures (network, 5xx, 429) are retried with backoff, never reported as a failed
    /// task; when every poll fails for ``EngineConfiguration/failureTolerance`` the wait ends with the last one's error.
    ///
    /// - Parameters:
    ///   - timeout: how long to wait at most; `nil` waits until the task ends.
    ///   - request: the request the task was made from, when this client did not submit it itself, so the engine
    ///     can place polls for that kind of work (tasks submitted by this client are known already).
    ///   - cancelRemoteOnTimeout: when the timeout passes, also cancel the task on the provider's side with
    ///     ``cancel(_:)`` (where the dialect can cancel): only a still-queued task is cancelled; one that ended in the
    ///     meantime is left untouched (its snapshot becomes the error's ``SeedanceError/lastSnapshot``). The timeout
    ///     error's message says what happened.
    /// - Returns: the succeeded snapshot.
    /// - Throws: `SeedanceError` carrying the task id, the last snapshot seen and the number of polls:
    ///   `.taskFailed`, `.taskExpired`, `.cancelled` (cancelled on the provider's side), `.timeout`, or a poll
    ///   error retrying cannot fix (`.notFound`, `.authentication` … after
    ///   ``EngineConfiguration/permanentErrorThreshold`` polls in a row; a status error saying the task is over, such
    ///   as `.contentRejected`, at once; the last transient error after ``EngineConfiguration/failureTolerance``).
    ///   `CancellationError` promptly when the
    ///   calling Swift task is cancelled; the remote task is left running and other waiters keep waiting.
    public func wait(for id: TaskID, timeout: Duration? = nil, hints request: VideoRequest? = nil, cancelRemoteOnTimeout: Bool = false) async throws
        -> TaskSnapshot
    {
        let deadline = timeout.map { clock.now + $0 }
        return try await wait(
            for: id, deadline: deadline, context: { trackingContext(for: id, request: request) }, cancelRemoteOnTimeout: cancelRemoteOnTimeout
        )
        .value
    }

    /// The wait of ``wait(for:timeout:hints:cancelRemoteOnTimeout:)`` and of
    /// ``generate(_:timeout:cancelRemoteOnTimeout:onSubmitted:)``. Its frame stays suspended for the whole wait, so
    /// everything that handles large values (the status request check, the tracking context, the errors) runs out of
    /// line; `context` is read once, when the engine registers the waiter. The snapshot comes back behind one
    /// reference: an async function that returns a whole snapshot holds room for it in its frame.
    @inline(never)
    func wait(for id: TaskID, deadline: Duration?, context: () -> TrackingContext, cancelRemoteOnTimeout: Bool) async throws
        -> OutOfLine<TaskSnapshot>
    {
        do {
            try checkStatusRequest(for: id)
        } catch {
            throw Self.attaching(id, to: error)
        }
        do {
            return try await engine.wait(for: id, context: context, deadline: deadline)
        } catch {
            guard cancelRemoteOnTimeout, Self.isTimeout(error) else { throw Self.attaching(id, to: error) }
            throw Self.attaching(id, to: await cancelAfterTimeout(error, id: id))
        }
    }

    /// Whether `error` is a `SeedanceError` `.timeout`.
    @inline(never)
    private static func isTimeout(_ error: any Error) -> Bool {
        (error as? SeedanceError)?.category == .timeout
    }

    /// Throws what building the status request of task `id` throws (an id the dialect cannot poll), before any wait.
    @inline(never)
    private func checkStatusRequest(for id: TaskID) throws {
        _ = try dialect.makeStatusRequest(for: id)
    }

    /// `timeout` (a `SeedanceError` `.timeout`), after cancelling task `id` on the provider's side where the dialect
    /// can. Kept out of line: a waiting caller's suspended frame then holds none of this path's values.
    @inline(never)
    private func cancelAfterTimeout(_ timeout: any Error, id: TaskID) async -> any Error {
        guard var timeout = timeout as? SeedanceError else { return timeout }
        guard dialect.operations.cancel else {
            timeout.message += "; the remote task was left running (\(provider.rawValue) cannot cancel tasks)"
            return timeout
        }
        do {
            let outcome = try await cancel(id)
            timeout.message += "; cancel on timeout: " + outcome.summary
            timeout.lastSnapshot = outcome.snapshot
        } catch {
            timeout.message += "; cancelling the remote task failed: \(error)"
        }
        return timeout
    }
}
