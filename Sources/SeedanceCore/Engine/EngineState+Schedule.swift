/// Scheduling and learning: where each task's next poll goes, and what finished tasks teach the model.
extension EngineState {
    /// The plan the engine follows for work like `request` at `now` (for benchmarks and diagnostics).
    mutating func plan(for request: VideoRequest?, defaultModel: ModelID?, hints: PollingHints, now: Duration) -> [Double] {
        model.plan(for: WorkloadKey(provider: provider, request: request, defaultModel: defaultModel), hints: hints, at: now)
    }

    /// Computes task `id`'s next poll (never before `notBefore`) and queues it under a new generation.
    mutating func schedule(_ id: TaskID, now: Duration, notBefore: Duration? = nil) {
        guard var task = tasks[id], !task.inFlight, !task.waiters.isEmpty else { return }
        var plan: [Double] = []
        var runningFrontier: Double?
        if case .adaptive = configuration.strategy {
            plan = model.plan(for: task.key, hints: task.hints, at: now)
            if sharesPolls(task.key) { runningFrontier = cohorts.runningAt(task.key, before: task.startedAt) }
        }
        let deadline = task.waiters.compactMap { waiters[$0]?.deadline }.filter { $0 > now }.min()
        let situation = PollSituation(
            now: now, startedAt: task.startedAt, startKnown: task.startKnown, answeredPolls: task.answeredPolls,
            consecutiveFailures: task.consecutiveFailures, hints: task.hints, plan: plan, previousTarget: task.planTarget,
            progress: task.progress, deadline: deadline, jitterUnit: PollJitter.unit(seed: jitterSeed, taskID: id, poll: task.polls),
            probeFraction: probeFraction(for: task), runningFrontier: runningFrontier)
        let decision = PollSchedule.nextPoll(
            for: situation, strategy: configuration.strategy, jitter: configuration.jitter, finalPollLead: configuration.finalPollLead)
        task.planTarget = decision.target ?? task.planTarget
        task.aimed = decision.target != nil
        tasks[id] = task
        enqueue(id, due: max(decision.due, notBefore ?? decision.due))
    }

    /// What to do with a task's poll that is due now.
    enum DueAction {
        /// Send it; with `aim`, its answer is shared with equal tasks.
        case poll(aim: (key: WorkloadKey, poll: BatchCohorts.Evidence)?)
        /// Wait for the poll of an equal task in flight (see ``BatchCohorts``).
        case wait(WorkloadKey)
        /// Its plan time is no longer worth a poll: schedule the next one.
        case moveOn
    }

    /// Looks at a due poll of task `id` once more before it is sent. A poll aimed at a plan time is skipped when an
    /// equal task was seen running at that plan time or later, and waits while such a poll is in flight (only while
    /// the kind of work is being learned: ``BatchCohorts``); a first poll is skipped when the learned plan has since
    /// moved its first time past the one this poll was aimed at.
    mutating func dueCheck(_ id: TaskID, now: Duration) -> DueAction {
        guard case .adaptive = configuration.strategy, let task = tasks[id], task.aimed, let target = task.planTarget,
            task.consecutiveFailures == 0, task.progress == nil
        else { return .poll(aim: nil) }
        if sharesPolls(task.key) {
            if task.skips < BatchCohorts.maximumSkips {
                if let seen = cohorts.runningAt(task.key, before: task.startedAt), seen >= target {
                    tasks[id]!.skips += 1
                    return .moveOn
                }
                if cohorts.hasPollInFlight(task.key, atOrAfter: target, before: task.startedAt) { return .wait(task.key) }
            }
            tasks[id]!.skips = 0
            return .poll(aim: (task.key, BatchCohorts.Evidence(target: target, start: task.startedAt)))
        }
        if task.answeredPolls == 0, let first = model.plan(for: task.key, hints: task.hints, at: now).first, first > target { return .moveOn }
        return .poll(aim: nil)
    }

    /// Shares what a poll aimed at a plan time saw with the equal tasks waiting for it, and queues them again.
    mutating func shareAnswer(
        of ticket: PollTicket, aim: (key: WorkloadKey, poll: BatchCohorts.Evidence), result: Result<TaskSnapshot, any Error>, now: Duration
    ) {
        let sawRunning = (try? result.get()).map { !$0.status.isTerminal } ?? false
        let held = cohorts.returned(
            aim.key, generation: ticket.generation, sawRunning: sawRunning, forget: !sharesPolls(aim.key))
        release(held, now: now)
    }

    /// Queues the tasks that waited for another's poll again, due now.
    mutating func release(_ held: [TaskID], now: Duration) {
        for id in held where tasks[id].map({ !$0.inFlight }) == true { enqueue(id, due: now) }
    }

    /// Whether tasks of kind `key` share their polls (``BatchCohorts``): none was seen finished, and the learned
    /// plan still rests on the prior.
    func sharesPolls(_ key: WorkloadKey) -> Bool { cohorts.isSharing(key) && model.isLearning(key) }

    /// Queues task `id`'s next poll at `due` under a new generation (older queue entries become stale).
    mutating func enqueue(_ id: TaskID, due: Duration) {
        sequence += 1
        tasks[id]?.generation = sequence
        tasks[id]?.scheduledDue = due
        polls.push(PollEntry(due: due, sequence: sequence, taskID: id))
    }

    /// For the few tasks (``PollSchedule/explorationRate``) that explore: where they probe before the first
    /// planned poll, as a fraction of its time (¼…1). Fixed per task id and seed.
    func probeFraction(for task: TrackedTask) -> Double? {
        guard task.startKnown else { return nil }
        let draw = (PollJitter.unit(seed: ~jitterSeed, taskID: task.id, poll: 0) + 1) / 2
        guard draw < PollSchedule.explorationRate else { return nil }
        return 0.25 + 0.75 * draw / PollSchedule.explorationRate
    }

    /// Feeds a succeeded task's completion time, as bracketed by its polls, to the learned model.
    mutating func learn(from task: TrackedTask, snapshot: TaskSnapshot, now: Duration) {
        guard task.startKnown else { return }
        let lower = ((task.lastRunningAt ?? task.startedAt) - task.startedAt).timeInterval
        let upper = (now - task.startedAt).timeInterval
        var observation = CompletionObservation(lower: lower, upper: upper)
        if let created = snapshot.createdAt, let completed = snapshot.completedAt {
            let reported = completed.timeIntervalSince(created)
            if reported >= lower - 2, reported <= upper + 2 {
                let exact = min(max(reported, lower), upper)
                observation = CompletionObservation(lower: exact, upper: exact)
            }
        }
        model.record(observation, for: task.key, hints: task.hints, at: now)
    }
}
