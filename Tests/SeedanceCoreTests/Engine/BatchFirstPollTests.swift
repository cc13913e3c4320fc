import Foundation
import SeedanceCore
import Testing

@Suite("A batch of equal tasks is found with about one poll each (virtual time)", .serialized, .timeLimit(.minutes(3)))
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

        // Submitted one after another, 5 ms apart (as `submitAll` paces creates), each finishing 2 s after its create.
        var tasks: [SubmittedTask] = []
        for index in 0..<count {
            await harness.driver.run(through: .milliseconds(5 * index))
            tasks.append(try await harness.client.submit(Harness.request))
        }
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

        // The oldest task scouts: one poll per plan time before the end, then the first planned time after 2 s.
        // Every other task is polled exactly once, at the first planned time after 2 s of its own age. The few
        // tasks that explore (5%, fixed by the seed) first probe before the plan's first time, on their own.
        let polls = Dictionary(grouping: harness.world.requests.filter { $0.method == "GET" }, by: { $0.taskID ?? "" })
        var explorers = 0
        for (index, task) in tasks.enumerated() {
            let id = task.id.rawValue
            let created = try #require(harness.world.createdAt(id))
            let ages = (polls[id] ?? []).map { ($0.time - created).timeInterval }
            if let first = ages.first, first < plan[0] - 0.001 {
                explorers += 1
                #expect(ages.count <= 3, "explorer \(id): \(ages)")
                continue
            }
            #expect(ages.count == (index == 0 ? scouting + 1 : 1), "task \(id) polled at ages \(ages)")
            #expect(abs((ages.last ?? 0) - found) < 0.001, "task \(id) polled at ages \(ages)")
        }
        #expect(explorers <= count / 10)
        let total = polls.values.map(\.count).reduce(0, +)
        #expect(total <= count + scouting + 2 * explorers)
    }
}
