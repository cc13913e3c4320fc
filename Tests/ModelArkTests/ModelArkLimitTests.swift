import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// An Ark HTTP 429 is a rate limit (retried, polled through) unless its code says a limit paused the model: then
/// the create is not retried and a wait ends with the typed error instead of polling until its deadline.
@Suite(.timeLimit(.minutes(3))) struct ModelArkLimitTests {
    static let policy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1))
    static let setLimit = String(decoding: Fixtures.data("modelark/error-429-set-limit.json"), as: UTF8.self)
    static let rateLimit = String(decoding: Fixtures.data("modelark/error-429.json"), as: UTF8.self)
    static let created = String(decoding: Fixtures.data("modelark/create.response.json"), as: UTF8.self)

    func client(_ transport: ScriptedTransport, clock: any SeedanceClock = RecordingClock()) throws -> SeedanceClient {
        try SeedanceClient(dialect: ModelArk.byteplus(), apiKey: APIKey("sk-test-SENTINEL-1234"), transport: transport, retryPolicy: Self.policy, clock: clock)
    }

    @Test func aSetLimitOnCreateIsNotRetried() async throws {
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(429, Self.setLimit))
        let error = try await #require(throws: SeedanceError.self) { try await client(transport).submit(VideoRequest(prompt: "a cat")) }
        #expect(error.category == .rateLimited(retryAfter: nil) && error.providerCode == "SetLimitExceeded")
        #expect(error.retryable == false && !error.isRetryable)
        #expect(transport.requests.count == 1)
    }

    @Test func aTrueRateLimitOnCreateIsRetried() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(429, Self.rateLimit), ScriptedTransport.json(200, Self.created)])
        let task = try await client(transport).submit(VideoRequest(prompt: "a cat"))
        #expect(!task.id.rawValue.isEmpty && transport.requests.count == 2)
    }

    /// Waits up to `timeout` for a task whose every poll is answered 429 with `body`, on a virtual clock; returns the
    /// wait's error, the virtual time it ended at and the number of polls.
    func waitThroughEvery429(_ body: String, timeout: Duration) async throws -> (SeedanceError?, Duration, Int) {
        let clock = VirtualClock()
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(429, body))
        let client = try client(transport, clock: clock)
        let driver = VirtualTimeDriver(clock: clock, client: client)
        let box = ResultHolder()
        let waiter = Task { [client] in
            do { box.set(.success(try await client.wait(for: "cgt-20250331180102-k2r8w", timeout: timeout))) } catch { box.set(.failure(error)) }
        }
        await driver.settle { client.engine.registrations >= 1 || box.isSet }
        await driver.run(until: { box.isSet }, limit: .seconds(3600))
        _ = await waiter.result
        return (box.error, clock.now, transport.requests.count)
    }

    @Test func aWaitEndsOnASetLimitInsteadOfPollingToItsDeadline() async throws {
        let (error, endedAt, _) = try await waitThroughEvery429(Self.setLimit, timeout: .seconds(3600))
        let limit = try #require(error)
        #expect(limit.category == .rateLimited(retryAfter: nil) && limit.providerCode == "SetLimitExceeded" && !limit.isRetryable)
        #expect(limit.taskID == "cgt-20250331180102-k2r8w")
        #expect(endedAt < .seconds(3600), "the wait ended before its deadline")
    }

    @Test func aWaitPollsThroughATrueRateLimit() async throws {
        let (error, _, polls) = try await waitThroughEvery429(Self.rateLimit, timeout: .seconds(600))
        #expect(error?.category == .timeout)
        #expect(polls > 3)
    }
}

/// The outcome of a wait run in a task.
final class ResultHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<TaskSnapshot, any Error>?
    func set(_ value: Result<TaskSnapshot, any Error>) { lock.withLock { result = value } }
    var isSet: Bool { lock.withLock { result != nil } }
    var error: SeedanceError? {
        lock.withLock {
            guard case .failure(let error)? = result else { return nil }
            return error as? SeedanceError
        }
    }
}
