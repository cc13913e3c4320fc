/// A delivery the engine makes after releasing its lock (resuming or finishing can run other code).
enum EngineEffect {
    case resume(WaitContinuation, Result<TaskSnapshot, any Error>)
    case finish(AsyncThrowingStream<TaskSnapshot, any Error>.Continuation, (any Error)?)
    case log(SeedanceLogEvent)
    case deliver(@Sendable (Result<TaskSnapshot, any Error>) -> Void, Result<TaskSnapshot, any Error>)
    case deliverLog(SeedanceLogger, SeedanceLogEvent)
}

/// One poll handed to the engine's I/O side.
struct PollTicket: Sendable {
    let taskID: TaskID
    let generation: UInt64
    /// The task's tenant scope, whose poller fetches it (`nil`: the engine's own poller).
    var scope: TrackingScope?
    /// The kind of work and plan time of a poll whose answer is shared with equal tasks (see ``BatchCohorts``).
    var aim: (key: WorkloadKey, poll: BatchCohorts.Evidence)?
}

/// Everything the polling engine knows, as a state machine with no I/O and no clock: each method takes `now`.
/// The ``PollingEngine`` owns one behind a lock and performs the returned ``EngineEffect``s and ``PollTicket``s.
///
/// Due polls wait in a heap ordered by time; waiters' deadlines in another. Queue entries are never removed in
/// place: rescheduling a task bumps its generation, and entries whose generation no longer matches (or whose task
/// is gone) are skipped when they surface, and swept when they outnumber live ones.
struct EngineState {
    struct PollEntry {
        var due: Duration
        var sequence: UInt64
        var taskID: TaskID
    }

    struct DeadlineEntry {
        var at: Duration
        var sequence: UInt64
        var waiterID: UInt64
    }

    let configuration: EngineConfiguration
    let provider: ProviderID
    let jitterSeed: UInt64
    let logsEvents: Bool
    var tasks: [TaskID: TrackedTask] = [:]
    var waiters: [UInt64: Waiter] = [:]
    private(set) var governor = RateLimitGovernor()
    private(set) var inFlight = 0
    /// Waiters ever registered (for virtual-time drivers that must see a registration land).
    private(set) var registrations = 0
    /// Set by ``shutDown(error:)``: no waiter is registered any more.
    var isShutDown = false
    var model: CompletionTimeModel
    var cohorts = BatchCohorts()
    var polls = MinHeap<PollEntry> { ($0.due, $0.sequence) < ($1.due, $1.sequence) }
    private var deadlines = MinHeap<DeadlineEntry> { ($0.at, $0.sequence) < ($1.at, $1.sequence) }
    var sequence: UInt64 = 0

    init(configuration: EngineConfiguration, provider: ProviderID, jitterSeed: UInt64, logsEvents: Bool) {
        self.configuration = configuration
        self.provider = provider
        self.jitterSeed = jitterSeed
        self.logsEvents = logsEvents
        var pollCost = 0.08
        if case .adaptive(let cost) = configuration.strategy { pollCost = cost }
        model = CompletionTimeModel(memory: configuration.learningMemory, pollCost: pollCost)
    }

    /// Nothing tracked, nobody waiting, nothing in flight.
    var isEmpty: Bool { tasks.isEmpty && waiters.isEmpty && inFlight == 0 }

    // MARK: Waiters

    /// Adds `waiter` to its task (tracking the task if new) and schedules the task's next poll. A stream waiter
    /// joining a task already seen gets the last snapshot at once.
    mutating func register(_ waiter: Waiter, context: TrackingContext, now: Duration) {
        registrations += 1
        var task = tasks[waiter.taskID] ?? TrackedTask(id: waiter.taskID, context: context, now: now)
        task.refine(with: context)
        let scheduledDue = task.inFlight ? nil : task.scheduledDue
        task.waiters.append(waiter.id)
        var waiter = waiter
        if case .stream(let continuation) = waiter.sink, let snapshot = task.lastSnapshot {
            continuation.yield(snapshot)
            waiter.lastDelivered = snapshot
        }
        waiters[waiter.id] = waiter
        if let deadline = waiter.deadline {
            sequence += 1
            deadlines.push(DeadlineEntry(at: deadline, sequence: sequence, waiterID: waiter.id))
        }
        tasks[task.id] = task
        guard !task.inFlight else { return }
        // A task already scheduled keeps its poll: a new waiter can only bring it forward, for its own deadline.
        guard let scheduledDue else { return schedule(task.id, now: now) }
        let due = PollSchedule.clip(
            scheduledDue, now: now, deadline: waiter.deadline, minimumInterval: task.hints.minimumInterval,
            finalPollLead: configuration.finalPollLead)
        if due < scheduledDue {
            tasks[task.id]!.aimed = false
            enqueue(task.id, due: due)
        }
    }

