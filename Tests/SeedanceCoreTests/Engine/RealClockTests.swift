import Foundation
import SeedanceCore
import Testing

/// The engine on the real clock: timers really sleep. Kept short (sub-second tasks) and loose in what it asserts
/// about timing, since real time on a shared machine varies.
@Suite("The engine on the system clock", .timeLimit(.minutes(3)))
struct RealClockTests {
    static let hints = PollingHints(
        expectedDuration: .milliseconds(300), firstPollDelay: .milliseconds(50), minimumInterval: .milliseconds(50), maximumInterval: .milliseconds(200))

    @Test func tasksFinishingInRealTimeAreDetectedAndCancellationIsPrompt() async throws {
        let clock = SystemClock()
        let world = FakeWorld(clock: clock) { _ in FakeWorld.Script(duration: .milliseconds(300)) }
        let client = try SeedanceClient(
            dialect: FakeDialect(hints: Self.hints), apiKey: Harness.key, transport: world, retryPolicy: .none,
            engine: EngineConfiguration(jitterSeed: 3), clock: clock)

        let snapshots = try await withThrowingTaskGroup(of: TaskSnapshot.self) { group in
            for _ in 0..<20 { group.addTask { try await client.generate(Harness.request, timeout: .seconds(20)) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(snapshots.count == 20 && snapshots.allSatisfy { $0.status == .succeeded })
        #expect(world.totalStatusRequests <= 20 * 10)
        #expect(client.engine.trackedTaskCount == 0)

        let slow = FakeWorld(clock: clock) { _ in FakeWorld.Script(duration: .seconds(3600)) }
        let patient = try SeedanceClient(dialect: FakeDialect(hints: Self.hints), apiKey: Harness.key, transport: slow, retryPolicy: .none, clock: clock)
        let waiting = Task { try await patient.generate(Harness.request) }
        try await Task.sleep(for: .milliseconds(400))
        let cancelledAt = ContinuousClock.now
        waiting.cancel()
        // The create was sent: the cancelled caller's error delivers the task instead of dropping it.
        let cancelled = try await #require(throws: CancelledSubmission.self) { try await waiting.value }
        #expect(try await cancelled.outcome.value.id == "task-0")
        #expect(ContinuousClock.now - cancelledAt < .seconds(5))  // prompt, not the hour-long task; wide for loaded machines
        #expect(patient.engine.trackedTaskCount == 0)
    }
}
