import Foundation

extension SeedanceClient {
    /// Builds a client that records every submitted task in `journal` and hands each tracked task to `onFinished`
    /// when it ends.
    ///
    /// With a journal, ``submit(_:)`` returns only once the task is recorded, ``resumeUnfinished()`` follows every
    /// recorded task again after a restart, and a task is recorded finished once `onFinished` has returned for it
    /// (see ``TaskFinishedHandler`` for the exact guarantee). Without a journal, `onFinished` still runs once for
    /// each task this client submits, within this process.
    ///
    /// Tasks are followed by the client's engine with one waiter record each (no Swift task per task); handlers
    /// run on one consumer task, at most eight at a time. Call ``shutdown()`` before dropping such a client.
    /// `mediaUploader` hosts local reference videos, as in the plain initializer.
    ///
    /// - Throws: what ``init(dialect:apiKey:transport:retryPolicy:engine:clock:logger:mediaUploader:)`` throws.
    public convenience init(
        dialect: any Dialect, apiKey: APIKey?, transport: (any HTTPTransport)? = nil, retryPolicy: RetryPolicy = .default,
        engine: EngineConfiguration = .default, clock: any SeedanceClock = SystemClock(), logger: SeedanceLogger? = nil,
        journal: (any TaskJournal)?, onFinished: TaskFinishedHandler? = nil, mediaUploader: (any MediaUploader)? = nil
    ) throws {
        try self.init(
            dialect: dialect, apiKey: apiKey, transport: transport, retryPolicy: retryPolicy, engine: engine, clock: clock, logger: logger,
            mediaUploader: mediaUploader)
        if journal != nil || onFinished != nil {
            lifecycle.install(FinishedTaskTracker(engine: self.engine, journal: journal, handler: onFinished))
        }
    }

    /// Whether ``shutdown()`` has been called.
    public var isShutDown: Bool { lifecycle.gate.isClosed }

    /// Stops the client for good, gracefully:
    ///
    /// 1. accepts no new work: every later call throws `SeedanceError` `.shutdown` without sending anything;
    /// 2. ends every `wait`, `generate` and `updates` still waiting, and every ``completions(of:)`` sequence, with
    ///    `.shutdown` carrying the task's id (the remote tasks keep running: resume them after a restart);
    /// 3. cancels the engine's polls in flight and `onFinished` handlers still running (their tasks stay
    ///    unfinished in the journal);
    /// 4. waits for requests already sent (a create, a status, a download) to end;
    /// 5. releases the transport's session when the client made it (a transport you passed in is yours to
    ///    release).
    ///
    /// Returns once all of that is done; ``run()`` then returns. Calling it again waits for the first call.
    public func shutdown() async {
        if let root = lifecycle.root {
            await lifecycle.finishedTaskTracker?.stop()
            await root.shutdown()
            return
        }
        guard lifecycle.beginShutdown() else {
            await lifecycle.waitUntilShutDown()
            return
        }
        await lifecycle.finishedTaskTracker?.stop()
        await engine.shutdown()
        await lifecycle.gate.drained()
        if lifecycle.ownsTransport, let session = transport as? URLSessionTransport { session.invalidate() }
        lifecycle.finishShutdown()
    }

    /// Suspends until the client has shut down (through ``shutdown()``), for a service runner:
    ///
    /// ```swift
    /// struct SeedanceService: Service {          // swift-service-lifecycle
    ///     let client: SeedanceClient
    ///     func run() async throws {
    ///         try await client.resumeUnfinished()
    ///         await withGracefulShutdownHandler {
    ///             await client.run()
    ///         } onGracefulShutdown: {
    ///             Task { await client.shutdown() }
    ///         }
    ///     }
    /// }
    /// ```
    ///
    /// Cancelling the calling task shuts the client down and returns once that is done. Never throws.
    public func run() async {
        await withTaskCancellationHandler {
            await (lifecycle.root ?? self).lifecycle.waitUntilShutDown()
        } onCancel: {
            Task { await self.shutdown() }
        }
    }
}
