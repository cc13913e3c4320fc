import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Cancels URLSession tasks whose callers have already been answered, the way FoundationNetworking on Linux
/// survives: never synchronously from a cancellation handler, only on the session's serial delegate queue (so that
/// `state == .running` proves the completion has not been delivered), and only after a grace period that lets a
/// completion already on its way land first (see PLATFORM.md: `URLSessionTask.cancel()` racing a queued completion
/// crashes in 6.3.1).
final class AbandonedTaskCanceller: @unchecked Sendable {
    private let delegateQueue: OperationQueue

    init(delegateQueue: OperationQueue) { self.delegateQueue = delegateQueue }

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
            DispatchQueue.global().asyncAfter(deadline: .now() + grace.seconds, execute: cancelIfRunning)
        }
    }
}
