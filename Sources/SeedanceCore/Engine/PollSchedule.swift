/// What the engine knows about one task when it chooses that task's next poll.
struct PollSituation: Sendable {
    var now: Duration
    /// When the task was submitted (or first seen, when ``startKnown`` is false).
    var startedAt: Duration
    /// Whether ``startedAt`` is the submission time (the task was submitted through this client).
    var startKnown: Bool
    /// Polls that returned a snapshot.
    var answeredPolls: Int
    /// Polls in a row that failed (transport, 5xx, 429 …).
    var consecutiveFailures: Int
    var hints: PollingHints
    /// The learned plan: poll times in seconds after submission (see ``PollPlanner``).
    var plan: [Double]
    /// The plan time the previous poll was aimed at (jitter may have moved the poll itself a little).
    var previousTarget: Double?
    /// Progress the provider reported, when it does.
    var progress: ProgressTrend?
    /// The earliest deadline of the task's waiters that is still ahead.
    var deadline: Duration?
    /// A number in -1…1 fixed for this task and poll (see ``PollJitter``).
    var jitterUnit: Double
    /// Where this task probes before its first planned poll, as a fraction of that poll's time, when it is one of
    /// the few that explore (see ``PollSchedule/explorationRate``).
    var probeFraction: Double?
    /// The latest plan time at which an equal task was seen running, while the kind of work is being learned (see
    /// ``BatchCohorts``): the next planned poll goes after it.
    var runningFrontier: Double? = nil
}

/// The last two progress reports of a task.
struct ProgressTrend: Sendable {
    var previous: (at: Duration, progress: Double)?
    var latest: (at: Duration, progress: Double)

    /// Adds a report, keeping the last two.
    mutating func append(_ progress: Double, at time: Duration) {
        previous = latest
        latest = (time, progress)
    }

    /// When the task should finish if progress keeps its pace: from the last two reports, or from the submission
    /// time (when known) after a single report. `nil` when progress says nothing useful (stalled, 0 or 1).
    func estimatedCompletion(startedAt: Duration, startKnown: Bool) -> Duration? {
        let (time, progress) = latest
        guard progress > 0, progress < 1 else { return nil }
        if let previous {
            // Stalled progress says nothing about the end: let the plan decide.
            guard progress > previous.progress + 1e-6, time > previous.at else { return nil }
            let rate = (progress - previous.progress) / (time - previous.at).timeInterval
            return time + .clampedSeconds((1 - progress) / rate)
        }
        guard startKnown, progress >= 0.01, time > startedAt else { return nil }
        return startedAt + .clampedSeconds((time - startedAt).timeInterval / progress)
    }
}

/// A task's next poll.
struct PollDecision: Sendable, Equatable {
    /// When to poll.
    var due: Duration
    /// The plan time aimed at (seconds after submission), when the plan chose it.
    var target: Double?
}

/// Chooses a task's next poll time. Pure math, no I/O, no clock: the engine passes ``PollSituation/now``.
///
/// Adaptive placement, in order of precedence:
/// 1. after a failed poll: back off from the minimum interval, doubling per failure, up to the maximum (fixed
///    polling backs off the same way from its interval);
/// 2. a task of unknown age that was never answered: poll now;
/// 3. progress reported: poll just after the time the progress trend says the task ends (3% margin);
/// 4. the learned plan: the next planned time (at least the minimum interval after the previous poll); a few tasks
///    (``explorationRate``) first probe at a random fraction (¼…1) of the first planned time, so the engine keeps
///    learning when tasks that finish before its first poll finish (nothing else ever looks there);
/// 5. past the plan (a task slower than nearly all seen before): every 20% of the task's age.
/// Gaps after the first poll stay within the hints' minimum and maximum intervals and are jittered. Finally a
/// poll that would land after the earliest waiter's deadline is brought forward to `finalPollLead` before it.
enum PollSchedule {
    static let tailGrowth = 0.2
    static let progressMargin = 0.03
    static let explorationRate = 0.05

