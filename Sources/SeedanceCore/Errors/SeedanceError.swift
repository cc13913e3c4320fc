import Foundation

/// The one error type the SDK throws (besides `CancellationError` when the caller's Swift task is cancelled).
///
/// Switch on ``category``; read the provider's own ``providerCode`` and ``message`` for detail. Validation errors
/// also name the ``field``, the rejected ``value`` and what is ``allowed``. Whatever failed, a task id the provider
/// returned is in ``taskID``. The description never contains an API key or inline image data.
public struct SeedanceError: Error, Sendable, Hashable {
    /// What kind of failure this is.
    public var category: Category
    /// Who answered (or would have), when known.
    public var provider: ProviderID?
    /// The HTTP status, when a response arrived.
    public var httpStatus: Int?
    /// The provider's own error code, as sent.
    public var providerCode: ProviderCode?
    /// What went wrong, in one sentence.
    public var message: String
    /// The request field at fault (validation errors), named as on ``VideoRequest`` or the wire.
    public var field: String?
    /// The rejected value, rendered as text (never image bytes).
    public var value: String?
    /// What would have been accepted.
    public var allowed: String?
    /// The model the request was for, when known.
    public var model: ModelID?
    /// The task concerned. Present whenever the provider had returned an id.
    public var taskID: TaskID?
    /// The provider's request id (`X-Request-Id` or similar), for support tickets.
    public var requestID: String?
    /// A short excerpt of the response body, with secrets and inline data removed.
    public var bodyExcerpt: String?
    /// The last status seen, for task and wait failures.
    public var lastSnapshot: TaskSnapshot?
    /// How many attempts were made (requests, or polls for a wait).
    public var attempts: Int?
    /// The create this error is about, when a task may exist without its id reaching you (`.outcomeUnknown`, or a
    /// `.timeout` that ended the wait for a create's answer): pass the error to ``SeedanceClient/reconcile(_:)``.
    public var submission: SubmissionAttempt?
    /// The provider's verdict on retrying, where its code decides it: `false` for a code documented as permanent
    /// under a status that is otherwise retried (an Ark HTTP 429 `SetLimitExceeded`: a limit paused the model),
    /// `true` where a code makes an otherwise permanent answer transient; `nil` when the code says nothing, so the
    /// category decides. Read ``isRetryable``.
    public var retryable: Bool?

    /// Builds an error. Prefer the category-specific factories where they fit.
    public init(
        category: Category, provider: ProviderID? = nil, httpStatus: Int? = nil, providerCode: ProviderCode? = nil,
        message: String, field: String? = nil, value: String? = nil, allowed: String? = nil, model: ModelID? = nil,
        taskID: TaskID? = nil, requestID: String? = nil, bodyExcerpt: String? = nil, lastSnapshot: TaskSnapshot? = nil,
        attempts: Int? = nil, retryable: Bool? = nil, submission: SubmissionAttempt? = nil
    ) {
        self.category = category
        self.provider = provider
        self.httpStatus = httpStatus
        self.providerCode = providerCode
        self.message = message
        self.field = field
        self.value = value
        self.allowed = allowed
        self.model = model
        self.taskID = taskID
        self.requestID = requestID
        self.bodyExcerpt = bodyExcerpt
        self.lastSnapshot = lastSnapshot
        self.attempts = attempts
        self.retryable = retryable
        self.submission = submission
    }

    /// Whether sending the same request again later can succeed: ``retryable`` when the provider's code decided it,
    /// else ``Category/isRetryableByDefault``. The request retry rules and the polling engine never retry an error
    /// for which this is `false`.
    public var isRetryable: Bool { retryable ?? category.isRetryableByDefault }

    /// A validation error: `field` has `value`, which `model` on `provider` does not accept; `allowed` says what does.
    public static func invalid(
        _ field: String, value: String?, allowed: String?, provider: ProviderID, model: ModelID? = nil, reason: String? = nil
    ) -> SeedanceError {
        var text = "\(field)"
        if let value { text += " \(value)" }
        text += " " + (reason ?? "is not allowed")
        if let model { text += " for \(model.rawValue)" }
        text += " on \(provider.rawValue)"
        if let allowed { text += "; allowed: \(allowed)" }
        return SeedanceError(
            category: .invalidRequest, provider: provider, message: text, field: field, value: value, allowed: allowed, model: model)
    }

    /// An operation the dialect does not offer; no request was sent.
    public static func unsupported(_ operation: String, provider: ProviderID, alternative: String? = nil) -> SeedanceError {
        var text = "\(provider.rawValue) does not support \(operation)"
        if let alternative { text += "; \(alternative)" }
        return SeedanceError(category: .unsupported, provider: provider, message: text)
    }
}

extension SeedanceError: CustomStringConvertible, LocalizedError {
    /// One line: category, provider, status, code, message, task id and request id. Never a secret.
    public var description: String {
        var parts = ["SeedanceError.\(category.name)"]
        if let provider { parts.append("[\(provider.rawValue)]") }
        if let httpStatus { parts.append("HTTP \(httpStatus)") }
        if let providerCode { parts.append("code \(providerCode.rawValue)") }
        var text = parts.joined(separator: " ") + ": " + message
        if let taskID { text += " (task \(taskID.rawValue))" }
        if let requestID { text += " (request \(requestID))" }
        return Redaction.scrub(text)
    }

    public var errorDescription: String? { description }
}

extension SeedanceError: CustomReflectable {
    /// The stored properties, each text scrubbed by ``Redaction``, so that `dump` and debuggers show no secret a
    /// provider echoed into a message, code, excerpt or answer (``lastSnapshot`` is shown as scrubbed text).
    public var customMirror: Mirror {
        let scrub: (String?) -> Any = { $0.map(Redaction.scrub) as Any }
        let children: KeyValuePairs<String, Any> = [
            "category": category, "provider": provider as Any, "httpStatus": httpStatus as Any,
            "providerCode": scrub(providerCode?.rawValue), "message": Redaction.scrub(message), "field": scrub(field),
            "value": scrub(value), "allowed": scrub(allowed), "model": model as Any, "taskID": scrub(taskID?.rawValue),
            "requestID": scrub(requestID), "bodyExcerpt": scrub(bodyExcerpt), "lastSnapshot": scrub(lastSnapshot.map { String(describing: $0) }),
            "attempts": attempts as Any, "retryable": retryable as Any, "submission": submission as Any,
        ]
        return Mirror(self, children: children, displayStyle: .struct)
    }
}
