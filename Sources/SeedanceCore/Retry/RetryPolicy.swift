import Foundation

/// When and how long to wait before sending a request again.
///
/// Exponential backoff with full jitter: attempt *n* waits a random time in `0…min(maxDelay, baseDelay·2ⁿ⁻¹)`.
/// A server's `Retry-After` / `retry-after-ms` hint replaces the computed wait when it is longer, up to
/// ``maxRetryAfter``; beyond that the error goes to the caller as `rateLimited` carrying the hint.
/// Creates are retried only when no task can have started (see ``RequestKind``).
public struct RetryPolicy: Sendable {
    /// Total tries including the first (1 = never retry).
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest server-requested wait honoured.
    public var maxRetryAfter: Duration

    public init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration, maxRetryAfter: Duration = .seconds(60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// 4 tries, 0.5 s base, 20 s cap, `Retry-After` honoured up to 60 s.
    public static let `default` = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(500), maxDelay: .seconds(20))

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1, baseDelay: .zero, maxDelay: .zero)
}