    /// Removes one waiter's interest (cancellation, or a stream consumer that stopped). The task stops being
    /// polled when nobody else waits on it. A `wait` waiter is resumed with `error`.
    mutating func removeWaiter(_ id: UInt64, resumingWith error: (any Error)?) -> [EngineEffect] {
        guard let waiter = waiters.removeValue(forKey: id) else { return [] }
        detach(waiter)
        if case .result(let continuation) = waiter.sink, let error { return [.resume(continuation, .failure(error))] }
        return []
    }

    // MARK: Scheduler steps

    /// Times out waiters whose deadline has passed and takes the polls due now, within the concurrency bound and
    /// the rate-limit governor's pace.
    mutating func step(now: Duration) -> (launches: [PollTicket], effects: [EngineEffect]) {
        var effects: [EngineEffect] = []
        while let top = deadlines.top, top.at <= now {
            deadlines.pop()
            if let waiter = waiters[top.waiterID] { effects += timeOut(waiter) }
        }
        var launches: [PollTicket] = []
        while inFlight < configuration.maxConcurrentPolls, let top = polls.top {
            guard isLive(top) else {
                polls.pop()
                continue
            }
            guard top.due <= now, governor.earliestStart(at: now) <= now else { break }
            polls.pop()
            let aim: (key: WorkloadKey, poll: BatchCohorts.Evidence)?
            switch dueCheck(top.taskID, now: now) {
            case .poll(let shared): aim = shared
            case .wait(let key):
                tasks[top.taskID]!.scheduledDue = nil
                cohorts.hold(top.taskID, key: key)
                continue
            case .moveOn:
                schedule(top.taskID, now: now)
                continue
            }
            if let aim { cohorts.launched(aim.key, aim.poll, generation: top.sequence) }
            tasks[top.taskID]!.inFlight = true
            tasks[top.taskID]!.scheduledDue = nil
            tasks[top.taskID]!.polls += 1
            inFlight += 1
            governor.recordStart(at: now)
            launches.append(PollTicket(taskID: top.taskID, generation: top.sequence, scope: tasks[top.taskID]!.scope, aim: aim))
        }
        sweep()
        return (launches, effects)
    }

    /// When the scheduler must next run: the earliest deadline, or the earliest due poll (not before the
    /// governor allows) when a request slot is free. `nil` when nothing is scheduled.
    mutating func nextWake(now: Duration) -> Duration? {
        while let top = deadlines.top, waiters[top.waiterID] == nil { deadlines.pop() }
        while let top = polls.top, !isLive(top) { polls.pop() }
        var wake = deadlines.top?.at
        if inFlight < configuration.maxConcurrentPolls, let due = polls.top?.due {
            let start = max(due, governor.earliestStart(at: now))
            wake = min(wake ?? start, start)
        }
        return wake
    }

    // MARK: Poll results

    /// Applies the outcome of a poll: delivers changes to stream waiters, ends the waiters of a finished task,
    /// learns from it, or schedules the next poll.
    mutating func complete(_ ticket: PollTicket, with result: Result<TaskSnapshot, any Error>, now: Duration) -> [EngineEffect] {
        inFlight -= 1
        if let aim = ticket.aim { shareAnswer(of: ticket, aim: aim, result: result, now: now) }
        guard var task = tasks[ticket.taskID] else { return [] }
        task.inFlight = false
        switch result {
        case .success(let snapshot):
            return apply(snapshot, to: task, now: now)
        case .failure(let error):
            let seedanceError =
                (error as? SeedanceError)
                ?? SeedanceError(category: .transport, provider: task.key.provider, message: String(describing: error), taskID: task.publicID)
            task.lastError = seedanceError
            let failingSince = task.failingSince ?? now
            task.failingSince = failingSince
            var notBefore: Duration?
            switch PollFailure(error) {
            case .terminal:
                tasks[task.id] = nil
                return end(task, with: .failure(TerminalOutcome.surfaced(seedanceError, for: task)))
            case .rateLimited(let retryAfter):
                governor.recordRateLimited(retryAfter: retryAfter, at: now)
                notBefore = governor.pausedUntil
            case .transient:
                task.consecutiveFailures += 1
            case .permanent:
                task.consecutiveFailures += 1
                task.permanentFailures += 1
                if task.permanentFailures >= configuration.permanentErrorThreshold {
                    tasks[task.id] = nil
                    return end(task, with: .failure(TerminalOutcome.surfaced(seedanceError, for: task)))
                }
            }
            if now - failingSince >= configuration.failureTolerance {
                tasks[task.id] = nil
                return end(task, with: .failure(TerminalOutcome.failingTooLong(seedanceError, for: task, since: failingSince, now: now)))
            }
            tasks[task.id] = task
            if task.waiters.isEmpty { tasks[task.id] = nil } else { schedule(task.id, now: now, notBefore: notBefore) }
            return []
        }
    }

