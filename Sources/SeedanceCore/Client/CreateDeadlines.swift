import Foundation

/// The deadlines of callers waiting for their create's answer (`generate` and `submit` with a timeout), served by
/// one sleeping task per client rather than one per caller. An entry whose caller already has its answer is
/// dropped when its time comes.
final class CreateDeadlines: @unchecked Sendable {
    private struct Entry {
        let at: Duration
        let sequence: UInt64
        let key: UUID
        weak var create: CreateInFlight?
    }

    private let lock = NSLock()
    private var entries = MinHeap<Entry> { ($0.at, $0.sequence) < ($1.at, $1.sequence) }
    private var sequence: UInt64 = 0
    private var timer: Task<Void, Never>?
    private var timerAt: Duration?

    /// Ends the wait of caller `key` on `create` with ``CreateInFlight/DeadlinePassed`` at `deadline` on `clock`
    /// (the client's, the same for every entry), if it is still waiting then.
    func add(_ deadline: Duration, key: UUID, create: CreateInFlight, clock: any SeedanceClock) {
        lock.withLock {
            sequence += 1
            entries.push(Entry(at: deadline, sequence: sequence, key: key, create: create))
            if timerAt.map({ deadline < $0 }) ?? true { arm(deadline, clock: clock) }
        }
    }

    /// Sleeps until `deadline` on the one timer task, replacing an armed later one (under the lock).
    private func arm(_ deadline: Duration, clock: any SeedanceClock) {
        timer?.cancel()
        timerAt = deadline
        timer = Task { [weak self] in
            try? await clock.sleep(until: deadline)
            if !Task.isCancelled { self?.fire(clock: clock) }
        }
    }

    private func fire(clock: any SeedanceClock) {
        let now = clock.now
        let due: [Entry] = lock.withLock {
            var due: [Entry] = []
            while let top = entries.top, top.at <= now {
                due.append(top)
                _ = entries.pop()
            }
            timer = nil
            timerAt = nil
            if let next = entries.top { arm(next.at, clock: clock) }
            return due
        }
        for entry in due { entry.create?.deadlinePassed(for: entry.key) }
    }
}