    static func nextPoll(for situation: PollSituation, strategy: PollingStrategy, jitter: Double, finalPollLead: Duration) -> PollDecision {
        var natural: Duration
        var target: Double?
        switch strategy {
        case .fixed(let interval):
            if situation.consecutiveFailures > 0 {
                let doubling = Double(1 << min(situation.consecutiveFailures - 1, 20))
                natural = situation.now + min(interval * doubling, max(interval, situation.hints.maximumInterval))
            } else if situation.answeredPolls == 0 && situation.consecutiveFailures == 0 && situation.startKnown {
                natural = max(situation.now, situation.startedAt + interval)
            } else if situation.answeredPolls == 0 && situation.consecutiveFailures == 0 {
                natural = situation.now
            } else {
                natural = situation.now + interval
            }
        case .adaptive:
            (natural, target) = adaptiveNext(situation, jitter: jitter)
        }
        let due = clipped(natural, situation: situation, finalPollLead: finalPollLead)
        return PollDecision(due: due, target: due == natural ? target : nil)
    }

    private static func adaptiveNext(_ situation: PollSituation, jitter: Double) -> (Duration, Double?) {
        let now = situation.now, hints = situation.hints
        let minimum = hints.minimumInterval.timeInterval, maximum = max(hints.maximumInterval.timeInterval, minimum)
        func jittered(_ gap: Double) -> Duration { now + .clampedSeconds(max(0, gap * (1 + jitter * situation.jitterUnit))) }

        if situation.consecutiveFailures > 0 {
            let doubling = Double(1 << min(situation.consecutiveFailures - 1, 20))
            return (jittered(min(max(minimum * doubling, minimum), maximum)), situation.previousTarget)
        }
        if !situation.startKnown && situation.answeredPolls == 0 { return (now, nil) }

        let elapsed = (now - situation.startedAt).timeInterval
        if let completion = situation.progress?.estimatedCompletion(startedAt: situation.startedAt, startKnown: situation.startKnown) {
            let age = max(0, (completion - situation.startedAt).timeInterval)
            let target = (completion - now).timeInterval + progressMargin * age
            return (now + .clampedSeconds(min(max(target, minimum), maximum)), nil)
        }
        let earliest = situation.answeredPolls == 0 ? elapsed : elapsed + minimum
        if let fraction = situation.probeFraction, situation.answeredPolls == 0, let first = situation.plan.first, first * fraction > elapsed {
            return (now + .clampedSeconds(first * fraction - elapsed), nil)
        }
        let previous = max(situation.previousTarget ?? -1, situation.runningFrontier ?? -1)
        if let offset = situation.plan.first(where: { $0 > previous && $0 >= earliest }) {
            var gap = offset - elapsed
            if situation.answeredPolls > 0 { gap = min(gap, maximum) }
            return (jittered(gap), offset)
        }
        if situation.answeredPolls == 0 && situation.plan.isEmpty {
            return (jittered(max(0, hints.firstPollDelay.timeInterval - elapsed)), nil)
        }
        return (jittered(min(max(elapsed * tailGrowth, minimum), maximum)), nil)
    }

    private static func clipped(_ natural: Duration, situation: PollSituation, finalPollLead: Duration) -> Duration {
        clip(natural, now: situation.now, deadline: situation.deadline, minimumInterval: situation.hints.minimumInterval, finalPollLead: finalPollLead)
    }

    /// `due`, or `finalPollLead` before `deadline` when `due` would land after that (unless that is closer to `now`
    /// than a quarter of the minimum interval).
    static func clip(_ due: Duration, now: Duration, deadline: Duration?, minimumInterval: Duration, finalPollLead: Duration) -> Duration {
        guard let deadline else { return due }
        let last = deadline - finalPollLead
        guard due > last else { return due }
        let closest = now + minimumInterval * 0.25
        return last >= closest ? last : due
    }
}

/// A deterministic jitter source: the same seed, task id and poll number always give the same value in -1…1, in
/// whatever order polls complete.
enum PollJitter {
    static func unit(seed: UInt64, taskID: TaskID, poll: Int) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in taskID.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        hash ^= UInt64(truncatingIfNeeded: poll) &* 0x9e37_79b9_7f4a_7c15
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return Double(hash >> 11) / Double(1 << 53) * 2 - 1
    }
}
