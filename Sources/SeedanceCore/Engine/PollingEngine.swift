import Foundation

/// The polling engine of one client: tracks any number of tasks, shares one stream of polls among all waiters of
/// a task, and issues due polls through a bounded number of concurrent requests.
///
/// Cost model: a tracked task is a record in ``EngineState``; a waiter is a stored continuation. There is no
/// thread and no sleeping Swift task per task or per waiter: one scheduler task sleeps until the earliest due
/// poll or deadline (through the injected ``SeedanceClock``), is woken early when an earlier entry arrives or a
/// request slot frees, and exits when nothing is tracked (it restarts on the next registration).
///
/// Cancellation of a waiter's Swift task removes that waiter at once (its `wait` throws `CancellationError`);
/// the task is still polled for any other waiter and is never cancelled remotely by the engine.
package final class PollingEngine: @unchecked Sendable {
    /// Fetches one status snapshot (a single request: the engine does its own retrying).
    package typealias Poller = @Sendable (TaskID) async throws -> TaskSnapshot

    let lock = NSLock()
    var state: EngineState
    private let clock: any SeedanceClock
    private let poller: Poller
    private let logger: SeedanceLogger?

    // Scheduler control, guarded by `lock`.
    var loopRunning = false
    private var parked: CheckedContinuation<Void, Never>?
    private var parkedUntil: Duration?
    /// Sleeping timer tasks by deadline. A timer is not cancelled when the scheduler is woken early: it stays
    /// armed (a later park may need that very deadline) and wakes the scheduler only if it is parked until then
    /// or earlier. At most ``maxArmedTimers`` stay armed; the latest are cancelled beyond that.
    private var timers: [Duration: Task<Void, Never>] = [:]
    private static let maxArmedTimers = 8
    private var pendingSignal = false
    private var lastWaiterID: UInt64 = 0
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    /// The Swift task of each poll in flight, by ticket, so ``shutdown(error:)`` can cancel them.
    var pollTasks: [UInt64: Task<Void, Never>] = [:]

    /// An engine polling through `poller` on `clock`; `logger` receives `taskFinished` events.
    package init(configuration: EngineConfiguration, provider: ProviderID, clock: any SeedanceClock, logger: SeedanceLogger?, poller: @escaping Poller) {
        state = EngineState(
            configuration: configuration, provider: provider, jitterSeed: configuration.jitterSeed ?? UInt64.random(in: 0...UInt64.max),
            logsEvents: logger != nil)
        self.clock = clock
        self.poller = poller
        self.logger = logger
    }

    // MARK: Waiting

    /// Waits until task `id` ends or `deadline` (on the engine's clock) passes; `context` is read once, when the
    /// waiter registers.
    ///
    /// - Returns: the succeeded snapshot, behind one reference.
    /// - Throws: `SeedanceError` `.taskFailed`, `.taskExpired`, `.cancelled` (remote), `.timeout`, or a poll error
    ///   that retrying cannot fix (see ``EngineConfiguration/permanentErrorThreshold``), each with the task id,
    ///   the last snapshot and the poll count; `CancellationError` at once when the calling task is cancelled.
    ///
    /// This call's frames stay suspended for the whole wait (and a task keeps the largest stack it ever reached), so
    /// they hold only the waiter's id: the context is built and registered out of line, and the outcome comes back
    /// behind one reference (an async function returning a whole snapshot holds room for it in its frame).
    @inline(never)
    func wait(for id: TaskID, context: () -> TrackingContext, deadline: Duration?) async throws -> OutOfLine<TaskSnapshot> {
        let waiterID = newWaiterID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: WaitContinuation) in
                register(continuation, waiterID: waiterID, for: id, context: context, deadline: deadline)
            }
        } onCancel: {
            mutate { state, _ in state.removeWaiter(waiterID, resumingWith: CancellationError()) }
        }
    }

    /// Registers waiter `waiterID` of task `id`, resumed through `continuation`; or resumes it at once when the
    /// calling task is cancelled or the engine is shut down.
    @inline(never)
    private func register(_ continuation: WaitContinuation, waiterID: UInt64, for id: TaskID, context: () -> TrackingContext, deadline: Duration?) {
        let context = context()
        let waiter = Waiter(id: waiterID, taskID: context.engineKey(for: id), deadline: deadline, sink: .result(continuation))
        mutate { state, now in
            if Task.isCancelled { return [.resume(continuation, .failure(CancellationError()))] }
            if state.isShutDown { return [.resume(continuation, .failure(state.shutDownError(for: id)))] }
            state.register(waiter, context: context, now: now)
            return []
        }
    }

    /// A stream of task `id`'s observable changes; it finishes after a terminal snapshot (which it yields), and
    /// throws only a poll error that retrying cannot fix. Ending the iteration removes this interest.
    package func updates(of id: TaskID, context: TrackingContext) -> AsyncThrowingStream<TaskSnapshot, any Error> {
        let key = context.engineKey(for: id)
        let (stream, continuation) = AsyncThrowingStream<TaskSnapshot, any Error>.makeStream()
        let waiterID = newWaiterID()
        continuation.onTermination = { [weak self] _ in
            self?.mutate { state, _ in state.removeWaiter(waiterID, resumingWith: nil) }
        }
        let waiter = Waiter(id: waiterID, taskID: key, deadline: nil, sink: .stream(continuation))
        mutate { state, now in
            if state.isShutDown { return [.finish(continuation, state.shutDownError(for: id))] }
            state.register(waiter, context: context, now: now)
            return []
        }
        return stream
    }

    // MARK: Introspection (tests, benchmarks, virtual time)

    /// Whether everything that can happen at the current instant has happened, and when the scheduler next wakes.
    package struct Quiescence: Sendable {
        /// The scheduler is parked, no poll is in flight and no wake-up is pending.
        package var isIdle: Bool
        /// When the parked scheduler wakes next (`nil`: nothing scheduled).
        package var nextWake: Duration?
    }

    /// The engine's current ``Quiescence``.
    package var quiescence: Quiescence {
        let now = clock.now
        return lock.withLock { Quiescence(isIdle: isIdle(at: now), nextWake: loopRunning ? parkedUntil : nil) }
    }

    /// Returns once the engine is idle (at once if it is).
    package func whenIdle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = clock.now
            let idle: Bool = lock.withLock {
                if isIdle(at: now) { return true }
                idleWaiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    /// The plan (seconds after submission) the engine currently follows for work like `request`.
    package func learnedPlan(for request: VideoRequest?, defaultModel: ModelID?, hints: PollingHints) -> [Double] {
        let now = clock.now
        return lock.withLock { state.plan(for: request, defaultModel: defaultModel, hints: hints, now: now) }
    }

    /// Whether everything that can happen at `now` has happened (under the lock).
    private func isIdle(at now: Duration) -> Bool {
        guard loopRunning else { return true }
        return parked != nil && !pendingSignal && state.inFlight == 0 && (parkedUntil.map { $0 > now } ?? true)
    }

    /// Takes the idle waiters to resume when the engine is idle (under the lock).
    private func takeIdleWaiters(at now: Duration) -> [CheckedContinuation<Void, Never>] {
        guard !idleWaiters.isEmpty, isIdle(at: now) else { return [] }
        defer { idleWaiters.removeAll() }
        return idleWaiters
    }

    /// The number of tasks being tracked.
    package var trackedTaskCount: Int { lock.withLock { state.tasks.count } }

    /// Finished tasks the learned model holds but has not applied yet (bounded by the finishes between two polls).
    package var pendingObservations: Int { lock.withLock { state.model.pendingCount } }

    /// The number of waiters ever registered.
    package var registrations: Int { lock.withLock { state.registrations } }

    /// Whether the rate-limit governor is currently slowing polls.
    package var isRateLimited: Bool {
        let now = clock.now
        return lock.withLock { state.governor.isLimiting(at: now) }
    }

    // MARK: Scheduler

    func newWaiterID() -> UInt64 {
        lock.withLock {
            lastWaiterID += 1
            return lastWaiterID
        }
    }

    /// Runs `body` on the state under the lock, then wakes or starts the scheduler as needed and performs the
    /// returned effects outside the lock.
    func mutate(_ body: (inout EngineState, Duration) -> [EngineEffect]) {
        let now = clock.now
        var wakeScheduler: CheckedContinuation<Void, Never>?
        var startScheduler = false
        var idle: [CheckedContinuation<Void, Never>] = []
        let effects: [EngineEffect] = lock.withLock {
            let effects = body(&state, now)
            if !loopRunning {
                if !state.isEmpty { (loopRunning, startScheduler) = (true, true) }
            } else if let continuation = parked {
                let wake = state.nextWake(now: now)
                let earlier = wake.map { wake in parkedUntil.map { wake < $0 } ?? true } ?? false
                if earlier || state.isEmpty {
                    wakeScheduler = continuation
                    unpark()
                }
            } else {
                pendingSignal = true
            }
            idle = takeIdleWaiters(at: now)
            return effects
        }
        perform(effects)
        wakeScheduler?.resume()
        for waiter in idle { waiter.resume() }
        if startScheduler { Task { await self.runScheduler() } }
    }

    private func runScheduler() async {
        while true {
            let now = clock.now
            var idle: [CheckedContinuation<Void, Never>] = []
            let step: (launches: [PollTicket], effects: [EngineEffect])? = lock.withLock {
                pendingSignal = false
                if state.isEmpty {
                    loopRunning = false
                    disarmTimers()
                    idle = takeIdleWaiters(at: now)
                    return nil
                }
                return state.step(now: now)
            }
            for waiter in idle { waiter.resume() }
            guard let step else { return }
            perform(step.effects)
            for ticket in step.launches { launch(ticket) }
            if step.launches.isEmpty { await park(now: now) }
        }
    }

    private func park(now: Duration) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            var idle: [CheckedContinuation<Void, Never>] = []
            let runAgain: Bool = lock.withLock {
                if pendingSignal || state.isEmpty { return true }
                let wake = state.nextWake(now: now)
                if let wake, wake <= now { return true }
                parked = continuation
                parkedUntil = wake
                if let wake { armTimer(for: wake) }
                idle = takeIdleWaiters(at: now)
                return false
            }
            for waiter in idle { waiter.resume() }
            if runAgain { continuation.resume() }
        }
    }

    /// Starts a timer for `deadline` unless one is armed (under the lock).
    private func armTimer(for deadline: Duration) {
        guard timers[deadline] == nil else { return }
        timers[deadline] = Task { [clock] in
            try? await clock.sleep(until: deadline)
            if !Task.isCancelled { self.timerFired(deadline) }
        }
        if timers.count > Self.maxArmedTimers, let latest = timers.keys.max(), latest != deadline {
            timers.removeValue(forKey: latest)?.cancel()
        }
    }

    private func timerFired(_ deadline: Duration) {
        let continuation: CheckedContinuation<Void, Never>? = lock.withLock {
            timers[deadline] = nil
            guard let continuation = parked, let until = parkedUntil, until <= deadline else { return nil }
            unpark()
            return continuation
        }
        continuation?.resume()
    }

    /// Clears the parked state (under the lock); the caller resumes the continuation after unlocking.
    private func unpark() {
        parked = nil
        parkedUntil = nil
    }

    /// Cancels every armed timer (under the lock), when the scheduler stops.
    private func disarmTimers() {
        for timer in timers.values { timer.cancel() }
        timers.removeAll()
    }

    private func launch(_ ticket: PollTicket) {
        lock.withLock {
            pollTasks[ticket.generation] = Task { [poller] in
                let result: Result<TaskSnapshot, any Error>
                do {
                    if let scope = ticket.scope {
                        result = .success(try await scope.poll(ticket.taskID))
                    } else {
                        result = .success(try await poller(ticket.taskID))
                    }
                } catch {
                    result = .failure(error)
                }
                self.mutate { state, now in
                    self.pollTasks[ticket.generation] = nil
                    return state.complete(ticket, with: result, now: now)
                }
            }
        }
    }

    private func perform(_ effects: [EngineEffect]) {
        for effect in effects {
            switch effect {
            case .resume(let continuation, let result): continuation.resume(with: result.map(OutOfLine.init))
            case .finish(let continuation, let error):
                if let error { continuation.finish(throwing: error) } else { continuation.finish() }
            case .log(let event): logger?(event)
            case .deliver(let deliver, let result): deliver(result)
            case .deliverLog(let log, let event): log(event)
            }
        }
    }
}
