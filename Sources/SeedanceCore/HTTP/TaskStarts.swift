import Foundation

/// The task starts a transport has handed to dispatch threads, so that invalidating the transport waits for them: a
/// task created on an invalidated session ends the process (FoundationNetworking's `fatalError("Session
/// invalidated")`, an exception on Darwin).
final class TaskStarts: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = 0
    private var closed = false

    /// Runs `start` and returns true, unless ``close()`` came first (then returns false without running it).
    func run(_ start: () -> Void) -> Bool {
        condition.lock()
        guard !closed else {
            condition.unlock()
            return false
        }
        running += 1
        condition.unlock()
        start()
        condition.lock()
        running -= 1
        if running == 0 { condition.broadcast() }
        condition.unlock()
        return true
    }

    /// Refuses every later start and waits for the ones running (each waits at most for URLSession's work queue).
    func close() {
        condition.lock()
        closed = true
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
