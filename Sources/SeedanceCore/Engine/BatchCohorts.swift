/// Polls of equal tasks, shared as evidence while the engine has not learned how long that kind of work takes.
///
/// Before a kind of work (``WorkloadKey``) has ``CompletionTimeModel/minimumObservations`` finished tasks, every
/// task of that kind follows the plan of the dialect's prior, which places several polls before the typical end. A
/// batch of equal tasks submitted together would then spend those polls on every task. Instead, the tasks of one
/// kind share what their polls see, measured in age (time since submission) along the same plan:
/// - a poll aimed at plan time *t* is skipped (the task moves to its next planned time) when another task of that
///   kind was already seen running at a planned time ≥ *t*: an equal task is running at that age too;
/// - it waits while such a poll of another task is in flight, and is looked at again when that poll returns.
///
/// So the first tasks of a batch scout the plan, and the others poll about once, at the first planned time after
/// the last one seen running. Once the kind has enough finished tasks, its learned plan decides alone (nothing is
/// kept for it here any more).
struct BatchCohorts {
    private struct Cohort {
        /// The latest planned time at which a task of this kind was seen running.
        var runningAt: Double?
        /// Plan times of the polls in flight, by ticket generation.
        var inFlight: [UInt64: Double] = [:]
        /// Tasks whose due poll waits for a poll in flight.
        var held: [TaskID] = []
    }

    private var cohorts: [WorkloadKey: Cohort] = [:]

    /// The latest planned time at which a task of kind `key` was seen running.
    func runningAt(_ key: WorkloadKey) -> Double? { cohorts[key]?.runningAt }

    /// Whether a poll of kind `key` aimed at plan time `target` or later is in flight.
    func hasPollInFlight(_ key: WorkloadKey, atOrAfter target: Double) -> Bool {
        cohorts[key]?.inFlight.values.contains { $0 >= target } ?? false
    }

    /// Notes a poll aimed at plan time `target`, sent under ticket `generation`.
    mutating func launched(_ key: WorkloadKey, target: Double, generation: UInt64) {
        cohorts[key, default: Cohort()].inFlight[generation] = target
    }

    /// Parks task `id` until a poll of kind `key` in flight returns.
    mutating func hold(_ id: TaskID, key: WorkloadKey) {
        cohorts[key, default: Cohort()].held.append(id)
    }

    /// Notes the return of the poll sent under `generation` (which saw the task running at plan time `target` when
    /// `sawRunning`), and returns the tasks held for kind `key`, to be looked at again. With `forget`, drops
    /// everything kept for `key`.
    mutating func returned(_ key: WorkloadKey, generation: UInt64, target: Double, sawRunning: Bool, forget: Bool) -> [TaskID] {
        guard var cohort = cohorts[key] else { return [] }
        cohort.inFlight[generation] = nil
        if sawRunning { cohort.runningAt = max(cohort.runningAt ?? target, target) }
        let held = cohort.held
        cohort.held = []
        cohorts[key] = forget ? nil : cohort
        return held
    }

    /// Forgets everything (shutdown).
    mutating func removeAll() { cohorts.removeAll() }
}
