import Foundation

/// One create running on its own unstructured task, so that it completes (and its id is recorded) even when the
/// caller that started it is cancelled or runs out of time. Callers wait for it cancellably; the first to leave
/// early marks it abandoned, and its outcome is then reported to `onAbandonedOutcome`.
final class CreateInFlight: @unchecked Sendable {
    /// The caller stopped waiting because its deadline passed.
    struct DeadlinePassed: Error {}

    private let lock = NSLock()
    /// The outcome once settled; the task behind one reference, so a queued create is a few words wide.
    private var settledOutcome: Result<OutOfLine<SubmittedTask>, any Error>?
    /// The callers waiting, by key (usually one: a short list, not a hash table).
    private var waiters: [(key: UUID, continuation: CheckedContinuation<Void, any Error>)] = []
    private var result: Result<SubmittedTask, any Error>? { settledOutcome.map { $0.map(\.value) } }
    private var abandoned = false
    private var started = false
    private var withdrawn = false
    private var attempt: SubmissionAttempt
    private let onAbandonedOutcome: @Sendable (AbandonedSubmission) -> Void

    init(attempt: SubmissionAttempt, onAbandonedOutcome: @escaping @Sendable (AbandonedSubmission) -> Void) {
        self.attempt = attempt
        self.onAbandonedOutcome = onAbandonedOutcome
    }

    /// The create as recorded, with ``SubmissionAttempt/endedAt`` once settled.
    var submission: SubmissionAttempt { lock.withLock { attempt } }

    /// Settles the create (called once, by the create's own task) and answers every waiter.
    func complete(_ outcome: Result<SubmittedTask, any Error>) {
        let (waiting, report): ([CheckedContinuation<Void, any Error>], AbandonedSubmission?) = lock.withLock {
            settledOutcome = outcome.map(OutOfLine.init)
            if attempt.endedAt == nil { attempt.endedAt = Date() }
            defer { waiters = [] }
            return (waiters.map(\.continuation), abandoned ? AbandonedSubmission(submission: attempt, outcome: Self.abandonedOutcome(outcome)) : nil)
        }
        for waiter in waiting { waiter.resume() }
        if let report { onAbandonedOutcome(report) }
    }

    /// Called by the queue's worker just before sending: `false` when the caller withdrew the create while it waited
    /// in the queue (see ``withdraw()``); then it is never sent.
    func begin() -> Bool {
        lock.withLock {
            if withdrawn { return false }
            started = true
            return true
        }
    }

    /// Withdraws a create its caller no longer wants: `true` when it had not started, so it will never be sent and no
    /// task can come of it; `false` once it started (then use ``abandon()``).
    func withdraw() -> Bool {
        lock.withLock {
            if started || settledOutcome != nil { return false }
            withdrawn = true
            return true
        }
    }

    /// Marks the create abandoned by its caller. Returns its result when it had already settled (then nothing is
    /// reported as abandoned: the caller can still be given the answer).
    func abandon() -> Result<SubmittedTask, any Error>? {
        let (settled, report): (Result<SubmittedTask, any Error>?, AbandonedSubmission?) = lock.withLock {
            if let result { return (result, nil) }
            if abandoned { return (nil, nil) }
            abandoned = true
            return (nil, AbandonedSubmission(submission: attempt, outcome: .pending))
        }
        if let report { onAbandonedOutcome(report) }
        return settled
    }

    /// Waits for the create's outcome; throws `CancellationError` at once when the calling task is cancelled and
    /// ``DeadlinePassed`` when `deadline` (on the clock of `deadlines`) passes first. Neither stops the create.
    func value(deadline: Duration?, deadlines: CreateDeadlines, clock: any SeedanceClock) async throws -> SubmittedTask {
        try await settled(deadline: deadline, deadlines: deadlines, clock: clock)
        return try settledTask()
    }

    /// Returns once the create is settled (read it with ``settledTask()``); throws as ``value(deadline:deadlines:clock:)``
    /// when its caller leaves first. A waiter is one stored continuation; its deadline is an entry in the client's
    /// ``CreateDeadlines``. Nothing large lives in this call's frame, which stays suspended while the create is queued
    /// and sent: the outcome is read afterwards, outside it.
    func settled(deadline: Duration?, deadlines: CreateDeadlines, clock: any SeedanceClock) async throws {
        let key = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                register(continuation, key: key, deadline: deadline, deadlines: deadlines, clock: clock)
            }
        } onCancel: {
            resumeWaiter(key, with: .failure(CancellationError()))
        }
    }

    /// The task of a settled create, or its error.
    @inline(never)
    func settledTask() throws -> SubmittedTask {
        try lock.withLock { settledOutcome ?? .failure(CancellationError()) }.get().value
    }

    /// Throws the error of a settled create that made no task; returns when it made one.
    @inline(never)
    func throwIfFailed() throws {
        let error: (any Error)? = lock.withLock {
            if case .failure(let error)? = settledOutcome { return error }
            return nil
        }
        if let error { throw error }
    }

    /// Stores `continuation` as waiter `key`, or resumes it at once when the create is settled, the calling task is
    /// cancelled or `deadline` has passed.
    @inline(never)
    private func register(
        _ continuation: CheckedContinuation<Void, any Error>, key: UUID, deadline: Duration?, deadlines: CreateDeadlines, clock: any SeedanceClock
    ) {
        let settled: Result<Void, any Error>? = lock.withLock {
            if settledOutcome != nil { return .success(()) }
            if Task.isCancelled { return .failure(CancellationError()) }
            if let deadline, deadline <= clock.now { return .failure(DeadlinePassed()) }
            waiters.append((key, continuation))
            return nil
        }
        if let settled {
            continuation.resume(with: settled)
        } else if let deadline {
            deadlines.add(deadline, key: key, create: self, clock: clock)
        }
    }

    /// Ends the wait of caller `key` with ``DeadlinePassed``, if it is still waiting.
    func deadlinePassed(for key: UUID) {
        resumeWaiter(key, with: .failure(DeadlinePassed()))
    }

    /// Ends one waiter early (cancelled, or out of time), if it is still waiting.
    private func resumeWaiter(_ key: UUID, with result: Result<Void, any Error>) {
        let waiter: CheckedContinuation<Void, any Error>? = lock.withLock {
            guard let index = waiters.firstIndex(where: { $0.key == key }) else { return nil }
            return waiters.remove(at: index).continuation
        }
        waiter?.resume(with: result)
    }

    private static func abandonedOutcome(_ result: Result<SubmittedTask, any Error>) -> AbandonedSubmission.Outcome {
        switch result {
        case .success(let task): .created(task)
        case .failure(let error as SeedanceError): .failed(error)
        case .failure(let error):
            .failed(SeedanceError(category: .transport, message: "the create ended with \(String(describing: type(of: error)))"))
        }
    }
}
