import Foundation
import SeedanceCore
import Testing

@Suite("Waiting on tasks (virtual time)", .timeLimit(.minutes(3)))
struct WaitTests {
    @Test func generateReturnsTheSucceededSnapshotAndFiresOnSubmittedBeforeAnyPoll() async throws {
        let harness = try Harness()
        let seen = ResultBox<(SubmittedTask, [FakeWorld.Entry])>()
        let world = harness.world
        let result = await harness.run { client in
            try await client.generate(Harness.request, timeout: .seconds(600)) { task in seen.set(.success((task, world.requests))) }
        }
        let snapshot = try #require(result.value)
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.videoURL?.absoluteString == "https://cdn.fake.test/task-0.mp4")
        let (submitted, requestsAtSubmission) = try #require(seen.result?.value)
        #expect(submitted.id == "task-0")
        #expect(submitted.provider == "fakeprovider")
        #expect(submitted.model == "fake-model")
        #expect(requestsAtSubmission.map(\.method) == ["POST"])
        let polls = harness.world.requests.filter { $0.method == "GET" }
        #expect(polls.count >= 1 && polls.count <= 4)
        #expect(polls.allSatisfy { $0.time >= .seconds(10) })  // not before the dialect's first-poll delay
        #expect(harness.world.detectedAt("task-0")! - .seconds(60) < .seconds(30))
    }

    @Test func waitersOnOneTaskShareOneStreamOfPolls() async throws {
        let control = try Harness()
        let controlID = try await control.client.submit(Harness.request).id
        _ = await control.run { try await $0.wait(for: controlID) }
        let alone = control.world.statusRequests(for: controlID.rawValue)

        let harness = try Harness()
        let id = try await harness.client.submit(Harness.request).id
        let first = await harness.start { try await $0.wait(for: id) }
        let second = await harness.start { try await $0.wait(for: id, timeout: .seconds(3600)) }
        let watched = await harness.start { client in
            var statuses: [TaskStatus] = []
            for try await snapshot in client.updates(of: id) { statuses.append(snapshot.status) }
            return statuses
        }
        await harness.finish([first, second])
        await harness.finish([watched])

        #expect(first.box.result?.value?.status == .succeeded)
        #expect(second.box.result?.value?.status == .succeeded)
        #expect(watched.box.result?.value?.last == .succeeded)
        let polls = harness.world.requests.filter { $0.method == "GET" }
        #expect(polls.count == alone)
        #expect(Set(polls.map(\.time)).count == polls.count)  // never two polls of one task at one instant
    }

    @Test func aCancelledWaiterLeavesTheOthersWaiting() async throws {
        let harness = try Harness(dialect: FakeCancellingDialect())
        let id = try await harness.client.submit(Harness.request).id
        let leaving = await harness.start { try await $0.wait(for: id) }
        let staying = await harness.start { try await $0.wait(for: id) }
        await harness.driver.run(through: .seconds(20))

        leaving.task.cancel()
        _ = await leaving.task.result
        #expect(leaving.box.result?.seedanceError == nil)
        #expect(throws: CancellationError.self) { try leaving.box.result?.get() }
        #expect(harness.clock.now == .seconds(20))  // promptly: no virtual time passed

        await harness.finish([staying])
        #expect(staying.box.result?.value?.status == .succeeded)
        #expect(!harness.world.requests.contains { $0.path.hasSuffix("/cancel") })  // the remote task was left alone
    }

    @Test func theLastWaiterLeavingStopsThePolling() async throws {
        let harness = try Harness()
        let id = try await harness.client.submit(Harness.request).id
        let waiting = await harness.start { try await $0.wait(for: id) }
        await harness.driver.run(through: .seconds(15))
        waiting.task.cancel()
        _ = await waiting.task.result
        let pollsAtCancel = harness.world.statusRequests(for: id.rawValue)
        await harness.driver.run(through: .seconds(1000))
        #expect(harness.world.statusRequests(for: id.rawValue) == pollsAtCancel)
        #expect(harness.client.engine.trackedTaskCount == 0)
    }

    @Test func aDeadlineGivesTimeoutWithTheTaskIDAttemptsAndLastSnapshot() async throws {
        let harness = try Harness { _ in FakeWorld.Script(duration: .seconds(10_000)) }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(300)) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .timeout)
        #expect(error.taskID == "task-0")
        #expect(error.lastSnapshot?.status == .running)
        let polls = harness.world.requests.filter { $0.method == "GET" }
        #expect(error.attempts == polls.count)
        #expect(polls.count >= 2)
        #expect(polls.last?.time == .seconds(299))  // the last poll is placed 1 s before the deadline
        #expect(harness.clock.now == .seconds(300))
        #expect(error.message.contains("task-0") && error.message.contains("running"))
    }

    @Test func aTimeoutCanCancelTheRemoteTask() async throws {
        let harness = try Harness(dialect: FakeCancellingDialect()) { _ in
            FakeWorld.Script(duration: .seconds(10_000), timeline: [(.seconds(5_000), "running")])
        }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(120), cancelRemoteOnTimeout: true) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .timeout)
        #expect(error.message.hasSuffix("; cancel on timeout: task task-0 was queued and is now cancelled"))
        #expect(error.lastSnapshot?.status == .cancelled)
        #expect(harness.world.requests.suffix(2).map(\.path) == ["/v1/tasks/task-0", "/v1/tasks/task-0/cancel"])

        let untouched = try Harness(dialect: FakeCancellingDialect()) { _ in FakeWorld.Script(duration: .seconds(10_000)) }
        _ = await untouched.run { try await $0.generate(Harness.request, timeout: .seconds(120)) }
        #expect(!untouched.world.requests.contains { $0.path.hasSuffix("/cancel") })
    }

    @Test func aTimeoutNeverCancelsATaskThatFinishedAfterTheLastPoll() async throws {
        // The last poll is placed 1 s before the deadline (119 s); the task succeeds at 119.5 s.
        let harness = try Harness(dialect: FakeCancellingDialect()) { _ in FakeWorld.Script(duration: .milliseconds(119_500)) }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(120), cancelRemoteOnTimeout: true) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .timeout)
        #expect(error.message.hasSuffix("; cancel on timeout: task task-0 had already ended (succeeded); it was left untouched"))
        #expect(error.lastSnapshot?.status == .succeeded)
        #expect(!harness.world.requests.contains { $0.path.hasSuffix("/cancel") })
    }

    @Test func swiftCancellationOfGenerateIsPromptAndLeavesTheRemoteTaskRunning() async throws {
        let harness = try Harness(dialect: FakeCancellingDialect())
        let generating = await harness.start { try await $0.generate(Harness.request, timeout: .seconds(600), cancelRemoteOnTimeout: true) }
        await harness.driver.run(through: .seconds(30))
        generating.task.cancel()
        _ = await generating.task.result
        // The task exists: the cancelled caller's error delivers it.
        let cancelled = try #require(throws: CancelledSubmission.self) { try generating.box.result?.get() }
        #expect(try await cancelled.outcome.value.id == "task-0")
        #expect(harness.clock.now == .seconds(30))
        #expect(harness.client.engine.trackedTaskCount == 0)
        #expect(!harness.world.requests.contains { $0.path.hasSuffix("/cancel") })
    }
}
