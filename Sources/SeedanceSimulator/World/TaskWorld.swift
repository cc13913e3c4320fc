import Foundation
import SeedanceCore

/// The simulated world of tasks: creates them (planning timing and outcome with seeded draws), and observes them
/// by computing their phase from the clock. Tasks are kept per dialect: a dialect only sees its own.
///
/// Dialects reach it through ``DialectContext`` (which also counts commits and schedules callbacks); tests may use
/// it directly through ``Simulator/world``.
public actor TaskWorld {
    /// The outcome of ``cancel(_:dialect:allowRunning:)``.
    public enum CancelResult: Sendable, Hashable {
        /// The task is now cancelled.
        case cancelled(TaskObservation)
        /// The task's phase does not allow it (already running or finished); nothing changed.
        case notCancellable(TaskObservation)
        /// No such task for this dialect.
        case notFound
    }

    /// The time source every phase is computed from.
    public nonisolated let clock: any SeedanceClock
    private let configuration: SimulatorConfiguration
    private let startClock: Duration
    private let startDate: Date
    private let counters: CounterStore
    private var random: SeededRandom
    private var tasks: [String: SimulatedTask] = [:]
    private var creationOrder: [String] = []
    private var sequence = 0

    init(configuration: SimulatorConfiguration, counters: CounterStore) {
        self.configuration = configuration
        self.clock = configuration.clock
        self.startClock = configuration.clock.now
        self.startDate = configuration.startDate ?? Date()
        self.counters = counters
        self.random = SeededRandom(seed: configuration.randomSeed)
    }

    /// The simulator's calendar date at clock reading `reading`.
    public nonisolated func date(at reading: Duration) -> Date {
        startDate.addingTimeInterval((reading - startClock).timeInterval)
    }

    /// The simulator's calendar date now.
    public nonisolated var currentDate: Date { date(at: clock.now) }

    /// Creates a task from `draft` for `dialect`, with an id in `idFormat` and result links on `mediaOrigin`, and
    /// counts it in ``SimulatorCounters/createsCommitted``. The task starts queued at the current clock reading.
    public func create(_ draft: TaskDraft, dialect: String, idFormat: TaskIDFormat, mediaOrigin: URL) -> SimulatedTask {
        sequence += 1
        let now = clock.now
        let createdDate = date(at: now)
        let draw = random.unit()
        let completion = draft.completionTime ?? configuration.completionTime.draw(using: &random)
        let outcome: PlannedOutcome
        if let planned = draft.outcome {
            outcome = planned
        } else if configuration.rejectsPrompt(draft.prompt) {
            outcome = .fail(.contentRejected)
        } else if draw < configuration.failureRate {
            outcome = .fail(.generationFailed)
        } else if draw < configuration.failureRate + configuration.expiryRate {
            outcome = .expire
        } else {
            outcome = .succeed
        }
        var id = ""
        repeat {
            id = idFormat.id(for: TaskIDFormat.Input(sequence: sequence, date: createdDate, random: (random.next(), random.next())))
        } while tasks[id] != nil
        let task = SimulatedTask(
            id: id, dialect: dialect, sequence: sequence, model: draft.model, prompt: draft.prompt, params: draft.params,
            createdAt: now, createdDate: createdDate, queuedFor: completion * min(max(configuration.queuedFraction, 0), 1),
            completionTime: completion, plannedOutcome: outcome, cancelledAt: nil, isDeleted: false,
            callbackURL: draft.callbackURL, returnLastFrame: draft.returnLastFrame, echo: draft.echo,
            drawnSeed: Int64(random.next() % 4_294_967_296), mediaBaseURL: mediaOrigin, metadata: draft.metadata,
            resultVideo: draft.resultVideo)
        tasks[id] = task
        creationOrder.append(id)
        counters.update { $0.createsCommitted += 1 }
        return task
    }

    /// The task `id` (of `dialect`, when given), or `nil` when unknown, deleted or another dialect's.
    public func task(_ id: String, dialect: String? = nil) -> SimulatedTask? {
        guard let task = tasks[id], !task.isDeleted, dialect == nil || task.dialect == dialect else { return nil }
        return task
    }

    /// The task `id` as it stands now, or `nil` (see ``task(_:dialect:)``).
    public func observe(_ id: String, dialect: String? = nil) -> TaskObservation? {
        task(id, dialect: dialect).map { observation(of: $0, at: clock.now) }
    }

    /// Every live task (of `dialect`, when given) as it stands now, newest first.
    public func observeAll(dialect: String? = nil) -> [TaskObservation] {
        let now = clock.now
        return creationOrder.reversed().compactMap { task($0, dialect: dialect) }.map { observation(of: $0, at: now) }
    }

    /// Cancels `id` if it is queued (or running too, with `allowRunning`).
    public func cancel(_ id: String, dialect: String? = nil, allowRunning: Bool = false) -> CancelResult {
        guard var task = task(id, dialect: dialect) else { return .notFound }
        let now = clock.now
        let current = observation(of: task, at: now)
        switch current.phase {
        case .queued: break
        case .running where allowRunning: break
        default: return .notCancellable(current)
        }
        task.cancelledAt = now
        tasks[id] = task
        return .cancelled(observation(of: task, at: now))
    }

    /// Deletes the record of `id`, whatever its phase (the dialect decides what it allows first). Returns the task
    /// as it stood, or `nil` when there is none.
    @discardableResult
    public func delete(_ id: String, dialect: String? = nil) -> TaskObservation? {
        guard var task = task(id, dialect: dialect) else { return nil }
        let last = observation(of: task, at: clock.now)
        task.isDeleted = true
        tasks[id] = task
        return last
    }

    /// Applies `change` to task `id` (for dialect-specific state); returns the updated task, or `nil`.
    @discardableResult
    public func update(_ id: String, _ change: @Sendable (inout SimulatedTask) -> Void) -> SimulatedTask? {
        guard var task = tasks[id] else { return nil }
        change(&task)
        tasks[id] = task
        return task
    }

    /// The number of tasks ever created (deleted ones included).
    public var taskCount: Int { tasks.count }

    /// `task` as it stands at clock reading `now`.
    public nonisolated func observation(of task: SimulatedTask, at now: Duration) -> TaskObservation {
        let phase = TaskTimeline.phase(of: task, at: now)
        let observedAt = date(at: now)
        let finishedAt = phase.isTerminal ? date(at: TaskTimeline.lastChange(of: task, at: now)) : nil
        var result = TaskObservation(
            task: task, phase: phase, observedAt: observedAt,
            updatedAt: date(at: TaskTimeline.lastChange(of: task, at: now)), finishedAt: finishedAt)
        if !phase.isTerminal { result.remaining = max(.zero, TaskTimeline.terminalTime(of: task) - now) }
        if phase == .succeeded {
            let expires = configuration.media.resultURLLifetime.map { observedAt.addingTimeInterval($0.timeInterval) }
            result.videoURL = MediaPaths.url(
                base: task.mediaBaseURL, taskID: task.id, file: task.resultVideo?.fileName ?? MediaPaths.videoFile, expires: expires)
            if task.returnLastFrame {
                result.lastFrameURL = MediaPaths.url(base: task.mediaBaseURL, taskID: task.id, file: MediaPaths.lastFrameFile, expires: expires)
            }
        }
        return result
    }
}
