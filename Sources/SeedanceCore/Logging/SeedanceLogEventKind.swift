extension SeedanceLogEvent {
    /// What happened: a set that grows (new events come with new features), so a struct with static members, not an
    /// enum. A `switch` over it needs `default:`; an event kind added later never breaks a logger that compiles today.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The kind's name (`requestSent`), as a log line shows it.
        public let rawValue: String

        /// The kind named `rawValue`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The ``rawValue``.
        public var description: String { rawValue }

        /// A request was sent.
        public static let requestSent = Kind(rawValue: "requestSent")
        /// A request was answered.
        public static let responseReceived = Kind(rawValue: "responseReceived")
        /// A request failed without an answer.
        public static let requestFailed = Kind(rawValue: "requestFailed")
        /// A retry was scheduled.
        public static let retryScheduled = Kind(rawValue: "retryScheduled")
        /// A retry was given up.
        public static let retryAbandoned = Kind(rawValue: "retryAbandoned")
        /// A task was submitted (the event carries its id).
        public static let taskSubmitted = Kind(rawValue: "taskSubmitted")
        /// A poll was scheduled.
        public static let pollScheduled = Kind(rawValue: "pollScheduled")
        /// A task reached a terminal state.
        public static let taskFinished = Kind(rawValue: "taskFinished")
        /// A download finished.
        public static let downloadFinished = Kind(rawValue: "downloadFinished")
    }
}
