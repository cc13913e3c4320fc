import Foundation
import SeedanceCore
import Testing

/// ``EngineConfiguration/pollingHintsOverride`` replaces the dialect's hints for every task of the client (what
/// `DialectWithHints` did by forwarding every requirement by hand).
@Suite struct PollingHintsOverrideTests {
    /// Expected 2 s, first poll after 1 s, polls 0.5 s to 2 s apart.
    static let fast = PollingHints(
        expectedDuration: .seconds(2), firstPollDelay: .seconds(1), minimumInterval: .milliseconds(500), maximumInterval: .seconds(2))

    /// The first status request of a fresh task, in virtual time after its create.
    static func firstPoll(engine: EngineConfiguration) async throws -> Duration {
        let harness = try Harness(engine: engine) { _ in FakeWorld.Script(duration: .seconds(3)) }
        let result = await harness.run { client in
            let task = try await client.submit(Harness.request)
            return try await client.wait(for: task.id)
        }
        #expect(try result.get().status == .succeeded)
        let requests = harness.world.requests
        let created = try #require(requests.first { $0.method == "POST" }).time
        return try #require(requests.first { $0.method == "GET" }).time - created
    }

    @Test func theOverrideMovesTheFirstPollToItsOwnHints() async throws {
        // The fake dialect says: nothing useful before 10 s. The override says: the task takes about 2 s.
        let own = try await Self.firstPoll(engine: EngineConfiguration(jitterSeed: 7))
        let overridden = try await Self.firstPoll(engine: EngineConfiguration(jitterSeed: 7, pollingHintsOverride: Self.fast))
        #expect(own >= FakeDialect.standardHints.firstPollDelay)
        #expect(overridden >= Self.fast.firstPollDelay && overridden < FakeDialect.standardHints.firstPollDelay)
    }

    @Test func theOverrideIsPartOfTheConfigurationAndDefaultsToNone() {
        #expect(EngineConfiguration.default.pollingHintsOverride == nil)
        #expect(EngineConfiguration(pollingHintsOverride: Self.fast) != EngineConfiguration.default)
        #expect(EngineConfiguration(pollingHintsOverride: Self.fast).pollingHintsOverride == Self.fast)
    }
}
