import Foundation

/// Thrown by ``SeedanceClient/submit(_:)`` and ``SeedanceClient/generate(_:timeout:cancelRemoteOnTimeout:onSubmitted:)``
/// instead of `CancellationError` when the calling Swift task was cancelled after the create had been sent.
///
/// The create is not abandoned with its caller: it runs to completion on its own, its task id is recorded by the
/// client (``SeedanceClient/abandonedSubmissions()``) and ``outcome`` delivers it to whoever awaits it (from a task
/// that is not cancelled). A cancellation before anything was sent throws a plain `CancellationError`.
public struct CancelledSubmission: Error, Sendable, CustomStringConvertible {
    /// The create that was in flight.
    public var submission: SubmissionAttempt
    /// The create itself, still running when this was thrown: its value is the submitted task, or it throws the
    /// create's `SeedanceError` (`.outcomeUnknown` included).
    public var outcome: Task<SubmittedTask, any Error>

    public var description: String {
        "CancelledSubmission: the caller was cancelled after the create \(submission.id) to \(submission.provider.rawValue) was sent;"
            + " the create completes on its own: await `outcome` for its task (also in SeedanceClient.abandonedSubmissions() when the caller left before the answer)"
    }
}
