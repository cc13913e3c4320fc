import Foundation

/// A task the provider accepted: returned by `submit` as soon as the provider assigned an id, and everything a
/// later process needs to follow it again.
///
/// `Codable`: persist it (a database row, a ``TaskJournal``) and pass it back to
/// ``SeedanceClient/wait(for:timeout:cancelRemoteOnTimeout:)-(SubmittedTask,_,_)`` after a restart; the engine then polls as if the task had
/// never left memory: from its original submission time, with the polling hints of its kind of work.
public struct SubmittedTask: Sendable, Hashable, Codable {
    /// The provider's id. Persist it before doing anything else.
    public var id: TaskID
    /// Who holds the task.
    public var provider: ProviderID
    /// The model it runs on, when known.
    public var model: ModelID?
    /// When the SDK received the id, on the client clock's ``SeedanceClock/wallTime``.
    public var submittedAt: Date
    /// The request's shape (model, resolution, duration …) with inline image bytes left out (see
    /// ``VideoRequest/withoutInlineImageBytes()``): what the engine needs to place polls, not a request to send
    /// again. `nil` when unknown.
    public var request: VideoRequest?
    /// The correlation id of the call that submitted it (see ``SeedanceCallContext``), when there was one.
    public var correlationID: String?

    /// Builds a record of a submitted task.
    public init(
        id: TaskID, provider: ProviderID, model: ModelID?, submittedAt: Date, request: VideoRequest? = nil, correlationID: String? = nil
    ) {
        self.id = id
        self.provider = provider
        self.model = model
        self.submittedAt = submittedAt
        self.request = request
        self.correlationID = correlationID
    }
}
