/// How the engine treats a poll that did not return a snapshot.
enum PollFailure: Equatable {
    /// A 429: slow every poll of the provider (see ``RateLimitGovernor``), retry this one after the pause. A 429
    /// whose provider code says it is not retryable (``SeedanceError/isRetryable`` `false`: a spending or quota
    /// limit, not a rate) is ``permanent`` instead, so it ends the wait with that error.
    case rateLimited(retryAfter: Duration?)
    /// Retrying may help (network, timeouts, 5xx, unreadable bodies …): retry with backoff; waiters hear of it only
    /// when polls keep failing for ``EngineConfiguration/failureTolerance``.
    case transient
    /// Retrying will not help (`notFound`, `authentication`, `insufficientCredits`, `invalidRequest`,
    /// `unsupported`): retried a few times (a task can be briefly unknown right after its creation), then given
    /// to the waiters.
    case permanent
    /// The status endpoint said the task is over (`taskFailed`, `contentRejected`, `taskExpired`, `cancelled`):
    /// given to the waiters at once.
    case terminal

    init(_ error: any Error) {
        guard let error = error as? SeedanceError else {
            self = .transient
            return
        }
        switch error.category {
        case .rateLimited: self = error.isRetryable ? .rateLimited(retryAfter: error.category.retryAfter) : .permanent
        case .notFound, .authentication, .insufficientCredits, .invalidRequest, .unsupported: self = .permanent
        case .taskFailed, .contentRejected, .taskExpired, .cancelled: self = .terminal
        default:  // .server, .transport, .timeout, .decoding, .outcomeUnknown, .shutdown and categories added later
            self = .transient
        }
    }
}

/// The outcome a waiter receives once its task ends.
enum TerminalOutcome {
    /// `.success` for a succeeded snapshot; otherwise the `SeedanceError` for `failed` (`.taskFailed`), `expired`
    /// (`.taskExpired`) or `cancelled` (`.cancelled`), carrying the task id, the snapshot and the poll count.
    static func result(for snapshot: TaskSnapshot, provider: ProviderID, attempts: Int) -> Result<TaskSnapshot, SeedanceError> {
        let category: SeedanceError.Category
        let verb: String
        switch snapshot.status {
        case .succeeded: return .success(snapshot)
        case .failed: (category, verb) = (.taskFailed, "failed")
        case .expired: (category, verb) = (.taskExpired, "expired before it ran")
        case .cancelled: (category, verb) = (.cancelled, "was cancelled on the provider's side")
        case .queued, .running, .unknown: return .success(snapshot)
        }
        var message = "task \(snapshot.id.rawValue) \(verb)"
        if let failure = snapshot.failure, !failure.message.isEmpty { message += ": \(failure.message)" }
        return .failure(
            SeedanceError(
                category: category, provider: provider, providerCode: snapshot.failure?.code, message: message,
                taskID: snapshot.id, lastSnapshot: snapshot, attempts: attempts))
    }

    /// The `.timeout` error for a wait whose deadline passed.
    static func timeout(for task: TrackedTask, provider: ProviderID) -> SeedanceError {
        var message = "task \(task.publicID.rawValue) did not finish before the wait's deadline"
        message += " (\(task.polls) poll\(task.polls == 1 ? "" : "s")"
        if let status = task.lastSnapshot?.rawStatus { message += ", last status \"\(status)\"" }
        message += ")"
        if let error = task.lastError { message += "; the last poll failed: \(error.category.name): \(error.message)" }
        return SeedanceError(
            category: .timeout, provider: provider, message: message, taskID: task.publicID, lastSnapshot: task.lastSnapshot,
            attempts: task.polls)
    }

    /// The last poll error, given to the waiters because every poll of the task failed from `since` to `now`
    /// (``EngineConfiguration/failureTolerance``): its category, status and codes are the last error's; its message
    /// says how long polls failed.
    static func failingTooLong(_ error: SeedanceError, for task: TrackedTask, since: Duration, now: Duration) -> SeedanceError {
        var error = surfaced(error, for: task)
        let seconds = Int((now - since).timeInterval.rounded())
        error.message =
            "task \(task.id.rawValue): every poll failed for \(seconds) s, so the wait gave up (the task may still be running); the last poll failed: \(error.message)"
        return error
    }

    /// `error` with the task's id, last snapshot and poll count filled in.
    static func surfaced(_ error: SeedanceError, for task: TrackedTask) -> SeedanceError {
        var error = error
        error.taskID = error.taskID ?? task.publicID
        error.lastSnapshot = error.lastSnapshot ?? task.lastSnapshot
        error.attempts = task.polls
        return error
    }
}
