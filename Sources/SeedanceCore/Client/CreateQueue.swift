import Foundation

/// The creates of one client waiting to be sent, kept as data: at most ``limit`` run at once, each on one of at
/// most ``limit`` worker tasks, and the others wait in order as one stored closure each (holding the request and
/// its record), not as a suspended call stack per create. A create, once queued, runs to its end whatever happens
/// to its caller; the caller's ``SeedanceCallContext`` goes with it.
final class CreateQueue: @unchecked Sendable {
    /// Creates in flight at once per client (the default transport sends 32 requests at once; more wait there).
    static let defaultLimit = 64

    typealias Create = @Sendable () async -> Void

    let limit: Int
    /// The deadlines of callers waiting for a create's answer.
    let deadlines: CreateDeadlines
    private let lock = NSLock()
    private var pending: [Create?] = []
    private var head = 0
    private var workers = 0

    init(limit: Int = CreateQueue.defaultLimit) {
        self.limit = max(1, limit)
        deadlines = CreateDeadlines()
    }

    /// Queues `create`; it starts at once when fewer than ``limit`` creates are running.
    func enqueue(_ create: @escaping Create) {
        var item = create
        if let context = SeedanceCallContext.current {
            item = { await SeedanceCallContext.withValue(context) { await create() } }
        }
        let startsWorker: Bool = lock.withLock {
            pending.append(item)
            guard workers < limit else { return false }
            workers += 1
            return true
        }
        if startsWorker { Task { await self.drain() } }
    }

    /// Creates queued and not started.
    var waiting: Int { lock.withLock { pending.count - head } }

    private func drain() async {
        while let create = next() { await create() }
    }

    /// The oldest queued create, or `nil` (and one worker fewer) when none is left.
    private func next() -> Create? {
        lock.withLock {
            guard head < pending.count else {
                workers -= 1
                pending = []
                head = 0
                return nil
            }
            let create = pending[head]
            pending[head] = nil
            head += 1
            if head >= 1024, head * 2 >= pending.count {
                pending.removeFirst(head)
                head = 0
            }
            return create
        }
    }
}
