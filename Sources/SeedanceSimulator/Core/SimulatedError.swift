/// A refusal a dialect answers in its own error envelope.
///
/// Dialect code (and the framework's helpers) throw it from ``SimulatedDialect/respond(to:in:)``; the framework
/// then calls ``SimulatedDialect/errorResponse(for:)`` to render it. The framework also raises it itself for a
/// missing or wrong API key and for injected 429 / 5xx faults, so every answer uses the dialect's envelope.
/// ``code`` is set when the dialect raised the error with its own provider code; otherwise the dialect picks the
/// code for ``reason``.
public struct SimulatedError: Error, Sendable, Hashable {
    /// Why the request was refused, in neutral terms.
    public enum Reason: Sendable, Hashable {
        /// No `Authorization: Bearer` header.
        case missingAPIKey
        /// A bearer key that is not accepted.
        case invalidAPIKey
        /// A body that is not JSON, or not the expected JSON type.
        case malformedBody
        /// A parameter that is missing or not allowed (``SimulatedError/parameter`` names it).
        case invalidParameter
        /// A prompt rejected by content moderation at creation.
        case contentRejected
        /// The task does not exist (or belongs to another dialect, or was deleted).
        case taskNotFound
        /// The operation is not allowed in the task's state (cancel a running task …).
        case notAllowed
        /// Too many requests (the framework adds `Retry-After` for injected faults).
        case rateLimited
        /// A server-side failure (``SimulatedError/status`` 5xx).
        case serverError
        /// A dialect-specific refusal described by ``SimulatedError/code``.
        case other
    }

    /// The neutral reason.
    public var reason: Reason
    /// The HTTP status to answer with.
    public var status: Int
    /// The provider's code, when the dialect chose it (`"003015003"`, `"InvalidParameter"`).
    public var code: String?
    /// A human-readable message for the envelope.
    public var message: String
    /// The offending parameter, when there is one.
    public var parameter: String?

    /// Builds an error.
    public init(_ reason: Reason, status: Int, code: String? = nil, message: String, parameter: String? = nil) {
        self.reason = reason
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter
    }

    /// 401: no API key.
    public static func missingAPIKey() -> SimulatedError {
        SimulatedError(.missingAPIKey, status: 401, message: "No API key was provided (expected Authorization: Bearer <key>).")
    }

    /// 401: the API key is not accepted.
    public static func invalidAPIKey() -> SimulatedError {
        SimulatedError(.invalidAPIKey, status: 401, message: "The API key is invalid.")
    }

    /// 400: the body is not the JSON the route expects.
    public static func malformedBody(_ message: String, code: String? = nil) -> SimulatedError {
        SimulatedError(.malformedBody, status: 400, code: code, message: message)
    }

    /// 400 (or `status`): `parameter` is missing or not allowed.
    public static func invalidParameter(_ parameter: String, _ message: String, code: String? = nil, status: Int = 400) -> SimulatedError {
        SimulatedError(.invalidParameter, status: status, code: code, message: message, parameter: parameter)
    }

    /// 404: no task `id` for this dialect.
    public static func taskNotFound(_ id: String, code: String? = nil) -> SimulatedError {
        SimulatedError(.taskNotFound, status: 404, code: code, message: "The task \(id) was not found.")
    }

    /// 400 (or `status`): the operation is not allowed now.
    public static func notAllowed(_ message: String, code: String? = nil, status: Int = 400) -> SimulatedError {
        SimulatedError(.notAllowed, status: status, code: code, message: message)
    }

    /// 429: too many requests.
    public static func rateLimited() -> SimulatedError {
        SimulatedError(.rateLimited, status: 429, message: "Too many requests. Please retry later.")
    }

    /// A 5xx server error.
    public static func serverError(_ status: Int = 500, message: String? = nil) -> SimulatedError {
        SimulatedError(.serverError, status: status, message: message ?? "The service had an internal error (HTTP \(status)).")
    }
}
