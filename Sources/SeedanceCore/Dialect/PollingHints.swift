/// What a dialect knows about how long its work takes, for the engine's first poll and interval bounds.
public struct PollingHints: Sendable, Hashable {
    /// Typical time until the task finishes, when the dialect documents it (for the requested length and
    /// resolution); the engine places the first poll near it and learns better values from finished tasks.
    public var expectedDuration: Duration?
    /// The earliest a first poll is useful.
    public var firstPollDelay: Duration
    /// The smallest gap between two polls of one task.
    public var minimumInterval: Duration
    /// The largest gap between two polls of one task.
    public var maximumInterval: Duration

    /// Hints as given.
    public init(expectedDuration: Duration?, firstPollDelay: Duration, minimumInterval: Duration, maximumInterval: Duration) {
        self.expectedDuration = expectedDuration
        self.firstPollDelay = firstPollDelay
        self.minimumInterval = minimumInterval
        self.maximumInterval = maximumInterval
    }

    /// Generic values: first poll after 5 s, then between 2 s and 30 s.
    public static let standard = PollingHints(expectedDuration: nil, firstPollDelay: .seconds(5), minimumInterval: .seconds(2), maximumInterval: .seconds(30))
}
