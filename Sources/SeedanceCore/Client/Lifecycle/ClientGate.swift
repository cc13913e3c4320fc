import Foundation

/// Admits a client's requests until the client shuts down, and counts those in flight so shutdown can wait for
/// them to end before it releases the transport.
package final class ClientGate: @unchecked Sendable {
    private let lock = NSLock()
    private var closed = false
    private var active = 0
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []

    package init() {}

    /// Admits one request; `false` once the gate is closed.
    package func enter() -> Bool {
        lock.withLock {
            guard !closed else { return false }
            active += 1
            return true
        }
    }

    /// Ends one admitted request.
    package func leave() {
        let waiters: [CheckedContinuation<Void, Never>] = lock.withLock {
            active -= 1
            guard closed, active == 0 else { return [] }
            defer { drainWaiters.removeAll() }
            return drainWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Refuses every later request. Returns `false` when it was closed already.
    @discardableResult
    package func close() -> Bool {
        lock.withLock {
            defer { closed = true }
            return !closed
        }
    }

    /// Whether ``close()`` has run.
    package var isClosed: Bool { lock.withLock { closed } }

    /// Requests admitted and not yet ended.
    package var requestsInFlight: Int { lock.withLock { active } }

    /// Returns once the gate is closed and no admitted request is left.
    package func drained() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = lock.withLock {
                if closed, active == 0 { return true }
                drainWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}
