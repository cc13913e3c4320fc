/// How a client's polling engine places status requests.
///
/// One engine per ``SeedanceClient`` tracks every task the client waits on. The defaults suit a server process
/// tracking anywhere from one to tens of thousands of tasks.
public struct EngineConfiguration: Sendable, Hashable {
    /// The most status requests in flight at once, across all tasks (default 16).
    public var maxConcurrentPolls: Int
    /// Where polls go: learned from finished tasks (``PollingStrategy/adaptive(pollCost:)``), or a fixed interval.
    public var strategy: PollingStrategy
    /// Random spread applied to each gap between polls, as a fraction (0.05 = ±5%), so tasks submitted together do
    /// not poll in lockstep. Fixed-interval polling is never jittered.
    public var jitter: Double
    /// Seed for the jitter; `nil` picks a random one per client. The jitter of a poll depends only on the seed, the
    /// task id and the poll's number, so a seeded engine places polls identically from run to run.
    public var jitterSeed: UInt64?
    /// How long before a waiter's deadline its last poll is placed (default 1 s), so the answer can arrive in time.
    public var finalPollLead: Duration
    /// After this many consecutive polls answered `notFound`, `authentication`, `insufficientCredits` or
    /// `invalidRequest` (errors that retrying will not fix), the error is given to the task's waiters (default 3).
    /// Transient failures (network, timeouts, 5xx, 429, unreadable bodies) are retried with backoff until
    /// ``failureTolerance`` runs out.
    public var permanentErrorThreshold: Int
    /// How long polls of a task may keep failing (every one, with no answer in between) before the waiters get the
    /// last poll's error, carrying the task id (default 10 minutes). The check is made when a failed poll returns,
    /// so a wait gives up at most one backed-off poll interval later. Status errors saying the task is over
    /// (`.taskFailed`, `.contentRejected`, `.taskExpired`, `.cancelled`) end the wait at once.
    public var failureTolerance: Duration
    /// Roughly how many recent completions per kind of work the engine's learned model remembers (default 2,000);
    /// older ones fade, so a provider getting faster or slower is followed.
    public var learningMemory: Int
    /// Polling hints used for every task instead of the dialect's own (``Dialect/pollingHints(for:)``), or `nil`
    /// (default) to use the dialect's: for a simulator whose tasks take seconds, or a provider you measured to be
    /// faster or slower than its documents say.
    public var pollingHintsOverride: PollingHints?

    /// Builds a configuration; every parameter has the default's value.
    public init(
        maxConcurrentPolls: Int = 16, strategy: PollingStrategy = .adaptive(), jitter: Double = 0.05,
        jitterSeed: UInt64? = nil, finalPollLead: Duration = .seconds(1), permanentErrorThreshold: Int = 3,
        learningMemory: Int = 2000, failureTolerance: Duration = .seconds(600), pollingHintsOverride: PollingHints? = nil
    ) {
        self.maxConcurrentPolls = max(1, maxConcurrentPolls)
        self.strategy = strategy
        self.jitter = min(max(jitter, 0), 0.5)
        self.jitterSeed = jitterSeed
        self.finalPollLead = max(.zero, finalPollLead)
        self.permanentErrorThreshold = max(1, permanentErrorThreshold)
        self.learningMemory = max(10, learningMemory)
        self.failureTolerance = max(.zero, failureTolerance)
        self.pollingHintsOverride = pollingHintsOverride
    }

    /// 16 polls in flight, adaptive placement, ±5% jitter, last poll 1 s before a deadline.
    public static let `default` = EngineConfiguration()
}

/// Where the engine places a task's status requests.
public enum PollingStrategy: Sendable, Hashable {
    /// Learned placement. The engine keeps, per provider, model, resolution and duration, a histogram of how long
    /// tasks took, and places polls where they minimise `pollCost × requests + detection latency ÷ task duration`
    /// on that histogram (5% of tasks also probe once before the first planned poll, so the histogram keeps
    /// learning about tasks faster than the first poll); where a dialect reports progress, the next poll goes
    /// where progress says the task ends.
    /// `pollCost` is the detection latency, as a fraction of a task's duration, that one request is worth saving
    /// (0.08: one extra request per task is spent only if it cuts detection latency by more than 8% of the task's
    /// duration). Smaller values poll more and detect sooner.
    case adaptive(pollCost: Double = 0.08)
    /// A poll every `interval` from submission (or from the first wait, for a task this client did not submit),
    /// without jitter or learning. After a failed poll the gap doubles per failure in a row, up to the larger of `interval`
    /// and the dialect's maximum interval. Mostly a baseline for benchmarks.
    case fixed(interval: Duration)
}
