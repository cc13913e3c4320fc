import Foundation

/// The time source of the engine, the retry policy and the simulator. Inject a virtual clock in tests and benchmarks
/// to run hours of schedule in milliseconds.
public protocol SeedanceClock: Sendable {
    /// Monotonic time since an arbitrary fixed origin.
    var now: Duration { get }
    /// Suspends until ``now`` reaches `deadline` (returns at once if it already has).
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled.
    func sleep(until deadline: Duration) async throws
    /// The wall-clock time at ``now``, for records that outlive the process (``SubmittedTask/submittedAt``). The
    /// default is `Date()`; a ``VirtualClock`` counts from its epoch so records made in virtual time stay consistent.
    var wallTime: Date { get }
}

extension SeedanceClock {
    /// The system's wall-clock time, `Date()`.
    public var wallTime: Date { Date() }
}

extension SeedanceClock {
    /// Suspends for `duration`. Throws `CancellationError` when cancelled.
    public func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }
}

/// Real monotonic time (`ContinuousClock`).
public struct SystemClock: SeedanceClock {
    private let origin = ContinuousClock.now

    /// A clock whose ``now`` starts at zero.
    public init() {}

    public var now: Duration { ContinuousClock.now - origin }

    public func sleep(until deadline: Duration) async throws {
        let remaining = deadline - now
        if remaining > .zero { try await Task.sleep(for: remaining) } else { try Task.checkCancellation() }
    }
}

extension Duration {
    /// The duration in seconds as a `Double` (this package's helper; not part of the public API).
    package var timeInterval: Double {
        let (whole, attos) = components
        return Double(whole) + Double(attos) / 1e18
    }

    /// A duration from a number of seconds, clamped: negative and non-finite values become zero, large ones are capped
    /// at 9·10⁹ s. Unlike the standard library's `seconds(_:)` it never traps (this package's helper; not public).
    package static func clampedSeconds(_ value: Double) -> Duration {
        guard value.isFinite, value > 0 else { return .zero }
        return .nanoseconds(Int64(min(value, 9e9) * 1e9))
    }
}
