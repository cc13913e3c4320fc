import Foundation

/// The retry rules, as a pure function of the request's kind, the attempt's outcome and the policy.
///
/// - **Idempotent** requests (status, list, download, delete) are retried after any network failure except an
///   over-large body or a refused redirect, and on HTTP 408, 429 and 5xx.
/// - **Creates** are retried only when no task can have started: the connection was never established, or the server
///   answered with a rate limit (HTTP 429, or a 429-class error inside a 2xx envelope), which every supported provider
///   documents as a refusal. After a timeout, a lost connection, a refused redirect, an unclassified failure, an
///   over-large answer, any 5xx but 501 and 505 (503 included: gateways answer it after the backend got the POST), or a
///   5xx-class error inside a 2xx envelope, a create is never replayed: ``RetryDecision/outcomeUnknown(reason:)``.
/// - A response whose provider code says it is not retryable (`providerAllowsRetry` is `false`, from
///   ``Dialect/allowsRetry(of:)``: an Ark HTTP 429 `SetLimitExceeded`) is never retried: ``RetryDecision/finish``.
/// - The wait is the policy's jittered backoff, or the server's `Retry-After` / `retry-after-ms` when longer; a hint
///   beyond ``RetryPolicy/maxRetryAfter`` abandons at once so the caller sees the 429 (→ `rateLimited(retryAfter:)`).
package enum RetryRules {
    /// The decision after attempt number `attempt` (1 for the first) of a request of `kind`.
    ///
    /// - Parameters:
    ///   - inBand: for a 2xx answer, the category of an error the dialect found inside its body (an HTTP-200 error
    ///     envelope), `nil` when there is none (or when its code is not retryable).
    ///   - now: the wall-clock time, for `Retry-After` given as an HTTP date.
    ///   - providerAllowsRetry: `false` when the provider's code in the response marks it as not retryable.
    package static func decide(
        kind: RequestKind, outcome: AttemptOutcome, attempt: Int, policy: RetryPolicy, inBand: SeedanceError.Category? = nil,
        now: Date = Date(), providerAllowsRetry: Bool = true
    ) -> RetryDecision {
        switch outcome {
        case .response(let response):
            let status = response.status
            if status < 300, kind == .create, let inBand {
                return decideInBand(inBand, response: response, attempt: attempt, policy: policy, now: now)
            }
            guard status >= 400 else { return .finish }
            switch kind {
            case .idempotent:
                guard status == 408 || status == 429 || (500...599).contains(status) else { return .finish }
            case .create:
                if status == 429 { break }
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
            case (.redirectRefused, .idempotent), (.responseTooLarge, .idempotent):
                return .finish
            case (.connectionNotEstablished, _):
                return schedule(after: attempt, policy: policy, hint: nil, cause: "connection not established")
            case (.responseTooLarge, .create), (.timedOut, .create), (.connectionLost, .create), (.redirectRefused, .create), (.other, .create):
                return .outcomeUnknown(reason: "\(Self.name(of: error.kind)) after the create was sent: the provider may have started the task")
            case (.timedOut, .idempotent), (.connectionLost, .idempotent), (.other, .idempotent):
                return schedule(after: attempt, policy: policy, hint: nil, cause: Self.name(of: error.kind))
            }
        }
    }

    /// A 2xx create answer whose body holds an error: a rate limit is retried like HTTP 429; a server-class error
    /// (`.server`, `.timeout`) may have started the task, like HTTP 500; anything else is the caller's.
    private static func decideInBand(
        _ category: SeedanceError.Category, response: SeedanceHTTPResponse, attempt: Int, policy: RetryPolicy, now: Date
    ) -> RetryDecision {
        switch category {
        case .rateLimited:
            let wait = category.retryAfter ?? HTTPErrorMapping.retryAfter(in: response.headers, now: now)
            return schedule(after: attempt, policy: policy, hint: wait, cause: "rate limit in an HTTP \(response.status) answer")
        case .server, .timeout:
            return .outcomeUnknown(reason: "a server error inside an HTTP \(response.status) answer to a create: the provider may have started the task")
        default:
            return .finish
        }
    }

    private static func schedule(after attempt: Int, policy: RetryPolicy, hint: Duration?, cause: String) -> RetryDecision {
        guard attempt < policy.maxAttempts else {
            return .abandon(reason: "\(cause); \(attempt) of \(policy.maxAttempts) attempts used")
        }
        let backoff = policy.backoff(beforeRetry: attempt)
        guard let hint else { return .retry(after: backoff, reason: cause) }
        if hint > policy.maxRetryAfter {
            return .abandon(reason: "\(cause); the server asked to wait \(hint.timeInterval) s, more than the \(policy.maxRetryAfter.timeInterval) s allowed")
        }
        return hint > backoff ? .retry(after: hint, reason: "\(cause), Retry-After \(hint.timeInterval) s") : .retry(after: backoff, reason: cause)
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
