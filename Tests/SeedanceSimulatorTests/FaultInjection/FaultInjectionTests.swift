import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("Fault injection through the in-process transport")
struct FaultInjectionTests {
    /// What a client saw for one request.
    enum Seen: Hashable {
        case answer(status: Int, validJSON: Bool, contentType: String)
        case transport(HTTPTransportError.Kind)
    }

    /// Sends `count` status polls of one existing task through a simulator whose only rule is `kind` at `rate`.
    static func poll(_ kind: FaultKind, rate: Double, count: Int = 1000, seed: UInt64 = 42) async throws -> (seen: [Seen: Int], counters: SimulatorCounters) {
        let simulator = Simulator.toy(clock: RecordingClock()) {
            $0.randomSeed = seed
            $0.faults = FaultPlan([FaultRule(kind, rate: rate, routes: [.status])])
        }
        var client = ToyClient(simulator)
        client.timeout = .seconds(10)
        let id = try await client.create()
        var seen: [Seen: Int] = [:]
        for _ in 0..<count {
            do {
                let answer = try await client.send(.get, "/tasks/\(id)")
                let outcome = Seen.answer(
                    status: answer.status, validJSON: answer.json != .null,
                    contentType: String(answer.response.headers["Content-Type"]?.prefix(9) ?? ""))
                seen[outcome, default: 0] += 1
            } catch let error as HTTPTransportError {
                seen[.transport(error.kind), default: 0] += 1
            }
        }
        return (seen, simulator.counters)
    }

    static let healthy = Seen.answer(status: 200, validJSON: true, contentType: "applicati")

    @Test(
        "each fault kind at rate 0.3 over 1,000 polls: within tolerance, visible as the client sees it, and exactly reproducible",
        arguments: [
            (FaultKind.rateLimited(retryAfter: .seconds(2)), Seen.answer(status: 429, validJSON: true, contentType: "applicati")),
            (FaultKind.serverError(status: 502), Seen.answer(status: 502, validJSON: true, contentType: "applicati")),
            (FaultKind.resetBeforeRead, Seen.transport(.connectionNotEstablished)),
            (FaultKind.resetAfterCommit, Seen.transport(.connectionLost)),
            (FaultKind.truncatedBody, Seen.answer(status: 200, validJSON: false, contentType: "applicati")),
            (FaultKind.nonJSONBody, Seen.answer(status: 200, validJSON: false, contentType: "text/html")),
            (FaultKind.resetMidBody, Seen.transport(.connectionLost)),
            (FaultKind.slowAnswer(delay: .seconds(30)), Seen.transport(.timedOut)),
        ])
    func rates(kind: FaultKind, symptom: Seen) async throws {
        let run = try await Self.poll(kind, rate: 0.3)
        let injected = run.counters.faults(kind)
        #expect((240...360).contains(injected), "\(kind): \(injected) of 1000")
        #expect(run.seen[symptom] == injected)
        #expect(run.seen[Self.healthy] == 1000 - injected)
        #expect(run.counters.totalFaultsInjected == injected)
        #expect(run.counters.polls == 1000)
        let again = try await Self.poll(kind, rate: 0.3)
        #expect(again.counters.faults(kind) == injected)
        #expect(again.seen == run.seen)
    }

    @Test("a 429 carries Retry-After in whole seconds and the dialect's envelope")
    func retryAfter() async throws {
        let simulator = Simulator.toy()
        simulator.injectNext(.rateLimited(retryAfter: .milliseconds(1500)))
        let answer = try await ToyClient(simulator).send(.get, "/tasks/none")
        #expect(answer.status == 429)
        #expect(answer.response.headers["Retry-After"] == "2")
        #expect(answer.json["error"]?["code"] == "TooMany")
    }

    @Test("a slow answer shorter than the timeout arrives after the delay on the simulator's clock")
    func slowButInTime() async throws {
        let clock = RecordingClock()
        let simulator = Simulator.toy(clock: clock)
        var client = ToyClient(simulator)
        client.timeout = .seconds(10)
        simulator.injectNext(.slowAnswer(delay: .seconds(3)))
        let id = try await client.create()
        #expect(clock.now == .seconds(3))
        #expect(try await client.status(id)["status"] == "queued")
    }

