import Foundation
import SeedanceCore

/// How a ``Simulator`` behaves: task timing and outcomes, the clock, accepted keys, faults, media and callbacks.
/// Every random draw comes from ``randomSeed``, so a run with the same configuration and the same sequence of
/// requests is reproducible.
public struct SimulatorConfiguration: Sendable {
    /// How long a task takes from creation to its terminal state (default: a fixed 30 s).
    public var completionTime: CompletionTime
    /// The share of the completion time a task spends queued before running, in `0 ... 1` (default 0.2).
    public var queuedFraction: Double
    /// The time source. Task states are computed from `clock.now` when observed, so a virtual clock needs no timers.
    public var clock: any SeedanceClock
    /// The calendar date at which the simulator starts (for `created_at` fields and task ids); `nil` means now.
    public var startDate: Date?
    /// The seed of every random draw (completion times, outcomes, ids, faults).
    public var randomSeed: UInt64
    /// The probability that a task fails (``FailureReason/generationFailed``), in `0 ... 1`.
    public var failureRate: Double
    /// The probability that a task expires in the queue, in `0 ... 1`.
    public var expiryRate: Double
    /// A task whose prompt contains one of these markers (case-insensitive) fails with
    /// ``FailureReason/contentRejected``. Dialects that reject at creation check ``rejectsPrompt(_:)`` themselves.
    public var rejectedPromptMarkers: [String]
    /// Which bearer keys are accepted.
    public var acceptedAPIKeys: AcceptedAPIKeys
    /// Faults to inject, by kind, rate and route.
    public var faults: FaultPlan
    /// Result files and their links.
    public var media: MediaConfiguration
    /// Callback delivery.
    public var callbacks: CallbackConfiguration
    /// Whether a `draft_task` naming a task this simulator never saw is taken as a finished 480p, 5 s draft of the
    /// same model instead of refused (default `false`: refused, as a provider would). The `seedance` command sets it
    /// for its embedded simulator, which lives for one command and so cannot know a draft made by an earlier one.
    public var assumesUnknownDraftsSucceeded: Bool = false

    /// A configuration; every parameter has a quiet default (30 s tasks, real clock, no failures, no faults).
    public init(
        completionTime: CompletionTime = .fixed(.seconds(30)), queuedFraction: Double = 0.2,
        clock: any SeedanceClock = SystemClock(), startDate: Date? = nil, randomSeed: UInt64 = 0x5EED,
        failureRate: Double = 0, expiryRate: Double = 0, rejectedPromptMarkers: [String] = ["[reject]"],
        acceptedAPIKeys: AcceptedAPIKeys = .anyNonEmpty, faults: FaultPlan = .none,
        media: MediaConfiguration = MediaConfiguration(), callbacks: CallbackConfiguration = CallbackConfiguration()
    ) {
        self.completionTime = completionTime
        self.queuedFraction = queuedFraction
        self.clock = clock
        self.startDate = startDate
        self.randomSeed = randomSeed
        self.failureRate = failureRate
        self.expiryRate = expiryRate
        self.rejectedPromptMarkers = rejectedPromptMarkers
        self.acceptedAPIKeys = acceptedAPIKeys
        self.faults = faults
        self.media = media
        self.callbacks = callbacks
    }

    /// Whether `prompt` contains one of the ``rejectedPromptMarkers`` (case-insensitive).
    public func rejectsPrompt(_ prompt: String?) -> Bool {
        guard let prompt else { return false }
        return rejectedPromptMarkers.contains { !$0.isEmpty && prompt.range(of: $0, options: .caseInsensitive) != nil }
    }
}

/// How long a simulated task takes from creation to its terminal state.
public enum CompletionTime: Sendable, Hashable {
    /// Always the same.
    case fixed(Duration)
    /// Drawn uniformly from the range (seeded).
    case uniform(ClosedRange<Duration>)

    /// A draw, using `random` for spreads.
    package func draw(using random: inout SeededRandom) -> Duration {
        switch self {
        case .fixed(let duration): return max(duration, .zero)
        case .uniform(let range): return max(range.lowerBound + (range.upperBound - range.lowerBound) * random.unit(), .zero)
        }
    }
}

/// Which `Authorization: Bearer` keys the simulator accepts. A missing key and a refused key are answered with
/// the dialect's 401 body (``SimulatedError/missingAPIKey()`` / ``SimulatedError/invalidAPIKey()``).
public enum AcceptedAPIKeys: Sendable, Hashable {
    /// Any non-empty bearer token.
    case anyNonEmpty
    /// Only these keys.
    case only(Set<String>)

    /// Whether `token` is accepted.
    public func accepts(_ token: String) -> Bool {
        switch self {
        case .anyNonEmpty: !token.isEmpty
        case .only(let keys): keys.contains(token)
        }
    }
}
