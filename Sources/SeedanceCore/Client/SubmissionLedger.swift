import Foundation

/// Remembers, for the most recent tasks this client submitted, when they started and what kind of work they are,
/// so a later `wait(for:)` by id alone schedules and learns as well as `generate` does. Bounded: the oldest
/// entries are forgotten first (a forgotten task is still tracked, with its age unknown).
///
/// It also keeps the creates whose callers left before the answer (``AbandonedSubmission``), the most recent
/// `capacity` of them, so that no billed task goes without a way to find it.
final class SubmissionLedger: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var contexts: [TaskID: TrackingContext] = [:]
    private var order: [TaskID] = []
    private var head = 0
    private var abandoned: [UUID: AbandonedSubmission] = [:]
    private var abandonedOrder: [UUID] = []

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

    /// Whether this client received `id` from one of its creates (among the most recent `capacity`).
    func knows(_ id: TaskID) -> Bool {
        lock.withLock { contexts[id] != nil }
    }

    /// Records (or updates) a create whose caller left.
    func recordAbandoned(_ entry: AbandonedSubmission) {
        lock.withLock {
            if abandoned.updateValue(entry, forKey: entry.submission.id) != nil { return }
            abandonedOrder.append(entry.submission.id)
            if abandonedOrder.count > capacity { abandoned[abandonedOrder.removeFirst()] = nil }
        }
    }

    /// The creates whose callers left, oldest first.
    var abandonedSubmissions: [AbandonedSubmission] {
        lock.withLock { abandonedOrder.compactMap { abandoned[$0] } }
    }

    /// The abandoned create with local id `id`, if still remembered.
    func abandonedSubmission(_ id: UUID) -> AbandonedSubmission? {
        lock.withLock { abandoned[id] }
    }
}