    @Test("rules are limited to their routes, capped by their limit, and share one draw in order")
    func routesLimitsAndShares() async throws {
        let simulator = Simulator.toy {
            $0.faults = FaultPlan([
                FaultRule(.serverError(status: 500), rate: 1, routes: [.create], limit: 3),
                FaultRule(.serverError(status: 503), rate: 0.2, routes: [.status]),
                FaultRule(.rateLimited(retryAfter: .seconds(1)), rate: 0.3, routes: [.status]),
            ])
        }
        let client = ToyClient(simulator)
        var creates: [Int] = []
        for _ in 0..<5 { creates.append(try await client.send(.post, "/tasks", body: ["prompt": "p"]).status) }
        #expect(creates == [500, 500, 500, 200, 200])
        for _ in 0..<1000 { _ = try await client.send(.get, "/tasks/unknown") }
        let counters = simulator.counters
        #expect(counters.faults(.serverError(status: 500)) == 3)
        #expect((150...250).contains(counters.faults(.serverError(status: 503))))
        #expect((240...360).contains(counters.faults(.rateLimited(retryAfter: .seconds(1)))))
        #expect(counters.createsCommitted == 2)
    }

    @Test("a reset after commit: the client gets connectionLost, the task exists, the counters show it")
    func resetAfterCommit() async throws {
        let simulator = Simulator.toy()
        simulator.injectNext(.resetAfterCommit, on: [.create])
        let client = ToyClient(simulator)
        let error = await #expect(throws: HTTPTransportError.self) { try await client.create() }
        #expect(error?.kind == .connectionLost)
        let counters = simulator.counters
        #expect(counters.creates == 1)
        #expect(counters.createsCommitted == 1)
        #expect(counters.faults(.resetAfterCommit) == 1)
        let listed = try await client.send(.get, "/tasks").json
        #expect(listed["total"] == 1)
        #expect(listed["items"]?[0]?["status"] == "queued")
    }

    @Test("faults that act on nothing commit nothing: reset before read, 429, 503")
    func nothingCommitted() async throws {
        let simulator = Simulator.toy()
        let client = ToyClient(simulator)
        simulator.injectNext(.resetBeforeRead, on: [.create])
        simulator.injectNext(.rateLimited(retryAfter: .seconds(1)), on: [.create])
        simulator.injectNext(.serverError(status: 503), on: [.create])
        let refused = await #expect(throws: HTTPTransportError.self) { try await client.create() }
        #expect(refused?.kind == .connectionNotEstablished)
        #expect(try await client.send(.post, "/tasks", body: ["prompt": "p"]).status == 429)
        #expect(try await client.send(.post, "/tasks", body: ["prompt": "p"]).status == 503)
        #expect(simulator.counters.createsCommitted == 0)
        _ = try await client.create()
        #expect(simulator.counters.createsCommitted == 1)
        #expect(simulator.counters.creates == 4)
        #expect(simulator.counters.totalFaultsInjected == 3)
    }

    @Test("a truncated or reset download: half the body, and the reset leaves the written part")
    func downloadFaults() async throws {
        let simulator = Simulator.toy()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = URL(string: "http://localhost:8078/media/bytes/3000000")!
        let file = directory.appendingPathComponent("blob")
        simulator.injectNext(.truncatedBody, on: [.download])
        let truncated = try await simulator.transport.download(SeedanceHTTPRequest(method: .get, url: url), to: file, progress: nil)
        #expect(truncated.headers["Content-Length"] == "1500000")
        #expect(try Data(contentsOf: file).count == 1_500_000)
        simulator.injectNext(.resetMidBody, on: [.download])
        let reset = await #expect(throws: HTTPTransportError.self) {
            _ = try await simulator.transport.download(SeedanceHTTPRequest(method: .get, url: url), to: file, progress: nil)
        }
        #expect(reset?.kind == .connectionLost)
        #expect(try Data(contentsOf: file).count == 1_500_000)
        #expect(simulator.counters.downloads == 2)
    }
}
