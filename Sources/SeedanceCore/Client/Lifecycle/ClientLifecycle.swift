import Foundation

/// A client's server-side state: whether it still accepts work, who waits in ``SeedanceClient/run()``, and the
/// tracker of journaled tasks.
package final class ClientLifecycle: @unchecked Sendable {
    /// Admits the client's requests until shutdown.
    package let gate: ClientGate
    /// Whether the client made its transport (and so releases it on shutdown).
    let ownsTransport: Bool
    /// For a tenant client: the client whose transport, engine and gate it shares (its `shutdown()` is the
    /// group's), and its place on that engine.
    let root: SeedanceClient?
    let scope: TrackingScope?
    private let lock = NSLock()
    private var tracker: FinishedTaskTracker?
    private var shutdownStarted = false
    private var shutdownDone = false
    private var runWaiters: [CheckedContinuation<Void, Never>] = []

    init(ownsTransport: Bool) {
        self.ownsTransport = ownsTransport
        gate = ClientGate()
        root = nil
        scope = nil
    }

    /// The lifecycle of a tenant of `root`: `root`'s gate, no transport of its own.
    init(tenantOf root: SeedanceClient, scope: TrackingScope) {
        ownsTransport = false
        gate = root.lifecycle.gate
        self.root = root
        self.scope = scope
    }

    /// The journal, when the client has one.
    var journal: (any TaskJournal)? { lock.withLock { tracker?.journal } }

    /// The tracker of finished tasks, when a journal or an `onFinished` handler was given.
    var finishedTaskTracker: FinishedTaskTracker? { lock.withLock { tracker } }

    /// Installs the tracker (once, at initialisation).
    func install(_ tracker: FinishedTaskTracker) {
        lock.withLock { self.tracker = tracker }
    }

    /// Marks shutdown as started; `false` when it had started already.
    func beginShutdown() -> Bool {
        gate.close()
        return lock.withLock {
            defer { shutdownStarted = true }
            return !shutdownStarted
        }
    }

    /// Marks shutdown as done and releases every ``waitUntilShutDown()``.
    func finishShutdown() {
        let waiters: [CheckedContinuation<Void, Never>] = lock.withLock {
            shutdownDone = true
            defer { runWaiters.removeAll() }
            return runWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once shutdown has completed.
    func waitUntilShutDown() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = lock.withLock {
                if shutdownDone { return true }
                runWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}