    private mutating func apply(_ snapshot: TaskSnapshot, to task: TrackedTask, now: Duration) -> [EngineEffect] {
        var task = task
        governor.recordAnswer(at: now)
        task.answeredPolls += 1
        task.consecutiveFailures = 0
        task.permanentFailures = 0
        task.failingSince = nil
        task.lastError = nil
        task.lastSnapshot = snapshot
        for id in task.waiters {
            guard var waiter = waiters[id], case .stream(let continuation) = waiter.sink,
                snapshot.isObservableChange(from: waiter.lastDelivered)
            else { continue }
            continuation.yield(snapshot)
            waiter.lastDelivered = snapshot
            waiters[id] = waiter
        }
        if snapshot.status.isTerminal {
            release(cohorts.sawFinished(task.key), now: now)
            // Only the adaptive strategy reads the model (and so applies what was recorded): fixed polling learns
            // nothing, or its records would pile up.
            if snapshot.status == .succeeded, case .adaptive = configuration.strategy { learn(from: task, snapshot: snapshot, now: now) }
            tasks[task.id] = nil
            var effects = end(task, with: TerminalOutcome.result(for: snapshot, provider: task.key.provider, attempts: task.polls).mapError { $0 as any Error })
            let finished = SeedanceLogEvent(
                kind: .taskFinished, provider: task.key.provider, attempt: task.polls, decision: snapshot.rawStatus, taskID: task.publicID)
            if let scope = task.scope {
                if let log = scope.logger { effects.append(.deliverLog(log, finished)) }
            } else if logsEvents {
                effects.append(.log(finished))
            }
            return effects
        }
        task.lastRunningAt = now
        if let progress = snapshot.progress, progress.isFinite {
            if task.progress == nil { task.progress = ProgressTrend(previous: nil, latest: (now, progress)) } else { task.progress!.append(progress, at: now) }
        }
        tasks[task.id] = task
        if task.waiters.isEmpty { tasks[task.id] = nil } else { schedule(task.id, now: now) }
        return []
    }

    // MARK: Helpers

    private mutating func timeOut(_ waiter: Waiter) -> [EngineEffect] {
        waiters[waiter.id] = nil
        guard let task = tasks[waiter.taskID] else { return [] }
        let error = TerminalOutcome.timeout(for: task, provider: task.key.provider)
        detach(waiter)
        switch waiter.sink {
        case .result(let continuation): return [.resume(continuation, .failure(error))]
        case .stream(let continuation): return [.finish(continuation, error)]
        case .completion(let deliver): return [.deliver(deliver, .failure(error))]
        }
    }

    /// Ends every waiter of `task` (already removed from ``tasks``) with `outcome`.
    private mutating func end(_ task: TrackedTask, with outcome: Result<TaskSnapshot, any Error>) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        for id in task.waiters {
            guard let waiter = waiters.removeValue(forKey: id) else { continue }
            switch (waiter.sink, outcome) {
            case (.result(let continuation), _): effects.append(.resume(continuation, outcome))
            case (.completion(let deliver), _): effects.append(.deliver(deliver, outcome))
            case (.stream(let continuation), .success): effects.append(.finish(continuation, nil))
            case (.stream(let continuation), .failure(let error)):
                let endsNormally = (error as? SeedanceError).map { [.taskFailed, .taskExpired, .cancelled].contains($0.category) } ?? false
                effects.append(.finish(continuation, endsNormally ? nil : error))
            }
        }
        return effects
    }

    private mutating func detach(_ waiter: Waiter) {
        guard var task = tasks[waiter.taskID] else { return }
        task.waiters.removeAll { $0 == waiter.id }
        tasks[task.id] = task.waiters.isEmpty && !task.inFlight ? nil : task
    }

    private func isLive(_ entry: PollEntry) -> Bool { Self.isLive(entry, in: tasks) }

    private static func isLive(_ entry: PollEntry, in tasks: [TaskID: TrackedTask]) -> Bool {
        guard let task = tasks[entry.taskID] else { return false }
        return task.generation == entry.sequence && !task.inFlight && !task.waiters.isEmpty
    }

    private mutating func sweep() {
        if polls.count > 2 * tasks.count + 1024 {
            let tasks = self.tasks
            polls.compact { Self.isLive($0, in: tasks) }
        }
        if deadlines.count > 2 * waiters.count + 1024 {
            let waiters = self.waiters
            deadlines.compact { waiters[$0.waiterID] != nil }
        }
    }
}
