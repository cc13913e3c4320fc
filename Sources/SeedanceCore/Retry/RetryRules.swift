import Foundation

/// The retry rules, as a pure function of the request's kind, the attempt's outcome and the policy.
///
/// - **Idempotent** requests (status, list, download, delete) are retried after any network failure except an
///   over-large body or a refused redirect, and on HTTP 408, 429 and 5xx.
/// - **Creates** are retried only when no task can have started: the connection was never established, or the server
///   answered 429 or 503. After a timeout, a lost connection, an unclassified failure, an over-large answer, or a
///   500/502/504 (any 5xx but 501, 503 and 505), a create is never replayed: ``RetryDecision/outcomeUnknown(reason:)``.
/// - A response whose provider code says it is not retryable (`providerAllowsRetry` is `false`, from
///   ``Dialect/allowsRetry(of:)``: an Ark HTTP 429 `SetLimitExceeded`) is never retried: ``RetryDecision/finish``.
/// - The wait is the policy's jittered backoff, or the server's `Retry-After` / `retry-after-ms` when longer; a hint
///   beyond ``RetryPolicy/maxRetryAfter`` abandons at once so the caller sees the 429 (→ `rateLimited(retryAfter:)`).
package enum RetryRules {
    /// The decision after attempt number `attempt` (1 for the first) of a request of `kind`.
    ///
    /// - Parameters:
    ///   - now: the wall-clock time, for `Retry-After` given as an HTTP date.
    ///   - providerAllowsRetry: `false` when the provider's code in the response marks it as not retryable.
    package static func decide(
        kind: RequestKind, outcome: AttemptOutcome, attempt: Int, policy: RetryPolicy, now: Date = Date(),
        providerAllowsRetry: Bool = true
    ) -> RetryDecision {
        switch outcome {
        case .response(let response):
            let status = response.status
            guard status >= 400 else { return .finish }
            switch kind {
            case .idempotent:
                guard status == 408 || status == 429 || (500...599).contains(status) else { return .finish }
            case .create:
                if status == 429 || status == 503 { break }
                if (500...599).contains(status) && status != 501 && status != 505 {
                    return .outcomeUnknown(reason: "HTTP \(status) to a create: the provider may have started the task")
                }
                return .finish
            }
            guard providerAllowsRetry else { return .finish }
            let hint = HTTPErrorMapping.retryAfter(in: response.headers, now: now)
            return schedule(after: attempt, policy: policy, hint: hint, cause: "HTTP \(status)")
        case .failure(let error):
            switch (error.kind, kind) {
            case (.redirectRefused, _), (.responseTooLarge, .idempotent):
                return .finish
            case (.connectionNotEstablished, _):
                return schedule(after: attempt, policy: policy, hint: nil, cause: "connection not established")
            case (.responseTooLarge, .create), (.timedOut, .create), (.connectionLost, .create), (.other, .create):
                return .outcomeUnknown(reason: "\(Self.name(of: error.kind)) after the create was sent: the provider may have started the task")
            case (.timedOut, .idempotent), (.connectionLost, .idempotent), (.other, .idempotent):
                return schedule(after: attempt, policy: policy, hint: nil, cause: Self.name(of: error.kind))
            }
        }
    }

    private static func schedule(after attempt: Int, policy: RetryPolicy, hint: Duration?, cause: String) -> RetryDecision {
        guard attempt < policy.maxAttempts else {
            return .abandon(reason: "\(cause); \(attempt) of \(policy.maxAttempts) attempts used")
        }
        let backoff = policy.backoff(beforeRetry: attempt)
        guard let hint else { return .retry(after: backoff, reason: cause) }
        if hint > policy.maxRetryAfter {
            return .abandon(reason: "\(cause); the server asked to wait \(hint.seconds) s, more than the \(policy.maxRetryAfter.seconds) s allowed")
        }
        return hint > backoff ? .retry(after: hint, reason: "\(cause), Retry-After \(hint.seconds) s") : .retry(after: backoff, reason: cause)
    }

    /// A short name for a transport failure kind (`timedOut`, `connectionLost` …).
    package static func name(of kind: HTTPTransportError.Kind) -> String {
        switch kind {
        case .connectionNotEstablished: "connectionNotEstablished"
        case .timedOut: "timedOut"
        case .connectionLost: "connectionLost"
        case .responseTooLarge: "responseTooLarge"
        case .redirectRefused: "redirectRefused"
        case .other: "other"
        }
    }
}
