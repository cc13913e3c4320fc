/// What ``SeedanceClient/cancel(_:)`` did. Cancelling never destroys a result: only a queued task is cancelled.
public enum CancelOutcome: Sendable, Hashable {
    /// The task was queued and the provider cancelled it; the snapshot is the one read before, marked `cancelled`.
    case cancelled(TaskSnapshot)
    /// The task had already ended (succeeded, failed, cancelled or expired): nothing was sent, its record and result
    /// are untouched.
    case alreadyEnded(TaskSnapshot)
    /// The task is running (or in a state the provider does not document as cancellable): nothing was sent.
    case notCancellable(TaskSnapshot)

    /// The task's state as the cancel call left it.
    public var snapshot: TaskSnapshot {
        switch self {
        case .cancelled(let snapshot), .alreadyEnded(let snapshot), .notCancellable(let snapshot): snapshot
        }
    }

    /// One sentence for people: what happened to the task.
    public var summary: String {
        let snapshot = snapshot
        switch self {
        case .cancelled: return "task \(snapshot.id.rawValue) was queued and is now cancelled"
        case .alreadyEnded: return "task \(snapshot.id.rawValue) had already ended (\(snapshot.rawStatus)); it was left untouched"
        case .notCancellable: return "task \(snapshot.id.rawValue) is \(snapshot.rawStatus) and cannot be cancelled; it was left running"
        }
    }
}
