import Foundation
import SeedanceCore
import Testing

@Suite("Terminal statuses and poll faults (virtual time)", .timeLimit(.minutes(3)))
struct StatusAndFaultTests {
    @Test(arguments: [
        ("expired", SeedanceError.Category.taskExpired, TaskStatus.expired),
        ("cancelled", .cancelled, .cancelled),
        ("failed", .taskFailed, .failed),
    ])
    func aTaskThatDoesNotSucceedEndsTheWaitWithItsCategory(outcome: String, category: SeedanceError.Category, status: TaskStatus) async throws {
        let harness = try Harness { _ in FakeWorld.Script(duration: .seconds(45), outcome: outcome) }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(600)) }
        let error = try #require(result.seedanceError)
        #expect(error.category == category)
        #expect(error.taskID == "task-0")
        #expect(error.provider == "fakeprovider")
        #expect(error.lastSnapshot?.status == status)
        #expect(error.attempts == harness.world.statusRequests(for: "task-0"))
        if outcome == "failed" {
            #expect(error.providerCode == "E1")
            #expect(error.message == "task task-0 failed: the model could not render this prompt")
        }
    }

    @Test func anUnknownStatusIsSurfacedInUpdatesAndPollingContinues() async throws {
        let harness = try Harness()
        harness.world.addTask("t-7", script: FakeWorld.Script(duration: .seconds(1), timeline: [(.zero, "warming_up"), (.seconds(200), "succeeded")]))
        let watching = await harness.start { client in
            var seen: [TaskSnapshot] = []
            for try await snapshot in client.updates(of: "t-7") { seen.append(snapshot) }
            return seen
        }
        let waiting = await harness.start { try await $0.wait(for: "t-7", timeout: .seconds(900)) }
        await harness.finish([watching])
        await harness.finish([waiting])
        let seen = try #require(watching.box.result?.value)
        #expect(seen.map(\.status) == [.unknown("warming_up"), .succeeded])
        #expect(seen.first?.rawStatus == "warming_up")
        #expect(waiting.box.result?.value?.status == .succeeded)
        #expect(harness.world.requests.first?.time == .zero)  // a task of unknown age is polled at once
        #expect(harness.world.statusRequests(for: "t-7") >= 3)
    }

    @Test func updatesYieldOneElementPerObservableChange() async throws {
        let harness = try Harness()
        let timeline: [(after: Duration, status: String)] = [(.zero, "queued"), (.seconds(30), "running"), (.seconds(90), "succeeded")]
        harness.world.addTask("t-8", script: FakeWorld.Script(duration: .seconds(1), timeline: timeline))
        let watching = await harness.start { client in
            var seen: [TaskStatus] = []
            for try await snapshot in client.updates(of: "t-8") { seen.append(snapshot.status) }
            return seen
        }
        await harness.finish([watching])
        #expect(watching.box.result?.value == [.queued, .running, .succeeded])
        #expect(harness.world.statusRequests(for: "t-8") > 3)  // more polls than changes, yet one element per change
    }

    @Test func transientFailuresDuringPollsDoNotFailTheTask() async throws {
        let harness = try Harness()
        let counter = Counter()
        harness.world.setFault { request, _ in
            guard request.method == .get else { return nil }
            switch counter.next() {
            case 0: return .respond(503, headers: [:])
            case 1: return .fail(.connectionLost)
            case 2: return .respond(500, headers: [:])
            case 3: return .fail(.timedOut)
            default: return nil
            }
        }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(900)) }
        #expect(result.value?.status == .succeeded)
        #expect(harness.world.statusRequests(for: "task-0") >= 5)
    }

    @Test func noTaskIDIsLostWhenEveryPollFails() async throws {
        let harness = try Harness()
        harness.world.setFault { request, _ in request.method == .get ? .respond(503, headers: [:]) : nil }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(600)) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .timeout)
        #expect(error.taskID == "task-0")
        #expect(error.attempts == harness.world.statusRequests(for: "task-0"))
        #expect(error.message.contains("the last poll failed: server"))
        #expect(harness.clock.now == .seconds(600))
        // Backoff from 2 s doubling to the 60 s maximum: a bounded number of polls in 10 minutes.
        #expect((8...20).contains(harness.world.statusRequests(for: "task-0")))
    }

    @Test func anErrorRetryingCannotFixIsGivenToTheWaiterAfterThreeTries() async throws {
        let harness = try Harness()
        harness.world.setFault { request, _ in request.method == .get ? .respond(404, headers: [:]) : nil }
        let result = await harness.run { try await $0.generate(Harness.request, timeout: .seconds(3600)) }
        let error = try #require(result.seedanceError)
        #expect(error.category == .notFound)
        #expect(error.taskID == "task-0")
        #expect(error.httpStatus == 404)
        #expect(error.attempts == 3)
        #expect(harness.world.statusRequests(for: "task-0") == 3)
        #expect(harness.clock.now < .seconds(3600))
    }

    /// 300 tasks created one per second, each finishing 60–120 s later, with `fault` on every request.
    static func busyClient(fault: (@Sendable (SeedanceHTTPRequest, Duration) -> FakeWorld.Fault?)?) async throws -> (Harness, [Running<TaskSnapshot>]) {
        let harness = try Harness { index in FakeWorld.Script(duration: .seconds(60 + Double(index % 61))) }
        harness.world.setFault(fault)
        var running: [Running<TaskSnapshot>] = []
        for index in 0..<300 {
            await harness.driver.run(through: .seconds(Double(index)))
            let id = try await harness.client.submit(Harness.request).id
            running.append(await harness.start { try await $0.wait(for: id, timeout: .seconds(3600)) })
        }
        await harness.finish(running)
        return (harness, running)
    }

    @Test func aStormOf429sSlowsPollingEngineWideHonoursRetryAfterAndRecovers() async throws {
        let limited = Recorder()
        let (harness, running) = try await Self.busyClient { request, now in
            guard request.method == .get, now >= .seconds(100), now < .seconds(160) else { return nil }
            limited.record(now)
            return .respond(429, headers: ["Retry-After": "5"])
        }
        let (calm, _) = try await Self.busyClient(fault: nil)
        func polls(_ harness: Harness, from start: Double, to end: Double) -> Int {
            harness.world.requests.filter { $0.method == "GET" && $0.time >= .seconds(start) && $0.time < .seconds(end) }.count
        }

        #expect(running.allSatisfy { $0.box.result?.value?.status == .succeeded })
        #expect(polls(calm, from: 100, to: 160) > 50)  // what those 60 s cost without a storm
        #expect(polls(harness, from: 100, to: 160) <= 60 / 5 + 2)  // during the storm: one probe per Retry-After
        let times = limited.times
        for (index, time) in times.enumerated() where index + 1 < times.count && times[index + 1] != time {
            #expect(times[index + 1] - time >= .seconds(5))  // nothing sent before the Retry-After elapsed
        }
        // Recovery: tasks finishing well after the storm are detected about as promptly as without it.
        let late = harness.world.createdIDs.filter { harness.world.completesAt($0)! > .seconds(260) }
        #expect(late.count > 50)
        func medianLatency(_ harness: Harness) -> Double {
            let latencies = late.map { (harness.world.detectedAt($0)! - harness.world.completesAt($0)!).timeInterval }.sorted()
            return latencies[latencies.count / 2]
        }
        #expect(medianLatency(harness) < medianLatency(calm) * 1.5 + 2)
        await harness.driver.run(through: harness.clock.now + .seconds(300))
        #expect(!harness.client.engine.isRateLimited)
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }; return value
        }
    }
}

/// Thread-safe list of times.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Duration] = []
    func record(_ time: Duration) { lock.withLock { stored.append(time) } }
    var times: [Duration] { lock.withLock { stored } }
}

@Suite("Leaving an updates stream", .timeLimit(.minutes(3)))
struct UpdatesTerminationTests {
    @Test func breakingOutOfTheLoopRemovesTheInterest() async throws {
        let harness = try Harness()
        harness.world.addTask("t-9", script: FakeWorld.Script(duration: .seconds(3600)))
        let first = await harness.start { client in
            for try await snapshot in client.updates(of: "t-9") { return snapshot.status }
            return TaskStatus.unknown("none")
        }
        await harness.finish([first])
        #expect(first.box.result?.value == .running)
        await harness.driver.settle { harness.client.engine.trackedTaskCount == 0 }
        let polls = harness.world.statusRequests(for: "t-9")
        await harness.driver.run(through: .seconds(7200))
        #expect(harness.world.statusRequests(for: "t-9") == polls)
    }
}
