import Foundation
import SeedanceCore

/// A spy ``SeedanceClock`` for tests: every sleep returns at once, advances ``now`` to its deadline, and is
/// recorded, so a test can assert the exact waits a retry loop asked for, or run a single flow of delays and
/// timeouts without driving time. It is not a second virtual clock: to hold sleepers until time is moved, use the
/// package's `VirtualClock`.
public final class RecordingClock: SeedanceClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Duration
    private var recorded: [Duration] = []

    /// A clock starting at `start`.
    public init(start: Duration = .zero) { current = start }

    public var now: Duration { lock.withLock { current } }

    /// The durations of every sleep so far, in order.
    public var sleeps: [Duration] { lock.withLock { recorded } }

    /// Records the wait and jumps to `deadline`. Throws `CancellationError` when the calling task is cancelled.
    public func sleep(until deadline: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock {
            recorded.append(max(.zero, deadline - current))
            current = max(current, deadline)
        }
    }

    /// Moves the clock forward by `duration` without recording a sleep.
    public func advance(by duration: Duration) { lock.withLock { current += duration } }
}
