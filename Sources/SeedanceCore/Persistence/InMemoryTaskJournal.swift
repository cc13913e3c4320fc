import Foundation

/// A ``TaskJournal`` held in memory: for tests, and for processes that want `onFinished` bookkeeping without
/// durability (nothing survives the process).
public final class InMemoryTaskJournal: TaskJournal, @unchecked Sendable {
    private let lock = NSLock()
    private var open: [JournalKey: (order: Int, task: SubmittedTask)] = [:]
    private var finishedKeys: Set<JournalKey> = []
    private var counter = 0

    /// An empty journal.
    public init() {}

    /// Records `task` (a task already recorded keeps its place). Never throws.
    public func recordSubmitted(_ task: SubmittedTask) async throws {
        lock.withLock {
            let key = JournalKey(task)
            guard open[key] == nil, !finishedKeys.contains(key) else { return }
            counter += 1
            open[key] = (counter, task)
        }
    }

    /// Marks `task` finished. Never throws.
    public func recordFinished(_ task: SubmittedTask) async throws {
        lock.withLock {
            let key = JournalKey(task)
            open[key] = nil
            finishedKeys.insert(key)
        }
    }

    /// The tasks submitted and not finished, oldest first. Never throws.
    public func unfinished() async throws -> [SubmittedTask] {
        lock.withLock { open.values.sorted { $0.order < $1.order }.map(\.task) }
    }

    /// The tasks recorded finished so far.
    public var finishedCount: Int { lock.withLock { finishedKeys.count } }
}
