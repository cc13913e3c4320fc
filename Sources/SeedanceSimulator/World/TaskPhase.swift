/// Where a simulated task stands at a given moment.
public enum TaskPhase: Sendable, Hashable {
    /// Waiting to run.
    case queued
    /// Generating; `progress` grows linearly from 0 to 1 over the running time.
    case running(progress: Double)
    /// Finished with a video.
    case succeeded
    /// Finished without a video.
    case failed(FailureReason)
    /// Never ran: expired in the queue.
    case expired
    /// Cancelled while queued (or running, where a dialect allows it).
    case cancelled

    /// `true` once the task will not change any more.
    public var isTerminal: Bool {
        switch self {
        case .queued, .running: false
        case .succeeded, .failed, .expired, .cancelled: true
        }
    }

    /// Progress in `0 ... 1`: 0 while queued, the running fraction, 1 once succeeded (0 for other endings).
    public var progress: Double {
        switch self {
        case .running(let progress): progress
        case .succeeded: 1
        case .queued, .failed, .expired, .cancelled: 0
        }
    }
}

/// The lifecycle of a task as a pure function of time: queued until ``SimulatedTask/queuedFor``, running until
/// ``SimulatedTask/completionTime``, then its planned outcome; a cancellation ends it at ``SimulatedTask/cancelledAt``.
/// A task planned to expire stays queued until its completion time.
public enum TaskTimeline {
    /// The phase of `task` when the clock reads `now`.
    public static func phase(of task: SimulatedTask, at now: Duration) -> TaskPhase {
        let end = terminalTime(of: task)
        if let cancelledAt = task.cancelledAt, cancelledAt <= now, cancelledAt < end { return .cancelled }
        if now >= end {
            switch task.plannedOutcome {
            case .succeed: return .succeeded
            case .fail(let reason): return .failed(reason)
            case .expire: return .expired
            }
        }
        if case .expire = task.plannedOutcome { return .queued }
        let startsAt = task.createdAt + task.queuedFor
        guard now >= startsAt else { return .queued }
        let running = task.completionTime - task.queuedFor
        guard running > .zero else { return .running(progress: 0) }
        let progress = min(max((now - startsAt) / running, 0), 0.99)
        return .running(progress: progress)
    }

    /// The clock reading at which `task` reaches its planned terminal state (ignoring cancellation).
    public static func terminalTime(of task: SimulatedTask) -> Duration { task.createdAt + task.completionTime }

    /// The clock reading of the latest phase change at or before `now` (for `updated_at` fields).
    public static func lastChange(of task: SimulatedTask, at now: Duration) -> Duration {
        switch phase(of: task, at: now) {
        case .queued: task.createdAt
        case .running: task.createdAt + task.queuedFor
        case .cancelled: task.cancelledAt ?? task.createdAt
        case .succeeded, .failed, .expired: terminalTime(of: task)
        }
    }
}
