/// What the client knows about a task when a waiter asks the engine to track it.
package struct TrackingContext: Sendable {
    /// The kind of work, for learning and for choosing a learned plan.
    var key: WorkloadKey
    /// The dialect's hints for this work.
    var hints: PollingHints
    /// When the task was submitted on the engine's clock, if this client submitted it; otherwise the engine treats
    /// the task's age as unknown (first poll at once, no learning from it).
    var startedAt: Duration?
    /// For a client sharing its engine with other tenants (see `TrackingScope.swift`): its credentials' scope, so
    /// tasks of different tenants are never merged, and how it polls and logs this task. `nil`: the engine's own.
    var scope: TrackingScope?
}

/// How a `wait` is resumed: its snapshot comes back behind one reference, so the suspended frame holds a pointer
/// rather than a whole ``TaskSnapshot``.
typealias WaitContinuation = CheckedContinuation<OutOfLine<TaskSnapshot>, any Error>

/// Where a waiter's outcome goes.
enum WaiterSink: Sendable {
    /// A `wait`: resumed once with the terminal outcome, a timeout, or an error.
    case result(WaitContinuation)
    /// An `updates` stream: every observable change, then finished.
    case stream(AsyncThrowingStream<TaskSnapshot, any Error>.Continuation)
    /// A completion feed: called once with the terminal outcome, like a `wait`, without a suspended caller.
    case completion(@Sendable (Result<TaskSnapshot, any Error>) -> Void)
}

/// One caller's interest in a task.
struct Waiter: Sendable {
    let id: UInt64
    let taskID: TaskID
    let deadline: Duration?
    let sink: WaiterSink
    /// The last snapshot given to a stream waiter.
    var lastDelivered: TaskSnapshot? {
        get { storedDelivered?.value }
        set { storedDelivered = newValue.map(OutOfLine.init) }
    }
    private var storedDelivered: OutOfLine<TaskSnapshot>?

    init(id: UInt64, taskID: TaskID, deadline: Duration?, sink: WaiterSink) {
        self.id = id
        self.taskID = taskID
        self.deadline = deadline
        self.sink = sink
    }
}

/// The engine's record of one tracked task. It exists while at least one waiter is interested (or a poll for it
/// is in flight) and costs only this memory between polls.
struct TrackedTask: Sendable {
    /// The engine's key: the task id, qualified by its tenant's scope on a shared engine.
    let id: TaskID
    /// The provider's id, as callers see it in errors and events.
    let publicID: TaskID
    /// How this task is polled and logged, when its client shares the engine.
    let scope: TrackingScope?
    var key: WorkloadKey
    var hints: PollingHints
    var startedAt: Duration
    var startKnown: Bool
    var waiters: [UInt64] = []
    var lastSnapshot: TaskSnapshot? {
        get { storedSnapshot?.value }
        set { storedSnapshot = newValue.map(OutOfLine.init) }
    }
    private var storedSnapshot: OutOfLine<TaskSnapshot>?
    /// When a poll last saw the task not finished.
    var lastRunningAt: Duration?
    var progress: ProgressTrend?
    /// The plan time the scheduled poll is aimed at.
    var planTarget: Double?
    /// Polls sent, answered or not.
    var polls = 0
    var answeredPolls = 0
    var consecutiveFailures = 0
    /// Consecutive failures that retrying is unlikely to fix (see ``PollFailure``).
    var permanentFailures = 0
    var lastError: SeedanceError? {
        get { storedError?.value }
        set { storedError = newValue.map(OutOfLine.init) }
    }
    private var storedError: OutOfLine<SeedanceError>?
    /// When the current run of failed polls began (`nil` after an answered poll).
    var failingSince: Duration?
    /// When the queued poll is due (`nil` while a poll is in flight).
    var scheduledDue: Duration?
    /// Bumped whenever the task is rescheduled, so older queue entries are recognised as stale.
    var generation: UInt64 = 0
    var inFlight = false
    /// Whether the queued poll is aimed at ``planTarget`` (not moved by a deadline, a backoff or the tail rule).
    var aimed = false
    /// Planned polls skipped in a row on another task's evidence (see ``BatchCohorts``).
    var skips: UInt8 = 0

    init(id: TaskID, context: TrackingContext, now: Duration) {
        self.id = id
        publicID = context.scope == nil ? id : context.scope!.publicID(of: id)
        scope = context.scope
        key = context.key
        hints = context.hints
        startedAt = context.startedAt ?? now
        startKnown = context.startedAt != nil
    }

    /// Takes what a later waiter knows better: the submission time, and a more specific kind of work.
    mutating func refine(with context: TrackingContext) {
        if !startKnown, let startedAt = context.startedAt {
            self.startedAt = startedAt
            startKnown = true
        }
        if key.model == nil, context.key.model != nil {
            key = context.key
            hints = context.hints
        }
    }
}
