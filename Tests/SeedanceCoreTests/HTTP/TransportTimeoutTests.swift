import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

@Suite("URLSessionTransport timeouts")
struct TransportTimeoutTests {
    @Test(.timeLimit(.minutes(3)))
    func theIdleTimeoutEndsASilentRequest() async throws {
        let server = try LoopbackHTTPServer { _ in ServerResponse(status: 200, behavior: .delay(.seconds(50))) }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(idleTimeout: .milliseconds(300)))
        let start = ContinuousClock.now
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/slow"))) }
        #expect(failure?.kind == .timedOut)
        // 0.3 s is applied as a whole second (rounded up), never as "at once"; the bound is wide for a loaded machine
        // and still far below the server's 50 s silence.
        #expect(seconds(since: start) >= 0.9 && seconds(since: start) < 30)
    }

    @Test(.timeLimit(.minutes(3)))
    func theOverallDeadlineEndsATrickle() async throws {
        // 10 bytes every 100 ms (30 s in all) never trips the idle timer; the deadline must.
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, body: .generated(byteCount: 3_000), behavior: .drip(chunkSize: 10, interval: .milliseconds(100)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        var request = SeedanceHTTPRequest.getJSON(server.url(path: "/trickle"))
        request.timeout = .milliseconds(700)
        let start = ContinuousClock.now
        let failure = await transportError { try await transport.send(request) }
        #expect(failure?.kind == .timedOut)
        #expect(seconds(since: start) >= 0.6 && seconds(since: start) < 15)
        // The abandoned transfer still holds its slot until URLSession lets go of it, then returns it.
        #expect(await eventually { transport.requestsInFlight == 0 })
    }

    @Test(.timeLimit(.minutes(3)))
    func theConfiguredDefaultDeadlineApplies() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, body: .generated(byteCount: 1_000), behavior: .drip(chunkSize: 10, interval: .milliseconds(100)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(requestTimeout: .milliseconds(500)))
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/trickle"))) }
        #expect(failure?.kind == .timedOut)
    }
}
