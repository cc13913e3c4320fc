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
