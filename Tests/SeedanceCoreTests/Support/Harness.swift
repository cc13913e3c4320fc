import Foundation
import SeedanceCore
import Testing

/// A client on a virtual clock, talking to a ``FakeWorld`` through a ``FakeDialect``.
struct Harness {
    static let key = APIKey("sk-test-SENTINEL-1234")
    static let request = VideoRequest(prompt: "a cat surfing a wave", duration: .seconds(5))

    let clock: VirtualClock
    let world: FakeWorld
    let client: SeedanceClient
    let driver: VirtualTimeDriver

    init(
        dialect: any Dialect = FakeDialect(), engine: EngineConfiguration = EngineConfiguration(jitterSeed: 7),
        script: @escaping @Sendable (Int) -> FakeWorld.Script = { _ in FakeWorld.Script(duration: .seconds(60)) },
        logger: SeedanceLogger? = nil
    ) throws {
        clock = VirtualClock()
        world = FakeWorld(clock: clock, script: script)
        client = try SeedanceClient(dialect: dialect, apiKey: Self.key, transport: world, retryPolicy: .none, engine: engine, clock: clock, logger: logger)
        driver = VirtualTimeDriver(clock: clock, client: client)
    }

    /// Starts `operation` in a task and lets it reach the engine (`registrations` more waiters registered).
    func start<T: Sendable>(registrations: Int = 1, _ operation: @escaping @Sendable (SeedanceClient) async throws -> T) async -> Running<T> {
        let before = client.engine.registrations
        let box = ResultBox<T>()
        let task = Task { [client] in
            do { box.set(.success(try await operation(client))) } catch { box.set(.failure(error)) }
        }
        await driver.settle { client.engine.registrations >= before + registrations || box.isSet }
        return Running(task: task, box: box)
    }

    /// Plays virtual time until every operation in `running` has finished (or `limit` passes).
    func finish<T>(_ running: [Running<T>], limit: Duration = .seconds(100_000)) async {
        var firstUnfinished = 0
        await driver.run(
            until: {
                while firstUnfinished < running.count, running[firstUnfinished].box.isSet { firstUnfinished += 1 }
                return firstUnfinished == running.count
            }, limit: limit)
        for item in running { _ = await item.task.result }
    }

    /// Starts `operation`, plays virtual time until it ends, and returns its outcome.
    func run<T: Sendable>(limit: Duration = .seconds(100_000), _ operation: @escaping @Sendable (SeedanceClient) async throws -> T) async -> Result<
        T, any Error
    > {
        let running = await start(operation)
        await finish([running], limit: limit)
        return running.box.result ?? .failure(CancellationError())
    }
}

/// An operation started by ``Harness/start(registrations:_:)``.
struct Running<T: Sendable>: Sendable {
    let task: Task<Void, Never>
    let box: ResultBox<T>
}

/// A result set once, readable from any thread.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<T, any Error>?
    private var done = false

    func set(_ result: Result<T, any Error>) {
        lock.withLock {
            stored = result
            done = true
        }
    }

    var result: Result<T, any Error>? { lock.withLock { stored } }
    var isSet: Bool { lock.withLock { done } }
}

extension Result {
    /// The error as a `SeedanceError`, when it is one.
    var seedanceError: SeedanceError? {
        if case .failure(let error) = self { return error as? SeedanceError }
        return nil
    }

    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
