import Foundation

/// Remembers, for the most recent tasks this client submitted, when they started and what kind of work they are,
/// so a later `wait(for:)` by id alone schedules and learns as well as `generate` does. Bounded: the oldest
/// entries are forgotten first (a forgotten task is still tracked, with its age unknown).
final class SubmissionLedger: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var contexts: [TaskID: TrackingContext] = [:]
    private var order: [TaskID] = []
    private var head = 0

    init(capacity: Int = 16_384) {
        self.capacity = max(1, capacity)
    }

    func record(_ id: TaskID, _ context: TrackingContext) {
        lock.withLock {
            if contexts.updateValue(context, forKey: id) != nil { return }
            if order.count < capacity {
                order.append(id)
            } else {
                contexts[order[head]] = nil
                order[head] = id
                head = (head + 1) % capacity
            }
        }
    }

    func context(for id: TaskID) -> TrackingContext? {
        lock.withLock { contexts[id] }
    }
}
