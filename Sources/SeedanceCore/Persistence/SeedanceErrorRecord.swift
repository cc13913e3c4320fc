import Foundation

/// The essentials of a ``SeedanceError`` in a `Codable` form, for storing why a task or a call failed (a journal,
/// a database row, a message to another service).
///
/// Keeps everything a caller decides on (category, provider, HTTP status, provider code, message, validation
/// details, model, task id, request id, attempts); leaves out the body excerpt and the last snapshot (store the
/// snapshot itself, it is `Codable` too). Text is scrubbed by the same rules as the error's description, so a
/// record never holds a secret a provider echoed.
public struct SeedanceErrorRecord: Sendable, Hashable, Codable {
    /// What kind of failure it was.
    public var category: SeedanceError.Category
    /// Who answered, when known.
    public var provider: ProviderID?
    /// The HTTP status, when a response arrived.
    public var httpStatus: Int?
    /// The provider's own error code.
    public var providerCode: ProviderCode?
    /// What went wrong.
    public var message: String
    /// The request field at fault (validation errors).
    public var field: String?
    /// The rejected value.
    public var value: String?
    /// What would have been accepted.
    public var allowed: String?
    /// The model the request was for.
    public var model: ModelID?
    /// The task concerned.
    public var taskID: TaskID?
    /// The provider's request id.
    public var requestID: String?
    /// How many attempts were made.
    public var attempts: Int?

    /// The record of `error`.
    public init(_ error: SeedanceError) {
        category = error.category
        provider = error.provider
        httpStatus = error.httpStatus
        providerCode = error.providerCode
        message = Redaction.scrub(error.message)
        field = error.field
        value = error.value.map(Redaction.scrub)
        allowed = error.allowed
        model = error.model
        taskID = error.taskID
        requestID = error.requestID
        attempts = error.attempts
    }

    /// The error this record describes (without body excerpt and last snapshot).
    public var error: SeedanceError {
        SeedanceError(
            category: category, provider: provider, httpStatus: httpStatus, providerCode: providerCode, message: message,
            field: field, value: value, allowed: allowed, model: model, taskID: taskID, requestID: requestID, attempts: attempts)
    }
}
