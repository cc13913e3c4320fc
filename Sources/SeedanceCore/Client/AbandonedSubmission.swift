import Foundation

/// A create whose caller left (cancelled, or its deadline passed) before the answer, as listed by
/// ``SeedanceClient/abandonedSubmissions()``.
public struct AbandonedSubmission: Sendable, Hashable {
    /// How the create ended, as far as the client knows.
    public enum Outcome: Sendable, Hashable {
        /// Still in flight.
        case pending
        /// The provider created this task (it is billed): persist it, wait for it, or cancel it.
        case created(SubmittedTask)
        /// The create failed; `.outcomeUnknown` means a task may exist (see ``SeedanceClient/reconcile(_:)``).
        case failed(SeedanceError)
    }

    /// The create.
    public var submission: SubmissionAttempt
    /// How it ended.
    public var outcome: Outcome

    /// The task id, once the provider assigned one.
    public var taskID: TaskID? {
        if case .created(let task) = outcome { return task.id }
        return nil
    }
}
