import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``ServerBehavior``: what the loopback server does to an answer (the faults the transport and soak tests rely on),
/// seen from a raw socket and from the real `URLSessionTransport`.
@Suite("Loopback server behaviours", .timeLimit(.minutes(3)))
struct ServerBehaviorTests {
    static let body = Data("0123456789".utf8)

    static func server(_ behavior: ServerBehavior) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { _ in ServerResponse(status: 200, headers: ["Content-Type": "text/plain"], body: .data(body), behavior: behavior) }
    }

    static func rawExchange(_ server: LoopbackHTTPServer, requests: Int = 1) async throws -> [Data] {
        let port = server.port
        return try await onThread {
            let connection = try RawConnection(port: port)
            return try (0..<requests).map { _ in
                try connection.send("GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                return try connection.readResponse().body
            }
        }
    }

    @Test("normal and dripped answers arrive whole, and the connection stays open for the next request")
    func wholeAnswers() async throws {
        for behavior in [ServerBehavior.normal, .drip(chunkSize: 3, interval: .milliseconds(2)), .delay(.milliseconds(20))] {
            let server = try Self.server(behavior)
            defer { server.stop() }
            #expect(try await Self.rawExchange(server, requests: 2) == [Self.body, Self.body], "\(behavior)")
            #expect(server.connectionCount == 1 && server.requestCount == 2, "\(behavior)")
        }
    }

    @Test("resetAfterReadingRequest: the request is read and counted, and the connection closes without an answer")
    func reset() async throws {
        let server = try Self.server(.resetAfterReadingRequest)
        defer { server.stop() }
        let error = await #expect(throws: RawConnection.Failure.self) { _ = try await Self.rawExchange(server) }
        #expect(error?.description.hasPrefix("read: connection closed") == true)
        #expect(server.requestCount == 1)
        let failure = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport().send(.getJSON(server.url(path: "/x")))
        }
        #expect(failure?.kind == .connectionLost)
    }

    @Test("truncateBody: the head promises the whole body, then the connection closes after the given bytes")
    func truncated() async throws {
        let server = try Self.server(.truncateBody(afterBytes: 4))
        defer { server.stop() }
        let error = await #expect(throws: RawConnection.Failure.self) { _ = try await Self.rawExchange(server) }
        #expect(error?.description.hasPrefix("read: connection closed") == true)
        // URLSession reports the short body as an error (on Linux: "transfer closed with 6 bytes remaining to read").
        await #expect(throws: HTTPTransportError.self) { _ = try await URLSessionTransport().send(.getJSON(server.url(path: "/x"))) }
    }

    @Test("delay: an answer later than the request timeout is a timeout, never a response")
    func delay() async throws {
        let server = try Self.server(.delay(.seconds(20)))
        defer { server.stop() }
        var request = SeedanceHTTPRequest.getJSON(server.url(path: "/x"))
        request.timeout = .milliseconds(300)
        let failure = await #expect(throws: HTTPTransportError.self) { _ = try await URLSessionTransport().send(request) }
        #expect(failure?.kind == .timedOut)
    }
}
