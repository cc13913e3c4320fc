import Foundation
import SeedanceCore

/// Posts each task's callback once, when the task turns terminal: a Swift task per pending callback sleeps on the
/// simulator's clock until the task's completion time (or is triggered at once by a cancellation), renders the
/// dialect's ``SimulatedDialect/callbackBody(for:)`` and POSTs it, retrying on anything but a 200 (see
/// ``CallbackConfiguration``). Only loopback URLs are ever contacted.
final class CallbackDispatcher: @unchecked Sendable {
    private let configuration: CallbackConfiguration
    private let sender: any HTTPTransport
    private let counters: CounterStore
    private let world: TaskWorld
    private let lock = NSLock()
    private var pending: [String: (token: Int, task: Task<Void, Never>)] = [:]
    private var nextToken = 0
    private var delivered: Set<String> = []
    private var stopped = false

    init(configuration: CallbackConfiguration, world: TaskWorld, counters: CounterStore) {
        self.configuration = configuration
        self.sender = configuration.sender ?? URLSessionCallbackSender()
        self.world = world
        self.counters = counters
    }

    /// Schedules the callback of `task` for its completion time.
    func schedule(_ task: SimulatedTask, dialect: any SimulatedDialect) {
        let clock = world.clock
        let deadline = TaskTimeline.terminalTime(of: task)
        start(task.id) { [self] in
            do { try await clock.sleep(until: deadline) } catch { return }
            await deliver(task.id, dialect: dialect)
        }
    }

    /// Posts the callback of `task` now (after a cancellation), replacing the scheduled one.
    func deliverNow(_ task: SimulatedTask, dialect: any SimulatedDialect) {
        start(task.id) { [self] in await deliver(task.id, dialect: dialect) }
    }

    /// Drops the pending callback of `id` (its record was deleted).
    func forget(_ id: String) {
        lock.withLock { pending.removeValue(forKey: id) }?.task.cancel()
    }

    /// Returns once no callback is pending (scheduled ones included: with a virtual clock, advance it first).
    func waitUntilIdle() async {
        while let next = lock.withLock({ pending.values.first?.task }) {
            await next.value
            await Task.yield()
        }
    }

    /// Cancels every pending callback; later schedules are ignored.
    func stop() {
        let tasks = lock.withLock {
            stopped = true
            defer { pending.removeAll() }
            return pending.values.map(\.task)
        }
        tasks.forEach { $0.cancel() }
    }

    private func start(_ id: String, _ body: @escaping @Sendable () async -> Void) {
        lock.withLock {
            guard !stopped, !delivered.contains(id) else { return }
            pending[id]?.task.cancel()
            nextToken += 1
            let token = nextToken
            pending[id] = (
                token,
                Task { [self] in
                    await body()
                    finish(id, token: token)
                }
            )
        }
    }

    private func finish(_ id: String, token: Int) {
        lock.withLock {
            if pending[id]?.token == token { pending.removeValue(forKey: id) }
        }
    }

    private func deliver(_ id: String, dialect: any SimulatedDialect) async {
        guard let observation = await world.observe(id), observation.phase.isTerminal,
            let url = observation.task.callbackURL, let body = dialect.callbackBody(for: observation),
            lock.withLock({ delivered.insert(id).inserted })
        else { return }
        guard Self.isLoopback(url) else {
            counters.update { $0.callbacks.refused += 1 }
            return
        }
        let request = SeedanceHTTPRequest(
            method: .post, url: url, headers: ["Content-Type": "application/json"],
            body: SimulatedResponse.encode(body), kind: .idempotent, requiresAuthorization: false,
            timeout: configuration.timeout)
        for attempt in 0...configuration.retryDelays.count {
            if attempt > 0 {
                do { try await world.clock.sleep(for: configuration.retryDelays[attempt - 1]) } catch { return }
            }
            counters.update { $0.callbacks.attempts += 1 }
            if let response = try? await sender.send(request), response.status == 200 {
                counters.update { $0.callbacks.delivered += 1 }
                return
            }
            if Task.isCancelled { return }
        }
        counters.update { $0.callbacks.abandoned += 1 }
    }

    /// Whether `url` is `http(s)` to `127.0.0.1`, `::1` or `localhost`.
    static func isLoopback(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        else { return false }
        return host == "127.0.0.1" || host == "::1" || host == "localhost"
    }
}
