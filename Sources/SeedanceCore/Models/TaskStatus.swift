/// Where a task stands, in neutral terms. Every dialect maps its own vocabulary here and keeps the raw string in
/// ``TaskSnapshot/rawStatus``. An unknown string is `.unknown(raw)`: never terminal, never a crash.
///
/// Unlike the open sets (``SeedanceError/Category``, ``RequestField``, ``ModelID``), this is the SDK's own closed
/// vocabulary of where a task can stand, so it is an enum a `switch` may cover: what a provider adds arrives as
/// `.unknown(raw)`, not as a new case.
public enum TaskStatus: Sendable, Hashable {
    /// Accepted, waiting to run.
    case queued
    /// Generating.
    case running
    /// Finished with a result (terminal).
    case succeeded
    /// Finished without a result; see ``TaskSnapshot/failure`` (terminal).
    case failed
    /// Cancelled (terminal).
    case cancelled
    /// Expired before it ran (terminal).
    case expired
    /// A status string the SDK does not know, kept raw; not terminal, so polling continues.
    case unknown(String)

    /// `true` for `succeeded`, `failed`, `cancelled` and `expired`: the task will not change any more.
    public var isTerminal: Bool {
        switch self {
        case .succeeded, .failed, .cancelled, .expired: true
        case .queued, .running, .unknown: false
        }
    }
}

extension TaskStatus: CustomStringConvertible {
    public var description: String {
        switch self {
        case .queued: "queued"
        case .running: "running"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .cancelled: "cancelled"
        case .expired: "expired"
        case .unknown(let raw): "unknown(\(raw))"
        }
    }
}
