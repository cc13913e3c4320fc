import Foundation
import SeedanceCore
import SeedanceSimulator

/// A `SeedanceClient` talking to a simulator, both on one `VirtualClock`: the client's polling engine decides
/// when to poll, and the driver plays virtual time from one engine wake-up to the next.
package struct ClientRig {
    package static let key = APIKey("sk-test-SENTINEL-1234")

    package let clock: VirtualClock
    package let simulator: Simulator
    package let client: SeedanceClient
    package let driver: VirtualTimeDriver

    /// A simulator serving `server` (tasks take 100 s) and a client of `dialect` with `engine`, which is given the simulator's
    /// base URL for `server` on `origin` (the in-process face unless a loopback server's URL is given, with
    /// `transport` then a real one).
    package init(
        server: any SimulatedDialect, dialect: (URL) -> any Dialect, startDate: Date,
        configure: (inout SimulatorConfiguration) -> Void = { _ in }, engine: EngineConfiguration = .default
    ) throws {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(.seconds(100)), clock: clock, startDate: startDate)
        configure(&configuration)
        let simulator = Simulator(dialects: [server], configuration: configuration)
        self.clock = clock
        self.simulator = simulator
        client = try SeedanceClient(
            dialect: dialect(simulator.baseURL(for: server.name)), apiKey: Self.key, transport: simulator.transport,
            retryPolicy: .none, engine: engine, clock: clock)
        driver = VirtualTimeDriver(clock: clock, client: client)
    }

    /// A client of `dialect` on this rig's clock with a real `URLSessionTransport` to `server` (a loopback face).
    package func loopbackClient(_ server: SimulatorServer, dialect: (URL) -> any Dialect) throws -> (SeedanceClient, VirtualTimeDriver) {
        let remote = try SeedanceClient(
            dialect: dialect(server.baseURL(for: simulator.dialects[0].name)), apiKey: Self.key, transport: URLSessionTransport(),
            retryPolicy: .none, clock: clock)
        return (remote, VirtualTimeDriver(clock: clock, client: remote))
    }

    /// Runs `operation` against `client` (default: the rig's), playing virtual time until it ends.
    package func run<T: Sendable>(
        on client: SeedanceClient? = nil, driver: VirtualTimeDriver? = nil,
        _ operation: @escaping @Sendable (SeedanceClient) async throws -> T
    ) async -> Result<T, any Error> {
        let client = client ?? self.client
        let driver = driver ?? self.driver
        let box = OutcomeBox<T>()
        let task = Task { box.set(await Result(awaiting: { try await operation(client) })) }
        while !box.isSet {
            await driver.run(until: { box.isSet }, limit: .seconds(100_000))
            if !box.isSet { try? await Task.sleep(for: .milliseconds(1)) }
        }
        _ = await task.result
        return box.result ?? .failure(CancellationError())
    }
}

extension Result where Failure == any Error {
    package init(awaiting body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }

    /// The error as a `SeedanceError`, when it is one.
    package var seedanceError: SeedanceError? {
        if case .failure(let error) = self { return error as? SeedanceError }
        return nil
    }
}

/// A result set once, readable from any thread.
package final class OutcomeBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<T, any Error>?

    /// An empty box.
    package init() {}

    package func set(_ result: Result<T, any Error>) { lock.withLock { stored = result } }
    package var result: Result<T, any Error>? { lock.withLock { stored } }
    package var isSet: Bool { lock.withLock { stored != nil } }
}
