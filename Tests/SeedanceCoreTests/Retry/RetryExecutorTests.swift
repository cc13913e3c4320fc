import Foundation
import Testing
@testable import SeedanceCore
import SeedanceTestSupport

@Suite("RequestExecutor on a scripted transport and a recording clock")
struct RetryExecutorTests {
    @Test func rateLimitedTwiceThenSucceedsHonouringRetryAfter() async throws {
        let harness = RetryHarness([
            ScriptedTransport.json(429, #"{"error":"slow down"}"#, headers: ["Retry-After": "2"]),
            ScriptedTransport.json(429, #"{"error":"slow down"}"#, headers: ["retry-after-ms": "1500"]),
            ScriptedTransport.json(200, #"{"status":"running"}"#),
        ])
        let response = try await harness.executor.send(RetryHarness.status())
        #expect(response.status == 200)
        #expect(harness.clock.sleeps == [.seconds(2), .milliseconds(1500)])
        #expect(harness.transport.requests.count == 3)
        let kinds = harness.events.all.map(\.kind)
        #expect(kinds == [.requestSent, .responseReceived, .retryScheduled, .requestSent, .responseReceived, .retryScheduled, .requestSent, .responseReceived])
        #expect(harness.events.all.filter { $0.kind == .retryScheduled }.map(\.duration) == [.seconds(2), .milliseconds(1500)])
        #expect(harness.events.all.filter { $0.kind == .requestSent }.map(\.attempt) == [1, 2, 3])
    }

    @Test func aStatusRequestIsRetriedAfter500() async throws {
        let harness = RetryHarness(
            [ScriptedTransport.json(500, "{}"), ScriptedTransport.json(200, #"{"ok":true}"#)],
            policy: RetryPolicy.default.with(random: .constant(0.5)))
        let response = try await harness.executor.send(RetryHarness.status())
        #expect(response.status == 200)
        #expect(harness.transport.requests.count == 2)
        #expect(harness.clock.sleeps == [.milliseconds(250)])
    }

    @Test(arguments: [500, 502, 503, 504])
    func aCreateIsNotRetriedAfterAnAmbiguousStatus(status: Int) async throws {
        let harness = RetryHarness([
            ScriptedTransport.json(status, #"{"error":"upstream hiccup"}"#, headers: ["X-Request-Id": "req-77"])
        ])
        let error = try await #require(throws: SeedanceError.self) { try await harness.executor.send(RetryHarness.create()) }
        #expect(error.category == .outcomeUnknown)
        #expect(error.httpStatus == status)
        #expect(error.requestID == "req-77")
        #expect(error.bodyExcerpt == #"{"error":"upstream hiccup"}"#)
        #expect(error.attempts == 1)
        #expect(error.provider == "scripted")
        #expect(error.message.contains("not sent again") && error.message.contains("reconcile") && error.message.contains("req-77"))
        #expect(harness.transport.requests.count == 1)
        #expect(harness.clock.sleeps.isEmpty)
        #expect(harness.events.all.last?.kind == .retryAbandoned)
    }

    @Test(arguments: [HTTPTransportError.Kind.timedOut, .connectionLost, .redirectRefused, .other])
    func aCreateIsNotRetriedAfterATimeoutOrAResetAfterSending(kind: HTTPTransportError.Kind) async throws {
        let harness = RetryHarness([ScriptedTransport.failure(kind)])
        let error = try await #require(throws: SeedanceError.self) { try await harness.executor.send(RetryHarness.create()) }
        #expect(error.category == .outcomeUnknown)
        #expect(error.httpStatus == nil)
        #expect(error.attempts == 1)
        #expect(error.message.contains(RetryRules.name(of: kind)))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func aCreateIsRetriedWhenTheConnectionWasRefused() async throws {
        let harness = RetryHarness([
            ScriptedTransport.failure(.connectionNotEstablished),
            ScriptedTransport.failure(.connectionNotEstablished),
            ScriptedTransport.json(200, #"{"id":"task-1"}"#),
        ])
        let response = try await harness.executor.send(RetryHarness.create())
        #expect(response.status == 200)
        #expect(harness.transport.requests.count == 3)
        #expect(harness.transport.requests.allSatisfy { $0.body == RetryHarness.create().body })
    }

    @Test(arguments: [429])
    func aCreateIsRetriedAfterARefusal(status: Int) async throws {
        let harness = RetryHarness([ScriptedTransport.json(status, "{}"), ScriptedTransport.json(200, #"{"id":"task-1"}"#)])
        let response = try await harness.executor.send(RetryHarness.create())
        #expect(response.status == 200)
        #expect(harness.transport.requests.count == 2)
    }

    @Test func retryAfterBeyondTheMaximumReturnsThe429AtOnce() async throws {
        let harness = RetryHarness([ScriptedTransport.json(429, #"{"error":"quota"}"#, headers: ["Retry-After": "3600"])])
        let response = try await harness.executor.send(RetryHarness.create())
        #expect(response.status == 429)
        #expect(harness.transport.requests.count == 1)
        #expect(harness.clock.sleeps.isEmpty)
        #expect(harness.events.all.last?.kind == .retryAbandoned)
        // What the dialect then throws: rateLimited carrying the hint.
        let error = HTTPErrorMapping.error(for: response, provider: "scripted")
        #expect(error.category == .rateLimited(retryAfter: .seconds(3600)))
    }

    @Test func exhaustedRetriesReturnTheLastResponse() async throws {
        let harness = RetryHarness((0..<4).map { _ in ScriptedTransport.json(503, #"{"n":1}"#) })
        let response = try await harness.executor.send(RetryHarness.status())
        #expect(response.status == 503)
        #expect(harness.transport.requests.count == 4)
        #expect(harness.clock.sleeps.count == 3)
    }

    @Test func exhaustedTransportFailuresThrowATypedError() async throws {
        let harness = RetryHarness((0..<4).map { _ in ScriptedTransport.failure(.timedOut) })
        let error = try await #require(throws: SeedanceError.self) { try await harness.executor.send(RetryHarness.status()) }
        #expect(error.category == .timeout)
        #expect(error.attempts == 4)
        #expect(error.message.contains("4 attempts"))
        #expect(harness.transport.requests.count == 4)
    }

    @Test func aCreateRefusedOnEveryAttemptIsATransportError() async throws {
        let harness = RetryHarness((0..<4).map { _ in ScriptedTransport.failure(.connectionNotEstablished) })
        let error = try await #require(throws: SeedanceError.self) { try await harness.executor.send(RetryHarness.create()) }
        #expect(error.category == .transport)
        #expect(error.attempts == 4)
    }

    @Test func downloadsAreRetriedLikeOtherIdempotentRequests() async throws {
        let harness = RetryHarness([ScriptedTransport.json(502, "{}"), ScriptedTransport.json(200, "VIDEO")])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("retry-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        var request = SeedanceHTTPRequest(method: .get, url: URL(string: "https://cdn.example.net/v.mp4")!, requiresAuthorization: false)
        request.kind = .idempotent
        let response = try await harness.executor.download(request, to: file, progress: nil)
        #expect(response.status == 200)
        #expect(try Data(contentsOf: file) == Data("VIDEO".utf8))
        #expect(harness.transport.requests.count == 2)
        #expect(harness.transport.requests.allSatisfy { $0.headers["Authorization"] == nil })
    }

    @Test(.timeLimit(.minutes(3)))
    func cancellationDuringTheWaitEndsPromptly() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(429, "{}", headers: ["Retry-After": "30"])])
        let executor = RequestExecutor(
            transport: transport, policy: .default, clock: SystemClock(), apiKey: nil, apiBase: RetryHarness.apiBase,
            provider: "scripted", logger: nil)
        let task = Task { try await executor.send(RetryHarness.status()) }
        while transport.requests.isEmpty { await Task.yield() }
        try await Task.sleep(for: .milliseconds(20))
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // Far below the 30 s Retry-After being slept; generous because other suites load both cores meanwhile.
        #expect(ContinuousClock.now - cancelled < .seconds(10))
        #expect(transport.requests.count == 1)
    }
}
