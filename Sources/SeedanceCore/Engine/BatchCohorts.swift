/// Polls of equal tasks, shared as evidence while the engine knows nothing yet about how long that kind of work takes.
///
/// Before any task of a kind of work (``WorkloadKey``) has been seen finished, every task of that kind follows
/// the plan of the dialect's prior, which places several polls before the typical end. A batch of equal tasks
/// submitted one after another would then spend those polls on every task. Instead, what a poll sees is shared,
/// measured in age (time since submission) along the same plan, from older tasks to younger ones:
/// - a poll aimed at plan time *t* is skipped (the task moves to its next planned time) when a task of that kind
///   submitted earlier was seen running at a planned time ≥ *t*: an equal, younger task is running at that age too;
/// - it waits while such a poll of an older task is in flight, and is looked at again when that poll returns.
///
/// So the oldest tasks of a batch scout the plan and the others poll about once, at the first planned time after
/// the last one seen running. Tasks submitted at the same instant share nothing. Sharing stops for a kind as soon
/// as one of its tasks is seen finished (from then on what the engine learns decides), and a task skips at most
/// ``maximumSkips`` planned polls in a row.
struct BatchCohorts {
    /// A poll aimed at plan time `target` of a task submitted at `start`.
    struct Evidence {
        var target: Double
        var start: Duration
    }

    private struct Cohort {
        /// The latest planned time at which a task of this kind was seen running, and when that task started.
        var running: Evidence?
        /// The polls in flight, by ticket generation.
        var inFlight: [UInt64: Evidence] = [:]
        /// Tasks whose due poll waits for a poll in flight.
        var held: [TaskID] = []
    }

    /// A task skips at most this many planned polls in a row on another task's evidence, so a longer task that
    /// happens to poll first never holds back one that is already done.
    static let maximumSkips = 3

    private var cohorts: [WorkloadKey: Cohort] = [:]
    /// Kinds of work of which a task was seen finished: their durations are real data, no longer shared guesses.
    private var finishedKinds: Set<WorkloadKey> = []

    /// Whether tasks of kind `key` share their polls: none of them was seen finished yet.
    func isSharing(_ key: WorkloadKey) -> Bool { !finishedKinds.contains(key) }

    /// The latest planned time at which a task of kind `key` submitted before `start` was seen running.
    func runningAt(_ key: WorkloadKey, before start: Duration) -> Double? {
        cohorts[key]?.running.flatMap { $0.start < start ? $0.target : nil }
    }

    /// Notes that a task of kind `key` was seen finished: its kind stops sharing, and the tasks held for it are
    /// returned, to be looked at again.
    mutating func sawFinished(_ key: WorkloadKey) -> [TaskID] {
        guard finishedKinds.insert(key).inserted else { return [] }
        return cohorts.removeValue(forKey: key)?.held ?? []
    }

    /// Whether a poll of kind `key` aimed at plan time `target` or later, of a task submitted before `start`, is
    /// in flight.
    func hasPollInFlight(_ key: WorkloadKey, atOrAfter target: Double, before start: Duration) -> Bool {
        cohorts[key]?.inFlight.values.contains { $0.target >= target && $0.start < start } ?? false
    }

    /// Notes a poll sent under ticket `generation`.
    mutating func launched(_ key: WorkloadKey, _ poll: Evidence, generation: UInt64) {
        cohorts[key, default: Cohort()].inFlight[generation] = poll
    }

    /// Parks task `id` until a poll of kind `key` in flight returns.
    mutating func hold(_ id: TaskID, key: WorkloadKey) {
        cohorts[key, default: Cohort()].held.append(id)
    }

    /// Notes the return of the poll sent under `generation` (which saw its task running when `sawRunning`), and
    /// returns the tasks held for kind `key`, to be looked at again. With `forget`, drops everything kept for `key`.
    mutating func returned(_ key: WorkloadKey, generation: UInt64, sawRunning: Bool, forget: Bool) -> [TaskID] {
        guard var cohort = cohorts[key] else { return [] }
        let poll = cohort.inFlight.removeValue(forKey: generation)
        if sawRunning, let poll {
            if let seen = cohort.running, seen.target > poll.target || (seen.target == poll.target && seen.start >= poll.start) {
                // Keeps the latest plan time, and at that time the youngest task (it speaks for more tasks).
            } else {
                cohort.running = poll
            }
        }
        let held = cohort.held
        cohort.held = []
        cohorts[key] = forget ? nil : cohort
        return held
    }

    /// Forgets everything (shutdown).
    mutating func removeAll() {
        cohorts.removeAll()
        finishedKinds.removeAll()
    }
}
