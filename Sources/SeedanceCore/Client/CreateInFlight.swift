import Foundation

/// One create running on its own unstructured task, so that it completes (and its id is recorded) even when the
/// caller that started it is cancelled or runs out of time. Callers wait for it cancellably; the first to leave
/// early marks it abandoned, and its outcome is then reported to `onAbandonedOutcome`.
final class CreateInFlight: @unchecked Sendable {
    /// The caller stopped waiting because its deadline passed.
    struct DeadlinePassed: Error {}

    private let lock = NSLock()
    private var result: Result<SubmittedTask, any Error>?
    private struct Waiter {
        let continuation: CheckedContinuation<SubmittedTask, any Error>
        /// Ends the wait at its deadline.
        var timer: Task<Void, Never>?
    }

    private var waiters: [UUID: Waiter] = [:]
    private var abandoned = false
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
        let (waiting, report): ([Waiter], AbandonedSubmission?) = lock.withLock {
            result = outcome
            if attempt.endedAt == nil { attempt.endedAt = Date() }
            defer { waiters = [:] }
            return (Array(waiters.values), abandoned ? AbandonedSubmission(submission: attempt, outcome: Self.abandonedOutcome(outcome)) : nil)
        }
        for waiter in waiting {
            waiter.timer?.cancel()
            waiter.continuation.resume(with: outcome)
        }
        if let report { onAbandonedOutcome(report) }
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
    /// ``DeadlinePassed`` when `deadline` (on `clock`) passes first. Neither stops the create. A waiter is one stored
    /// continuation, plus one sleeping timer task when it has a deadline (cancelled when the answer comes).
    func value(deadline: Duration?, clock: any SeedanceClock) async throws -> SubmittedTask {
        let key = UUID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<SubmittedTask, any Error>) in
                let settled: Result<SubmittedTask, any Error>? = lock.withLock {
                    if let result { return result }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if let deadline, deadline <= clock.now { return .failure(DeadlinePassed()) }
                    var waiter = Waiter(continuation: continuation)
                    if let deadline {
                        waiter.timer = Task { [weak self] in
                            try? await clock.sleep(until: deadline)
                            if !Task.isCancelled { self?.resumeWaiter(key, with: .failure(DeadlinePassed())) }
                        }
                    }
                    waiters[key] = waiter
                    return nil
                }
                if let settled { continuation.resume(with: settled) }
            }
        } onCancel: {
            resumeWaiter(key, with: .failure(CancellationError()))
        }
    }

    /// Ends one waiter early (cancelled, or out of time), if it is still waiting.
    private func resumeWaiter(_ key: UUID, with result: Result<SubmittedTask, any Error>) {
        guard let waiter = lock.withLock({ waiters.removeValue(forKey: key) }) else { return }
        waiter.timer?.cancel()
        waiter.continuation.resume(with: result)
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
