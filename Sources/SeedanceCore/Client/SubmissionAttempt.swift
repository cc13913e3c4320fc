import Foundation

/// One create as this client sent it: enough to find its task again when the answer was lost (``SeedanceError``
/// `.outcomeUnknown`, carried in ``SeedanceError/submission``) or its caller left before the answer came
/// (``CancelledSubmission``, ``SeedanceClient/abandonedSubmissions()``).
///
/// ``SeedanceClient/reconcile(_:)`` matches it against the provider's task list: same model, same set parameters,
/// created between ``startedAt`` and ``endedAt``.
public struct SubmissionAttempt: Sendable, Hashable {
    /// A local id for this create (never sent to the provider).
    public var id: UUID
    /// Who the create went to.
    public var provider: ProviderID
    /// The model asked for (the dialect's default when the request named none).
    public var model: ModelID
    /// The request's resolution, when it set one.
    public var resolution: Resolution?
    /// The request's aspect ratio, when it set one.
    public var aspectRatio: AspectRatio?
    /// The request's length, when it set one.
    public var duration: VideoDuration?
    /// The request's seed, when it set one.
    public var seed: Int64?
    /// When the create was handed to the transport.
    public var startedAt: Date
    /// When its outcome was settled (answer, failure or deadline); `nil` while it is still in flight.
    public var endedAt: Date?

    /// A record of a create; ``id`` is new unless given.
    public init(
        id: UUID = UUID(), provider: ProviderID, model: ModelID, resolution: Resolution? = nil, aspectRatio: AspectRatio? = nil,
        duration: VideoDuration? = nil, seed: Int64? = nil, startedAt: Date, endedAt: Date? = nil
    ) {
        self.id = id
        self.provider = provider
        self.model = model
        self.resolution = resolution
        self.aspectRatio = aspectRatio
        self.duration = duration
        self.seed = seed
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    /// The record of a create of `request` starting now.
    init(request: VideoRequest, provider: ProviderID, defaultModel: ModelID) {
        self.init(
            provider: provider, model: request.model ?? defaultModel, resolution: request.resolution, aspectRatio: request.aspectRatio,
            duration: request.duration, seed: request.seed, startedAt: Date())
    }
}

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
