import Foundation
import SeedanceCore
import Testing

@Suite("A batch of equal tasks is found with about one poll each (virtual time)", .serialized, .timeLimit(.minutes(1)))
struct BatchFirstPollTests {
    /// The loopback benchmark's hints: expected 2 s, first poll not before 1 s, polls 0.25–2 s apart.
    static let hints = PollingHints(
        expectedDuration: .seconds(2), firstPollDelay: .seconds(1), minimumInterval: .milliseconds(250), maximumInterval: .seconds(2))

    @Test func tasksSubmittedTogetherArePolledOnceEachAfterTheScoutsPolls() async throws {
        let count = 200
        let harness = try Harness(
            dialect: FakeDialect(hints: Self.hints), engine: EngineConfiguration(maxConcurrentPolls: 10_000, jitter: 0, jitterSeed: 7),
            script: { _ in FakeWorld.Script(duration: .seconds(2)) })
        // Nothing learned yet: every task follows the prior's plan, which polls several times before 2 s.
        let plan = harness.client.engine.learnedPlan(for: Harness.request, defaultModel: "fake-model", hints: Self.hints)
        let scouting = plan.filter { $0 < 2 }.count
        let found = try #require(plan.first { $0 >= 2 })
        #expect(scouting >= 2)

        var tasks: [SubmittedTask] = []
        for _ in 0..<count { tasks.append(try await harness.client.submit(Harness.request)) }
        let feed = harness.client.completions(of: tasks)
        let done = ResultBox<Int>()
        let consumer = Task {
            var succeeded = 0
            for await completion in feed where completion.snapshot?.status == .succeeded { succeeded += 1 }
            done.set(.success(succeeded))
        }
        await harness.driver.settle { harness.client.engine.registrations == count }
        await harness.driver.run(until: { done.isSet }, limit: .seconds(60))
        await consumer.value
        #expect(done.result?.value == count)

        // One poll per plan time before the end, by whichever task gets there first; every task then once, at the
        // first planned time after 2 s. The few tasks that explore (5%) probe once before the plan's first time.
        let polls = harness.world.requests.filter { $0.method == "GET" }
        let probes = polls.filter { $0.time < .seconds(plan[0]) - .milliseconds(1) }.count
        #expect(probes <= count / 10)
        #expect(polls.count == count + scouting + probes)
        for task in tasks {
            let detected = try #require(harness.world.detectedAt(task.id.rawValue))
            #expect(abs((detected - .seconds(found)).timeInterval) < 0.001, "task \(task.id.rawValue) detected at \(detected)")
        }
    }
}
