import Foundation
import SeedanceCore
import Testing

@Suite("Finished tasks do not accumulate in the engine (virtual time)", .timeLimit(.minutes(3)))
struct LearningMemoryTests {
    @Test(arguments: [PollingStrategy.fixed(interval: .seconds(5)), .adaptive()])
    func finishedTasksAreFoldedIntoTheModelWithEitherStrategy(strategy: PollingStrategy) async throws {
        let harness = try Harness(engine: EngineConfiguration(strategy: strategy, jitterSeed: 7)) { index in
            FakeWorld.Script(duration: .seconds(30 + Double(index % 97)))
        }
        var running: [Running<TaskSnapshot>] = []
        for index in 0..<400 {
            await harness.driver.run(through: .seconds(Double(index)))
            let id = try await harness.client.submit(Harness.request).id
            running.append(await harness.start { try await $0.wait(for: id) })
        }
        await harness.finish(running)
        // One more task: its polls read the model, which applies everything recorded before.
        let last = try await harness.client.submit(Harness.request).id
        running.append(await harness.start { try await $0.wait(for: last) })
        await harness.finish(running)
        #expect(running.allSatisfy { $0.box.result?.value?.status == .succeeded })
        #expect(harness.client.engine.trackedTaskCount == 0)
        // Only finishes at or after the last task's last poll wait to be applied (the old `.fixed` engine kept all 401).
        #expect(harness.client.engine.pendingObservations <= 2)
    }
}
