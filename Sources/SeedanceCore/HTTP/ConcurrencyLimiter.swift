import Foundation

/// An async counting semaphore with first-in, first-out waiters. ``acquire()`` suspends while `limit` permits are
/// out; a caller cancelled while waiting leaves the queue at once with `CancellationError` and takes no permit.
package final class ConcurrencyLimiter: @unchecked Sendable {
    private final class Waiter: @unchecked Sendable {
        var continuation: CheckedContinuation<Void, Error>?
        var cancelled = false
    }

    private let lock = NSLock()
    private let limit: Int
    private var inUse = 0
    private var waiters: [Waiter] = []

    /// A limiter handing out at most `limit` (at least 1) permits at a time.
    package init(limit: Int) { self.limit = max(1, limit) }

    /// Permits out now.
    package var permitsInUse: Int { lock.withLock { inUse } }

    /// Callers waiting now.
    package var waiting: Int { lock.withLock { waiters.count } }

    /// Takes a permit, waiting for one if needed. Balance every successful call with one ``release()``.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled before a permit is granted.
    package func acquire() async throws {
        try Task.checkCancellation()
        let granted: Bool = lock.withLock {
            guard inUse < limit, waiters.isEmpty else { return false }
            inUse += 1
            return true
        }
        if granted { return }
        let waiter = Waiter()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                // A permit may have been returned since the fast path looked.
                let outcome: Result<Void, Error>? = lock.withLock {
                    if waiter.cancelled { return .failure(CancellationError()) }
                    if inUse < limit && waiters.isEmpty {
                        inUse += 1
                        return .success(())
                    }
                    waiter.continuation = continuation
                    waiters.append(waiter)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Void, Error>? = lock.withLock {
                waiter.cancelled = true
                guard let index = waiters.firstIndex(where: { $0 === waiter }) else { return nil }
                waiters.remove(at: index)
                return waiter.continuation
            }
            continuation?.resume(throwing: CancellationError())
        }
    }

    /// Returns a permit, handing it to the longest waiter if there is one.
    package func release() {
        let next: CheckedContinuation<Void, Error>? = lock.withLock {
            guard !waiters.isEmpty else {
                inUse = max(0, inUse - 1)
                return nil
            }
            return waiters.removeFirst().continuation
        }
        next?.resume()
    }
}
