import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

@Suite("URLSessionTransport in-memory body cap")
struct TransportBodyCapTests {
    @Test(.timeLimit(.minutes(3)))
    func aTwentyMebibyteAnswerIsRefusedFromItsLength() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/small"
                ? .json(200, "{}") : ServerResponse(status: 200, headers: ["Content-Type": "application/json"], body: .generated(byteCount: 20 << 20))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/huge"))) }
        #expect(failure?.kind == .responseTooLarge(limit: 8 << 20))
        #expect(await eventually { transport.requestsInFlight == 0 })
        #expect(try await transport.send(.getJSON(server.url(path: "/small"))).status == 200)
    }

    /// The transfer is aborted, not drained: the server sees its connection closed in the middle of the body (a
    /// connection read to its end would stay open for keep-alive).
    @Test(.timeLimit(.minutes(3)))
    func anOverLargeAnswerIsNotReadToTheEnd() async throws {
        let server = try LoopbackHTTPServer { _ in ServerResponse(status: 200, body: .generated(byteCount: 2 << 30)) }
        defer { server.stop() }
        // Without warm-ups, so the only connection is the answer's own: under a loaded test run a warm-up that
        // outlives its 10 s timeout can finish late and leave its connection idle, and open, in the slot.
        let transport = URLSessionTransport(configuration: .init(warmsConnections: false))
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/huge"))) }
        #expect(failure?.kind == .responseTooLarge(limit: 8 << 20))
        #expect(await eventually(timeout: .seconds(90)) { server.openConnectionCount == 0 && transport.requestsInFlight == 0 })
    }

    @Test(.timeLimit(.minutes(3)))
    func aChunkedAnswerIsRefusedWhileStreaming() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, headers: ["Transfer-Encoding": "chunked"], body: .generated(byteCount: 20 << 20))
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(maxResponseBytes: 1 << 20))
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/huge"))) }
        #expect(failure?.kind == .responseTooLarge(limit: 1 << 20))
        #expect(await eventually { transport.requestsInFlight == 0 })
    }

    @Test(.timeLimit(.minutes(3)))
    func aBodyExactlyAtTheCapIsRead() async throws {
        let server = try LoopbackHTTPServer { request in
            ServerResponse(
                status: 200, headers: request.path == "/chunked" ? ["Transfer-Encoding": "chunked"] : [:], body: .generated(byteCount: 1 << 20))
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(maxResponseBytes: 1 << 20))
        for path in ["/length", "/chunked"] {
            let response = try await transport.send(.getJSON(server.url(path: path)))
            #expect(response.body.count == 1 << 20)
            #expect(response.body.last == ServerBody.patternByte(at: (1 << 20) - 1))
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func anOverLargeAnswerToACreateIsAnUnknownOutcome() async throws {
        let server = try LoopbackHTTPServer { _ in ServerResponse(status: 200, body: .generated(byteCount: 20 << 20)) }
        defer { server.stop() }
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(server.url(path: "/tasks"), body: Data("{}".utf8)))
        }
        #expect(error.category == .outcomeUnknown)
        #expect(server.requestCount == 1)
    }
}
