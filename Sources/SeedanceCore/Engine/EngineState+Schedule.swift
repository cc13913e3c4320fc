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
        if case .adaptive = configuration.strategy { plan = model.plan(for: task.key, hints: task.hints, at: now) }
        let deadline = task.waiters.compactMap { waiters[$0]?.deadline }.filter { $0 > now }.min()
        let situation = PollSituation(
            now: now, startedAt: task.startedAt, startKnown: task.startKnown, answeredPolls: task.answeredPolls,
            consecutiveFailures: task.consecutiveFailures, hints: task.hints, plan: plan, previousTarget: task.planTarget,
            progress: task.progress, deadline: deadline, jitterUnit: PollJitter.unit(seed: jitterSeed, taskID: id, poll: task.polls),
            probeFraction: probeFraction(for: task))
        let decision = PollSchedule.nextPoll(for: situation, strategy: configuration.strategy, jitter: configuration.jitter, finalPollLead: configuration.finalPollLead)
        task.planTarget = decision.target ?? task.planTarget
        tasks[id] = task
        enqueue(id, due: max(decision.due, notBefore ?? decision.due))
    }

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
