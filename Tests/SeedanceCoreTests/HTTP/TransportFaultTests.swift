import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

/// Billing safety through the real transport: which network faults let a create be sent again.
@Suite("Faults through URLSessionTransport and the retry rules")
struct TransportFaultTests {
    private static let createBody = Data(#"{"prompt":"a cat surfing"}"#.utf8)

    @Test(.timeLimit(.minutes(3)))
    func aResetAfterReadingACreateIsAnUnknownOutcome() async throws {
        let creates = Gauge()
        let server = try LoopbackHTTPServer { request in
            creates.enter()
            return ServerResponse(status: 200, behavior: .resetAfterReadingRequest)
        }
        defer { server.stop() }
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(server.url(path: "/tasks"), body: Self.createBody))
        }
        #expect(error.category == .outcomeUnknown)
        #expect(error.attempts == 1)
        #expect(creates.count == 1)
        #expect(server.requestCount == 1)
    }

    /// libcurl replays a request that failed on a reused keep-alive connection before any byte of answer. For a
    /// create, FoundationNetworking cannot rewind the body, so the replay carries headers only: the server never gets
    /// a second complete create, and the request ends at the idle timeout as an unknown outcome.
    @Test(.timeLimit(.minutes(3)))
    func aResetOnAReusedConnectionNeverDeliversASecondCreate() async throws {
        let creates = Gauge()
        let server = try LoopbackHTTPServer { request in
            guard request.method == "POST" else { return .json(200, "{}") }
            creates.enter()
            return ServerResponse(status: 200, behavior: .resetAfterReadingRequest)
        }
        defer { server.stop() }
        // The idle timeout ends libcurl's header-only replay; 5 s keeps the warm-up GET safe on a loaded machine.
        let transport = URLSessionTransport(configuration: .init(idleTimeout: .seconds(5)))
        let executor = loopbackExecutor(transport, server: server)
        _ = try await executor.send(.getJSON(server.url(path: "/warm")))
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(server.url(path: "/tasks"), body: Self.createBody))
        }
        #expect(error.category == .outcomeUnknown)
        #expect(creates.count == 1)
    }

    @Test(.timeLimit(.minutes(3)))
    func aResetBeforeReadingIsRetriedOnlyWhenNothingWasWritten() async throws {
        let creates = Gauge()
        let server = try LoopbackHTTPServer { _ in
            creates.enter()
            return .json(200, #"{"id":"task-1"}"#)
        }
        defer { server.stop() }
        server.resetBeforeReading = { $0 == 1 }
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        do {
            let response = try await executor.send(.createJSON(server.url(path: "/tasks"), body: Self.createBody))
            // libcurl saw the reset as a failed connect: nothing was written, so the create was sent again.
            #expect(response.status == 200)
            #expect(creates.count == 1)
            #expect(server.connectionCount == 2)
        } catch let error as SeedanceError {
            // libcurl saw the reset after writing the request: it cannot know whether the server read it.
            #expect(error.category == .outcomeUnknown)
            #expect(creates.count == 0)
            #expect(server.connectionCount == 1)
        }
        #expect(server.requestCount == creates.count)
    }

    @Test(.timeLimit(.minutes(3)))
    func aStatusRequestSurvivesResetsAndTruncation() async throws {
        let attempts = Gauge()
        let server = try LoopbackHTTPServer { _ in
            let attempt = attempts.enter()
            let body = Data(#"{"status":"running","progress":40}"#.utf8)
            return ServerResponse(status: 200, body: .data(body), behavior: attempt == 1 ? .truncateBody(afterBytes: 10) : .normal)
        }
        defer { server.stop() }
        server.resetBeforeReading = { $0 == 1 }
        let executor = loopbackExecutor(
            URLSessionTransport(), server: server, policy: RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20)))
        let response = try await executor.send(.getJSON(server.url(path: "/tasks/t1")))
        #expect(response.status == 200)
        #expect(response.body == Data(#"{"status":"running","progress":40}"#.utf8))
        #expect(attempts.count == 2)
    }

    @Test(.timeLimit(.minutes(3)))
    func aTruncatedBodyIsAFailureNotAShortAnswer() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, body: .data(Data(repeating: 65, count: 1_000)), behavior: .truncateBody(afterBytes: 100))
        }
        defer { server.stop() }
        let failure = await transportError { try await URLSessionTransport().send(.getJSON(server.url(path: "/t"))) }
        let kind = try #require(failure?.kind)
        #expect(kind == .other || kind == .connectionLost)
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(server.url(path: "/tasks"), body: Self.createBody))
        }
        #expect(error.category == .outcomeUnknown)
    }

    @Test(.timeLimit(.minutes(3)))
    func aRefusedConnectionLetsACreateBeRetried() async throws {
        // A bound port that never listens refuses for as long as the test holds it (a stopped server's port could be
        // taken by another suite meanwhile).
        let refusing = try RefusingPort()
        let executor = RequestExecutor(
            transport: URLSessionTransport(), policy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)),
            clock: SystemClock(), apiKey: APIKey("sk-test-SENTINEL-1234"), apiBase: refusing.url(), provider: "loopback", logger: nil)
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(refusing.url(path: "/tasks"), body: Self.createBody))
        }
        #expect(error.category == .transport)
        #expect(error.attempts == 3)
    }

    @Test(.timeLimit(.minutes(3)))
    func anAmbiguous5xxToACreateIsReportedWithItsRequestID() async throws {
        let creates = Gauge()
        let server = try LoopbackHTTPServer { _ in
            creates.enter()
            return .json(502, #"{"error":"bad gateway"}"#, headers: ["X-Request-Id": "req-502"])
        }
        defer { server.stop() }
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        let error = try await #require(throws: SeedanceError.self) {
            try await executor.send(.createJSON(server.url(path: "/tasks"), body: Self.createBody))
        }
        #expect(error.category == .outcomeUnknown && error.httpStatus == 502 && error.requestID == "req-502")
        #expect(error.bodyExcerpt == #"{"error":"bad gateway"}"#)
        #expect(creates.count == 1)
    }
}
