import Foundation

/// How one attempt ended, as the retry rules see it.
package enum AttemptOutcome: Sendable {
    /// The server answered (any status).
    case response(SeedanceHTTPResponse)
    /// The network failed.
    case failure(HTTPTransportError)
}

/// What the executor does after an attempt.
package enum RetryDecision: Sendable, Hashable {
    /// Done: return the response (for the dialect to read or map), or throw the failure.
    case finish
    /// Send the same request again after `delay`.
    case retry(after: Duration, reason: String)
    /// It would be retried, but the policy stops here (attempts used up, or the server asked for a longer wait than
    /// ``RetryPolicy/maxRetryAfter``): return the response, or throw the failure.
    case abandon(reason: String)
    /// A create that may have started a task: never replayed; the caller gets `.outcomeUnknown`.
    case outcomeUnknown(reason: String)
}
