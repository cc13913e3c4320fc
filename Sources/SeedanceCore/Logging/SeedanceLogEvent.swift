import Foundation

/// A structured event for the client's optional logging hook. Carries no secret, no header values and no body.
public struct SeedanceLogEvent: Sendable, Hashable {
    /// What happened.
    public var kind: Kind
    /// The provider involved.
    public var provider: ProviderID?
    /// The HTTP method, for request events.
    public var method: String?
    /// Host and path only: never the query string of a data URL, never credentials.
    public var hostAndPath: String?
    /// The HTTP status, when an answer arrived.
    public var status: Int?
    /// 1 for the first try.
    public var attempt: Int?
    /// How long the request or the wait took.
    public var duration: Duration?
    /// Why a retry was or was not made, when relevant.
    public var decision: String?
    /// The task concerned, when known.
    public var taskID: TaskID?
    /// The caller's correlation id (``SeedanceCallContext/correlationID``) for events of a call made in a context.
    public var correlationID: String?

    /// An event; `url` is reduced to host and path (never its query or credentials).
    public init(
        kind: Kind, provider: ProviderID? = nil, method: String? = nil, url: URL? = nil, status: Int? = nil,
        attempt: Int? = nil, duration: Duration? = nil, decision: String? = nil, taskID: TaskID? = nil,
        correlationID: String? = nil
    ) {
        self.correlationID = correlationID
        self.kind = kind
        self.provider = provider
        self.method = method
        if let url, url.scheme != "data" {
            hostAndPath = (url.host ?? "") + (url.port.map { ":\($0)" } ?? "") + url.path
        }
        self.status = status
        self.attempt = attempt
        self.duration = duration
        self.decision = decision.map(Redaction.scrub)
        self.taskID = taskID
    }
}

/// The logging hook: called synchronously, so keep it quick.
public typealias SeedanceLogger = @Sendable (SeedanceLogEvent) -> Void
