import Foundation

/// The running state shared by the accept thread and the connection threads: whether the server stopped, the open
/// connections to wake when it does, and sleeps that end early on stop.
final class ServerLifecycle: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false
    private var connections: [Int: Int32] = [:]

    var isStopped: Bool { condition.withLock { stopped } }

    /// Records an open connection; false (and nothing recorded) when the server already stopped.
    func register(_ id: Int, descriptor: Int32) -> Bool {
        condition.withLock {
            guard !stopped else { return false }
            connections[id] = descriptor
            return true
        }
    }

    /// Forgets a connection; call before closing its descriptor so that ``stop()`` never touches a reused number.
    func unregister(_ id: Int) {
        condition.withLock { _ = connections.removeValue(forKey: id) }
    }

    /// The number of connections open now.
    var openConnections: Int { condition.withLock { connections.count } }

    /// Marks the server stopped, wakes sleepers and shuts down every open connection (their threads then exit).
    /// Returns false when it had already stopped.
    func stop() -> Bool {
        condition.withLock {
            guard !stopped else { return false }
            stopped = true
            for descriptor in connections.values { Socket.shutdownBoth(descriptor) }
            condition.broadcast()
            return true
        }
    }

    /// Sleeps for `duration`, or less when the server stops; false when it stopped.
    func sleep(_ duration: Duration) -> Bool {
        let deadline = Date(timeIntervalSinceNow: duration.timeInterval)
        return condition.withLock {
            while !stopped {
                if !condition.wait(until: deadline) { return true }
            }
            return false
        }
    }
}
