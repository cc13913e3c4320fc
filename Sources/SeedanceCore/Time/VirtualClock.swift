import Foundation

/// A ``SeedanceClock`` whose time moves only when told to, so tests and benchmarks run hours of schedule in
/// milliseconds, deterministically.
///
/// Sleepers register their deadlines and stay suspended (no thread, no real waiting) until a driver moves time past
/// them with ``advance(to:)``, ``advance(by:)`` or ``advanceToNextDeadline()``. Time never moves backwards and never
/// moves on its own.
///
/// Determinism comes from the driver: advance only when the work under test is idle (everything that can happen
/// at the current instant has happened), then jump to the next deadline. The client offers that check for its
/// polling engine (`SeedanceClient.isEngineIdle` / `runVirtualTime`), so a test with 10,000 tasks over hours of
/// virtual time takes seconds. A sleeper woken by an advance observes ``now`` equal to the advance's target.
///
/// Cancellation: a sleeping task that is cancelled is removed at once and its `sleep` throws `CancellationError`.
public final class VirtualClock: SeedanceClock, @unchecked Sendable {
    private struct Sleeper {
        var deadline: Duration
        var id: UInt64
    }

    private let lock = NSLock()
    private var current: Duration
    private var nextID: UInt64 = 0
    private var waiting: [UInt64: CheckedContinuation<Void, any Error>] = [:]
    private var queue = MinHeap<Sleeper> { ($0.deadline, $0.id) < ($1.deadline, $1.id) }

    /// The wall-clock time at virtual time zero (see ``wallTime``).
    public let epoch: Date

    /// A clock that reads `start` until it is advanced; its ``wallTime`` is `epoch` plus the virtual time.
    public init(start: Duration = .zero, epoch: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        current = start
        self.epoch = epoch
    }

    /// ``epoch`` plus the virtual time: moves only when the clock is advanced.
    public var wallTime: Date { epoch.addingTimeInterval(now.timeInterval) }

    /// The virtual time.
    public var now: Duration { lock.withLock { current } }

    /// The number of tasks sleeping on this clock.
    public var sleeperCount: Int { lock.withLock { waiting.count } }

    /// The earliest deadline a task is sleeping until, or `nil` when none sleeps.
    public var nextDeadline: Duration? {
        lock.withLock {
            dropCancelledTops()
            return queue.top?.deadline
        }
    }

    /// Suspends until virtual time reaches `deadline` (returns at once if it already has).
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled, before or during the sleep.
    public func sleep(until deadline: Duration) async throws {
        let id = lock.withLock {
            nextID += 1
            return nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let immediate: Result<Void, any Error>? = lock.withLock {
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if deadline <= current { return .success(()) }
                    waiting[id] = continuation
                    queue.push(Sleeper(deadline: deadline, id: id))
                    if queue.count > 2 * waiting.count + 64 { queue.compact { waiting[$0.id] != nil } }
                    return nil
                }
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            let continuation = lock.withLock { waiting.removeValue(forKey: id) }
            continuation?.resume(throwing: CancellationError())
        }
    }

    /// Moves time to `target` (no change if it is not later than ``now``) and wakes every sleeper whose deadline
    /// has been reached, earliest first. All of them observe ``now`` == `target`; to wake sleepers one deadline at
    /// a time, use ``advanceToNextDeadline()``.
    public func advance(to target: Duration) {
        let due: [CheckedContinuation<Void, any Error>] = lock.withLock {
            if target > current { current = target }
            var woken: [CheckedContinuation<Void, any Error>] = []
            while let top = queue.top, top.deadline <= current {
                queue.pop()
                if let continuation = waiting.removeValue(forKey: top.id) { woken.append(continuation) }
            }
            return woken
        }
        for continuation in due { continuation.resume() }
    }

    /// Moves time forward by `duration` (see ``advance(to:)``).
    public func advance(by duration: Duration) {
        advance(to: now + duration)
    }

    /// Moves time to the earliest sleeper's deadline and wakes the sleepers due then.
    ///
    /// - Returns: the new time, or `nil` (time unchanged) when nobody sleeps.
    @discardableResult
    public func advanceToNextDeadline() -> Duration? {
        guard let deadline = nextDeadline else { return nil }
        advance(to: deadline)
        return deadline
    }

    private func dropCancelledTops() {
        while let top = queue.top, waiting[top.id] == nil { queue.pop() }
    }
}
