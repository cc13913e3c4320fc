import Foundation
import SeedanceCore

/// A virtual clock for tests. `advance(by:)` moves time and wakes due sleepers. With `autoAdvance`, a sleep moves
/// the clock to its deadline at once (for single-flow tests of delays and timeouts).
final class TestClock: SeedanceClock, @unchecked Sendable {
    private struct Sleeper {
        var deadline: Duration
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let lock = NSLock()
    private var current: Duration = .zero
    private var sleepers: [UUID: Sleeper] = [:]
    private let autoAdvance: Bool

    init(autoAdvance: Bool = false) { self.autoAdvance = autoAdvance }

    var now: Duration { lock.withLock { current } }

    /// The number of suspended sleepers.
    var sleeperCount: Int { lock.withLock { sleepers.count } }

    func sleep(until deadline: Duration) async throws {
        let id = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow: Bool = lock.withLock {
                    if autoAdvance, deadline > current { current = deadline }
                    if deadline <= current || Task.isCancelled { return true }
                    sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return false
                }
                if resumeNow {
                    if Task.isCancelled { continuation.resume(throwing: CancellationError()) } else { continuation.resume() }
                }
            }
        } onCancel: {
            let sleeper = lock.withLock { sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration` and wakes every sleeper now due.
    func advance(by duration: Duration) {
        let due: [Sleeper] = lock.withLock {
            current += duration
            let ready = sleepers.filter { $0.value.deadline <= current }
            for key in ready.keys { sleepers.removeValue(forKey: key) }
            return Array(ready.values)
        }
        for sleeper in due { sleeper.continuation.resume() }
    }
}
