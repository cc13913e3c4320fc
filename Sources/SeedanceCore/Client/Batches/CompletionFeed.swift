import Foundation

/// Funnels the terminal outcomes of many tasks into one `AsyncStream`, with one engine waiter record per task and
/// no Swift task per task. Finishes when every task added has completed (if ``finishesWhenDrained``), or on
/// ``stop()``; stopping removes the remaining waiters from the engine.
final class CompletionFeed: @unchecked Sendable {
    let stream: AsyncStream<TaskCompletion>
    private let continuation: AsyncStream<TaskCompletion>.Continuation
    private let engine: PollingEngine
    private let finishesWhenDrained: Bool
    private let lock = NSLock()
    private var waiters: [UInt64: TaskID] = [:]
    private var remaining = 0
    private var stopped = false

    init(engine: PollingEngine, finishesWhenDrained: Bool) {
        self.engine = engine
        self.finishesWhenDrained = finishesWhenDrained
        (stream, continuation) = AsyncStream<TaskCompletion>.makeStream()
        continuation.onTermination = { [weak self] _ in self?.stop() }
    }

    /// Follows `task` to its end; its completion is yielded once. Ignored after ``stop()``.
    func add(_ task: SubmittedTask, context: TrackingContext) {
        let waiterID = engine.newWaiterID()
        let accepted = lock.withLock {
            guard !stopped else { return false }
            remaining += 1
            waiters[waiterID] = task.id
            return true
        }
        guard accepted else { return }
        // The engine keeps the feed alive while one of its tasks is pending (the caller keeps only the stream).
        engine.trackCompletion(of: task.id, waiterID: waiterID, context: context) { result in
            self.deliver(TaskCompletion(task: task, engineResult: result), waiterID: waiterID)
        }
        if lock.withLock({ stopped }) { engine.removeCompletion(waiterID) }
    }

    /// Yields `completion` at once (a task that could not be tracked at all).
    func addFailed(_ completion: TaskCompletion) {
        continuation.yield(completion)
    }

    /// Finishes the stream when nothing is pending (for a feed that finishes when drained and got no task).
    func finishIfDrained() {
        let finish = lock.withLock { finishesWhenDrained && remaining == 0 }
        if finish { continuation.finish() }
    }

    /// Removes every pending waiter from the engine and finishes the stream.
    func stop() {
        let pending: [UInt64] = lock.withLock {
            guard !stopped else { return [] }
            stopped = true
            defer { waiters.removeAll() }
            return Array(waiters.keys)
        }
        for waiterID in pending { engine.removeCompletion(waiterID) }
        continuation.finish()
    }

    private func deliver(_ completion: TaskCompletion, waiterID: UInt64) {
        let finish: Bool = lock.withLock {
            remaining -= 1
            waiters[waiterID] = nil
            return finishesWhenDrained && remaining == 0
        }
        continuation.yield(completion)
        if finish { continuation.finish() }
    }
}
