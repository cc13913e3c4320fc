import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// `shutdown()` of a client that made its own `URLSessionTransport` leaves no connection open: the loopback
/// simulator sees every keep-alive connection closed.
@Suite("Shutdown leaves no connection open", .timeLimit(.minutes(3)))
struct ShutdownConnectionTests {
    @Test("after shutdown() the client's own URLSessionTransport holds no connection to the server")
    func shutdownClosesEveryConnection() async throws {
        let simulated = SimulatedModelArk(name: "byteplus")
        let simulator = Simulator(
            dialects: [simulated], configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(30)), randomSeed: 0x5D01))
        let server = try await simulator.startServer()
        defer { server.stop() }
        // No transport passed: the client makes (and owns) its URLSessionTransport.
        let client = try SeedanceClient(
            dialect: ModelArk.byteplus(baseURL: server.baseURL(for: simulated.name)), apiKey: APIKey("sk-test-shutdown-conn"))
        let task = try await client.submit(VideoRequest(prompt: "keep-alive"))
        _ = try await client.status(of: task.id)
        _ = try await client.status(of: task.id)
        #expect(server.openConnectionCount > 0)

        await client.shutdown()

        let deadline = ContinuousClock.now + .seconds(5)
        while server.openConnectionCount > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(server.openConnectionCount == 0)
    }
}
