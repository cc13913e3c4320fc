import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Cancels URLSession tasks whose callers have already been answered, the way FoundationNetworking on Linux
/// survives: never synchronously from a cancellation handler, only where `state == .running` proves the completion
/// has not been delivered, and, for callers that left, only after a grace period that lets a completion already on
/// its way land first (see the README's "Platform notes": `URLSessionTask.cancel()` racing a queued completion
/// crashes in 6.3.1).
///
/// Where it cancels depends on the sessions' delegate queue:
/// - a serial queue (Darwin): on that queue, where FoundationNetworking marks a task completed right after
///   `didCompleteWithError`, so a running state there means the completion has not run;
/// - an ``InlineDelegateQueue`` (Linux): on a queue of its own, never on the work queue the callbacks run on
///   (`cancel()` waits for that queue). The completion is delivered and the task marked completed within one work
///   queue item there, and `cancel()` checks the state inside the work queue, so it can never race a completion.
final class AbandonedTaskCanceller: @unchecked Sendable {
    private enum Route {
        case delegateQueue(OperationQueue)
        case offWorkQueue(DispatchQueue)
    }

    private let route: Route

    /// Cancels on `delegateQueue`, the serial delegate queue of the sessions whose tasks it cancels.
    init(delegateQueue: OperationQueue) { route = .delegateQueue(delegateQueue) }

    /// Cancels on a concurrent queue of its own, for sessions whose delegate callbacks run inline on their work queue
    /// (a cancel waiting for one busy work queue never holds up another's).
    init(offWorkQueueLabeled label: String) { route = .offWorkQueue(DispatchQueue(label: label, attributes: .concurrent)) }

    /// Cancels `task` as soon as possible if it is still running, when called from a session callback. Used when the
    /// transport itself stops reading (a body over the cap, a full disk), so the rest of the body is not drained.
    func cancelFromCallback(_ task: URLSessionTask) {
        switch route {
        case .delegateQueue(let queue):
            guard OperationQueue.current === queue else { return cancel(task, after: .zero) }
            if task.state == .running { task.cancel() }
        case .offWorkQueue:
            cancel(task, after: .zero)
        }
    }

    /// Cancels `task` after `grace` if it is still running then.
    func cancel(_ task: URLSessionTask, after grace: Duration) {
        let cancelIfRunning: @Sendable () -> Void = {
            if task.state == .running { task.cancel() }
        }
        switch route {
        case .delegateQueue(let queue):
            let enqueue: @Sendable () -> Void = { queue.addOperation(cancelIfRunning) }
            if grace <= .zero {
                enqueue()
            } else {
                DispatchQueue.global().asyncAfter(deadline: .now() + grace.timeInterval, execute: enqueue)
            }
        case .offWorkQueue(let queue):
            if grace <= .zero {
                queue.async(execute: cancelIfRunning)
            } else {
                queue.asyncAfter(deadline: .now() + grace.timeInterval, execute: cancelIfRunning)
            }
        }
    }
}
