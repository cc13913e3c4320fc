import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Cancels URLSession tasks whose callers have already been answered, the way FoundationNetworking on Linux
/// survives: never synchronously from a cancellation handler, only on the session's serial delegate queue (where
/// `state == .running` proves the completion has not been delivered, because FoundationNetworking marks a task
/// completed on that queue right after `didCompleteWithError`), and, for callers that left, only after a grace period
/// that lets a completion already on its way land first (see the README's "Platform notes": `URLSessionTask.cancel()`
/// racing a queued completion crashes in 6.3.1).
final class AbandonedTaskCanceller: @unchecked Sendable {
    private let delegateQueue: OperationQueue

    init(delegateQueue: OperationQueue) { self.delegateQueue = delegateQueue }

    /// Cancels `task` at once if it is still running, when called from a session callback (the delegate queue);
    /// from anywhere else, as soon as the delegate queue gets to it. Used when the transport itself stops reading
    /// (a body over the cap), so the rest of the body is not drained.
    func cancelFromCallback(_ task: URLSessionTask) {
        guard OperationQueue.current === delegateQueue else { return cancel(task, after: .zero) }
        if task.state == .running { task.cancel() }
    }

    /// Cancels `task` after `grace` if it is still running then.
    func cancel(_ task: URLSessionTask, after grace: Duration) {
        let queue = delegateQueue
        let cancelIfRunning: @Sendable () -> Void = {
            queue.addOperation {
                if task.state == .running { task.cancel() }
            }
        }
        if grace <= .zero {
            cancelIfRunning()
        } else {
            DispatchQueue.global().asyncAfter(deadline: .now() + grace.timeInterval, execute: cancelIfRunning)
        }
    }
}
