import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("The loopback face", .timeLimit(.minutes(3)))
struct SimulatorServerTests {
    @Test("create, poll and download over loopback through URLSessionTransport; results come from the other host name")
    func endToEnd() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let server = try await simulator.startServer()
        defer { server.stop() }
        #expect(server.baseURL.absoluteString == "http://127.0.0.1:\(server.port)")
        #expect(server.baseURL(for: "toy").absoluteString == "http://127.0.0.1:\(server.port)/toy/v1")
        let transport = URLSessionTransport()
        let client = ToyClient(simulator, transport: transport, base: server.baseURL(for: "toy"))
        let id = try await client.create(extra: ["return_last_frame": true])
        #expect(try await client.status(id)["status"] == "queued")
        clock.advance(by: .seconds(100))
        let done = try await client.status(id)
        let video = try #require(done["video_url"]?.stringValue.flatMap(URL.init(string:)))
        #expect(video.absoluteString == "http://localhost:\(server.port)/media/\(id)/video.mp4")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let downloaded = try await transport.download(SeedanceHTTPRequest(method: .get, url: video, requiresAuthorization: false), to: file, progress: nil)
        #expect(downloaded.status == 200)
        #expect(try Data(contentsOf: file) == SampleMedia.mp4)
        let frame = try await transport.send(
            SeedanceHTTPRequest(method: .get, url: try #require(done["last_frame_url"]?.stringValue.flatMap(URL.init(string:)))))
        #expect(Array(frame.body.prefix(8)) == PNGWriter.signature)

        let counters = simulator.counters
        #expect(counters.creates == 1 && counters.polls == 2 && counters.downloads == 2)
        #expect(counters.authorizationReached("127.0.0.1"))
        #expect(!counters.authorizationReached("localhost"))
    }

    @Test("faults over the wire: 429 with Retry-After, truncated and HTML bodies, a mid-body reset, a stall past the timeout")
    func faultsOverTheWire() async throws {
        let simulator = Simulator.toy()
        let server = try await simulator.startServer()
        defer { server.stop() }
        var client = ToyClient(simulator, transport: URLSessionTransport(), base: server.baseURL(for: "toy"))
        let id = try await client.create()

        simulator.injectNext(.rateLimited(retryAfter: .seconds(3)))
        let limited = try await client.send(.get, "/tasks/\(id)")
        #expect(limited.status == 429 && limited.response.headers["Retry-After"] == "3")
        #expect(limited.json["error"]?["code"] == "TooMany")

        simulator.injectNext(.truncatedBody)
        let truncated = try await client.send(.get, "/tasks/\(id)")
        #expect(truncated.status == 200 && truncated.json == .null && !truncated.response.body.isEmpty)

        simulator.injectNext(.nonJSONBody)
        let html = try await client.send(.get, "/tasks/\(id)")
        #expect(html.response.headers["Content-Type"]?.hasPrefix("text/html") == true)

        simulator.injectNext(.resetMidBody)
        await #expect(throws: HTTPTransportError.self) { _ = try await client.send(.get, "/tasks/\(id)") }

        simulator.injectNext(.slowAnswer(delay: .seconds(3)))
        client.timeout = .seconds(1)
        let stalled = await #expect(throws: HTTPTransportError.self) { _ = try await client.send(.get, "/tasks/\(id)") }
        #expect(stalled?.kind == .timedOut)
        #expect(simulator.counters.totalFaultsInjected == 5)
    }

    @Test("a reset after commit on a fresh connection: the client sees a lost connection, the task exists")
    func resetAfterCommitOverTheWire() async throws {
        let simulator = Simulator.toy()
        let server = try await simulator.startServer()
        defer { server.stop() }
        // Without warm-ups, so that the create opens its own connection (a warmed create goes on a reused one: below).
        let transport = URLSessionTransport(configuration: .init(warmsConnections: false))
        let client = ToyClient(simulator, transport: transport, base: server.baseURL(for: "toy"))
        simulator.injectNext(.resetAfterCommit, on: [.create])
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await client.create() }
        #expect(error?.kind == .connectionLost)
        #expect(simulator.counters.createsCommitted == 1)
        #expect(simulator.counters.faults(.resetAfterCommit) == 1)
        #expect(try await client.send(.get, "/tasks").json["total"] == 1)
    }

    @Test("a reset after commit on a reused keep-alive connection is not replayed into a second task")
    func resetAfterCommitOnReusedConnection() async throws {
        let simulator = Simulator.toy()
        let server = try await simulator.startServer()
        defer { server.stop() }
        // The idle timeout is what ends the replayed create; 20 s keeps the warm-up GET safe while other suites load the cores.
        let transport = URLSessionTransport(configuration: .init(idleTimeout: .seconds(20), requestTimeout: .seconds(60)))
        let client = ToyClient(simulator, transport: transport, base: server.baseURL(for: "toy"))
        _ = try await client.send(.get, "/tasks")
        simulator.injectNext(.resetAfterCommit, on: [.create])
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await client.create() }
        // libcurl reconnects after the reset but never completes a second request: the client waits for its idle
        // timeout (or sees the lost connection); either way the outcome is unknown to it and nothing is billed twice.
        #expect(error?.kind == .timedOut || error?.kind == .connectionLost)
        #expect(simulator.counters.creates == 1)
        #expect(simulator.counters.createsCommitted == 1)
    }

    @Test("the server holds 1,000 concurrent keep-alive connections, each answering twice")
    func thousandConnections() async throws {
        let simulator = Simulator.toy()
        let server = try await simulator.startServer()
        defer { server.stop() }
        let id = try await ToyClient(simulator).create()
        let port = server.port
        let request = "GET /toy/v1/tasks/\(id) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAuthorization: Bearer \(ToyClient.key)\r\n\r\n"
        let connections = try await onThread { try (0..<1000).map { _ in try RawConnection(port: port) } }
        let firstRound = try await onThread {
            for connection in connections { try connection.send(request) }
            return try connections.map { try $0.readResponse().status }
        }
        #expect(firstRound == Array(repeating: 200, count: 1000))
        #expect(server.openConnectionCount == 1000)
        let secondRound = try await onThread {
            for connection in connections { try connection.send(request) }
            return try connections.map { try $0.readResponse() }
        }
        #expect(secondRound.allSatisfy { $0.status == 200 && JSONAssert.parse($0.body)["id"] == .string(id) })
        #expect(server.connectionCount == 1000)
        #expect(simulator.counters.polls(of: id) == 2000)
    }
}

extension RawConnection: @unchecked Sendable {}
