import Foundation
import SeedanceCore
import Testing

@Suite("Waits always end: persistent poll failure, backoff, terminal status errors (virtual time)", .timeLimit(.minutes(3)))
struct EndlessWaitTests {
    static let persistentFaults: [(String, FakeWorld.Fault, SeedanceError.Category)] = [
        ("HTTP 500", .respond(500, headers: [:]), .server),
        ("a lost connection", .fail(.connectionLost), .transport),
        ("an unreadable body", .respondBody(200, "<html>gateway</html>"), .decoding),
    ]

    @Test(arguments: persistentFaults.indices)
    func aWaitWithNoTimeoutEndsAfterTheFailureToleranceWithTheLastError(index: Int) async throws {
        let (name, fault, category) = Self.persistentFaults[index]
        let harness = try Harness()
        harness.world.setFault { request, _ in request.method == .get ? fault : nil }
        let result = await harness.run { try await $0.generate(Harness.request) }
        let error = try #require(result.seedanceError, "\(name)")
        let firstPoll = try #require(harness.world.requests.first { $0.method == "GET" }?.time)
        #expect(error.category == category, "\(name)")
        #expect(error.taskID == "task-0")
        #expect(error.attempts == harness.world.statusRequests(for: "task-0"))
        #expect(error.message.hasPrefix("task task-0: every poll failed for "))
        #expect(error.message.contains("the last poll failed: "))
        // Ends at the first failed poll after 600 s of failure: at most one maximum interval (60 s) later.
        #expect(harness.clock.now >= firstPoll + .seconds(600))
        #expect(harness.clock.now <= firstPoll + .seconds(660))
    }

    @Test func theFailureToleranceIsConfigurableAndAnAnswerResetsIt() async throws {
        let harness = try Harness(engine: EngineConfiguration(jitterSeed: 7, failureTolerance: .seconds(30))) { _ in
            FakeWorld.Script(duration: .seconds(3600))
        }
        // Every poll fails but the fourth (about 14 s after the first failure): the 30 s stretch restarts there.
        let polls = Counter()
        harness.world.setFault { request, _ in
            guard request.method == .get else { return nil }
            return polls.next() == 3 ? nil : .respond(503, headers: [:])
        }
        let result = await harness.run { try await $0.wait(for: try await $0.submit(Harness.request).id) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .server)
        #expect(error.httpStatus == 503)
        #expect(error.taskID == "task-0")
        let gets = harness.world.requests.filter { $0.method == "GET" }.map(\.time)
        #expect(gets[3] - gets[0] < .seconds(30))
        #expect(harness.clock.now >= gets[4] + .seconds(30))
        #expect(harness.clock.now <= gets[4] + .seconds(30 + 60))
    }

    @Test func failedPollsBackOffWithFixedPolling() async throws {
        let harness = try Harness(engine: EngineConfiguration(strategy: .fixed(interval: .milliseconds(200)), jitterSeed: 7))
        harness.world.setFault { request, _ in request.method == .get ? .respond(500, headers: [:]) : nil }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(60)) }
        #expect(result.seedanceError?.category == .timeout)
        let times = harness.world.requests.filter { $0.method == "GET" }.map(\.time)
        // 0.2 s, then gaps of 0.2, 0.4, 0.8 … s (doubling), plus the last poll before the deadline: not 297 polls.
        #expect(times.count <= 11)
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        #expect(Array(gaps.prefix(6)) == [0.2, 0.4, 0.8, 1.6, 3.2, 6.4].map { Duration.milliseconds(Int($0 * 1000)) })
    }

    static let terminalCodes: [(String, SeedanceError.Category)] = [
        ("task_failed", .taskFailed), ("content_rejected", .contentRejected), ("task_expired", .taskExpired), ("task_cancelled", .cancelled),
    ]

    @Test(arguments: terminalCodes.indices)
    func aStatusErrorSayingTheTaskIsOverEndsTheWaitAtOnce(index: Int) async throws {
        let (code, category) = Self.terminalCodes[index]
        let harness = try Harness()
        harness.world.setFault { request, _ in request.method == .get ? .respondBody(400, #"{"code":"\#(code)"}"#) : nil }
        let result = await harness.run { try await $0.generate(Harness.request) }
        let error = try #require(result.seedanceError)
        #expect(error.category == category)
        #expect(error.providerCode?.rawValue == code)
        #expect(error.taskID == "task-0")
        #expect(error.attempts == 1)
        #expect(harness.world.statusRequests(for: "task-0") == 1)
    }
}
