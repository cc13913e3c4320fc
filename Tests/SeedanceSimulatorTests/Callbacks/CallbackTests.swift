import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("Callbacks", .timeLimit(.minutes(3)))
struct CallbackTests {
    static let hook: JSONValue = "http://127.0.0.1:9/hooks/video"

    static func simulator(clock: VirtualClock, sender: ScriptedTransport, delays: [Duration] = [.zero, .zero, .zero]) -> Simulator {
        Simulator.toy(clock: clock) { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: delays) }
    }

    @Test("the terminal task object is posted once to the callback URL when the task finishes")
    func posted() async throws {
        let clock = VirtualClock()
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let simulator = Self.simulator(clock: clock, sender: sender)
        let client = ToyClient(simulator)
        let id = try await client.create(extra: ["callback_url": Self.hook])
        clock.advance(by: .seconds(50))
        await Task.yield()
        #expect(sender.requests.isEmpty)
        clock.advance(by: .seconds(50))
        await simulator.waitForCallbacks()
        let posted = try #require(sender.requests.first)
        #expect(sender.requests.count == 1)
        #expect(posted.method == .post)
        #expect(posted.url.absoluteString == "http://127.0.0.1:9/hooks/video")
        #expect(posted.headers["Authorization"] == nil)
        #expect(posted.headers["Content-Type"] == "application/json")
        #expect(JSONAssert.same(posted.body, try await client.status(id)))
        #expect(JSONAssert.parse(posted.body)["status"] == "succeeded")
        #expect(simulator.counters.callbacks == CallbackCounters(attempts: 1, delivered: 1))
    }

    @Test("a callback not answered 200 is retried after each configured delay, on the simulator's clock")
    func retried() async throws {
        let clock = VirtualClock()
        let sender = ScriptedTransport([
            ScriptedTransport.json(500, "{}"), ScriptedTransport.failure(.connectionNotEstablished),
            ScriptedTransport.json(200, "{}"),
        ])
        let simulator = Self.simulator(clock: clock, sender: sender, delays: [.seconds(5), .seconds(10), .seconds(20)])
        _ = try await ToyClient(simulator).create(extra: ["callback_url": Self.hook])
        clock.advance(by: .seconds(100))
        try await Self.eventually { sender.requests.count == 1 && clock.sleeperCount == 1 }
        clock.advance(by: .seconds(5))
        try await Self.eventually { sender.requests.count == 2 && clock.sleeperCount == 1 }
        clock.advance(by: .seconds(10))
        await simulator.waitForCallbacks()
        #expect(sender.requests.count == 3)
        #expect(simulator.counters.callbacks == CallbackCounters(attempts: 3, delivered: 1))
    }

    @Test("after the first try and three retries fail, the callback is abandoned")
    func abandoned() async throws {
        let clock = VirtualClock()
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(503, "{}"))
        let simulator = Self.simulator(clock: clock, sender: sender)
        _ = try await ToyClient(simulator).create("p", extra: ["callback_url": Self.hook])
        clock.advance(by: .seconds(100))
        await simulator.waitForCallbacks()
        #expect(sender.requests.count == 4)
        #expect(simulator.counters.callbacks == CallbackCounters(attempts: 4, abandoned: 1))
    }

    @Test("only loopback callback URLs are contacted")
    func loopbackOnly() async throws {
        let clock = VirtualClock()
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let simulator = Self.simulator(clock: clock, sender: sender)
        _ = try await ToyClient(simulator).create(extra: ["callback_url": "https://example.com/hook"])
        clock.advance(by: .seconds(100))
        await simulator.waitForCallbacks()
        #expect(sender.requests.isEmpty)
        #expect(simulator.counters.callbacks == CallbackCounters(refused: 1))
    }

    @Test("a cancellation posts the cancelled task at once; a deleted task posts nothing")
    func cancelledAndDeleted() async throws {
        let clock = VirtualClock()
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let simulator = Self.simulator(clock: clock, sender: sender)
        let client = ToyClient(simulator)
        let cancelled = try await client.create(extra: ["callback_url": Self.hook])
        #expect(try await client.send(.post, "/tasks/\(cancelled)/cancel").status == 200)
        await simulator.waitForCallbacks()
        #expect(sender.requests.count == 1)
        #expect(JSONAssert.parse(sender.requests.first?.body)["status"] == "cancelled")

        let deleted = try await client.create(extra: ["callback_url": Self.hook])
        _ = await simulator.world.delete(deleted)
        clock.advance(by: .seconds(100))
        await simulator.waitForCallbacks()
        #expect(sender.requests.count == 1)
    }

    /// Polls `condition` (yielding) until it holds; throws after 60 s of wall time (the full suite loads both cores).
    static func eventually(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while !condition() {
            guard ContinuousClock.now < deadline else { throw ToyClientError(answer: "condition never held") }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}

extension CallbackCounters {
    init(attempts: Int = 0, delivered: Int = 0, abandoned: Int = 0, refused: Int = 0) {
        self.init()
        self.attempts = attempts
        self.delivered = delivered
        self.abandoned = abandoned
        self.refused = refused
    }
}
