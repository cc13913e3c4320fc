import Foundation

/// When and how long to wait before sending a request again.
///
/// Exponential backoff with full jitter: the wait before retry *n* (1 for the first retry) is a random time in
/// `0…min(maxDelay, baseDelay·2ⁿ⁻¹)`. A server's `Retry-After` / `retry-after-ms` hint replaces the computed wait when
/// it is longer, up to ``maxRetryAfter``; a longer hint stops the retries and the response goes to the caller (a 429
/// becomes `SeedanceError` `.rateLimited(retryAfter:)` carrying the hint). Which failures are retried at all depends on
/// the request's ``RequestKind``: creates only when no task can have started (no connection made, or a rate limit).
public struct RetryPolicy: Sendable {
    /// Total tries including the first (1 = never retry).
    public var maxAttempts: Int
    /// The ceiling of the first retry's wait; it doubles with each retry.
    public var baseDelay: Duration
    /// The largest ceiling a computed wait can have.
    public var maxDelay: Duration
    /// The longest server-requested wait honoured.
    public var maxRetryAfter: Duration
    /// The jitter source (the system's random numbers unless a test injects one).
    package var random: RandomSource

    /// A policy; `maxAttempts` below 1 counts as 1; negative durations count as zero.
    public init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration, maxRetryAfter: Duration = .seconds(60)) {
        self.init(maxAttempts: maxAttempts, baseDelay: baseDelay, maxDelay: maxDelay, maxRetryAfter: maxRetryAfter, random: .system)
    }

    /// A policy drawing its jitter from `random` (tests make backoff delays exact with a constant source).
    package init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration, maxRetryAfter: Duration = .seconds(60), random: RandomSource) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(.zero, baseDelay)
        self.maxDelay = max(.zero, maxDelay)
        self.maxRetryAfter = max(.zero, maxRetryAfter)
        self.random = random
    }

    /// 4 tries, 0.5 s base, 20 s cap, `Retry-After` honoured up to 60 s.
    public static let `default` = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(500), maxDelay: .seconds(20))

    /// Never retry: every failure and error status goes straight to the caller.
    public static let none = RetryPolicy(maxAttempts: 1, baseDelay: .zero, maxDelay: .zero)

    /// For batch jobs that would rather wait than fail: 8 tries, 1 s base, 60 s cap, `Retry-After` up to 5 minutes.
    public static let patient = RetryPolicy(maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(60), maxRetryAfter: .seconds(300))

    /// The upper bound of the wait before retry number `retry` (1 for the first retry): `min(maxDelay, baseDelay·2ʳᵉᵗʳʸ⁻¹)`.
    public func backoffCeiling(beforeRetry retry: Int) -> Duration {
        let exponent = min(max(0, retry - 1), 62)
        let ceiling = baseDelay.timeInterval * pow(2, Double(exponent))
        return min(maxDelay, .clampedSeconds(ceiling))
    }

    /// The jittered wait before retry number `retry`: uniform in `0…backoffCeiling(beforeRetry: retry)`.
    public func backoff(beforeRetry retry: Int) -> Duration {
        .clampedSeconds(backoffCeiling(beforeRetry: retry).timeInterval * random.unit())
    }
}
