import Foundation
import SeedanceCore
import Testing

@Suite("A new waiter never delays a poll (virtual time)", .timeLimit(.minutes(2)))
struct WaiterFairnessTests {
    /// The times of the status requests for one task that finishes after an hour, with one waiter, or with a new
    /// waiter registered every second of that hour.
    static func pollTimes(_ strategy: PollingStrategy, waiterEverySecond: Bool) async throws -> [Duration] {
        let harness = try Harness(engine: EngineConfiguration(strategy: strategy, jitterSeed: 7)) { _ in FakeWorld.Script(duration: .seconds(3610)) }
        let id = try await harness.client.submit(Harness.request).id
        var running = [await harness.start { try await $0.wait(for: id) }]
        if waiterEverySecond {
            for second in 1...3600 {
                await harness.driver.run(through: .seconds(Double(second)))
                running.append(await harness.start { try await $0.wait(for: id) })
            }
        }
        await harness.finish(running)
        #expect(running.allSatisfy { $0.box.result?.value?.status == .succeeded })
        return harness.world.requests.filter { $0.method == "GET" }.map(\.time)
    }

    @Test func fixedPollingStaysOnItsIntervalWhileWaitersKeepArriving() async throws {
        let times = try await Self.pollTimes(.fixed(interval: .seconds(30)), waiterEverySecond: true)
        #expect(times == (1...121).map { Duration.seconds(30 * $0) })
    }

    @Test func adaptivePollingFollowsTheSamePlanWithOneWaiterOrThousands() async throws {
        let alone = try await Self.pollTimes(.adaptive(), waiterEverySecond: false)
        let crowded = try await Self.pollTimes(.adaptive(), waiterEverySecond: true)
        #expect(alone.count > 10)
        #expect(crowded == alone)
    }

    @Test func aWaiterWithADeadlineBringsThePollForwardButNeverLater() async throws {
        let harness = try Harness(engine: EngineConfiguration(strategy: .fixed(interval: .seconds(30)), jitterSeed: 7)) { _ in
            FakeWorld.Script(duration: .seconds(100))
        }
        let id = try await harness.client.submit(Harness.request).id
        let patient = await harness.start { try await $0.wait(for: id) }
        await harness.driver.run(through: .seconds(5))
        let hurried = await harness.start { try await $0.wait(for: id, timeout: .seconds(10)) }  // deadline 15 s
        await harness.driver.run(through: .seconds(20))
        let late = await harness.start { try await $0.wait(for: id, timeout: .seconds(600)) }  // a deadline far off
        await harness.finish([patient, late])
        await harness.finish([hurried])
        #expect(hurried.box.result?.seedanceError?.category == .timeout)
        let times = harness.world.requests.filter { $0.method == "GET" }.map(\.time)
        // 14 s: the hurried waiter's last poll (1 s before its deadline); then the fixed plan goes on from there.
        #expect(times == [.seconds(14), .seconds(44), .seconds(74), .seconds(104)])
    }
}
