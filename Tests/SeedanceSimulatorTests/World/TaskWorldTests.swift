import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``TaskWorld`` used directly, as its documentation invites tests to: ``TaskWorld/CancelResult`` for every phase,
/// and tasks kept per dialect.
@Suite("The task world's cancel, per phase and per dialect")
struct TaskWorldTests {
    @Test("a queued task is cancelled; a running one only with allowRunning; an unknown or another dialect's is not found")
    func cancelResults() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let client = ToyClient(simulator)
        let world: TaskWorld = simulator.world
        let queued = try await client.create()
        let running = try await client.create()
        let stubborn = try await client.create()

        let first: TaskWorld.CancelResult = await world.cancel(queued)
        guard case .cancelled(let cancelled) = first else { Issue.record("expected .cancelled, got \(first)"); return }
        #expect(cancelled.id == queued && cancelled.phase == .cancelled)

        clock.advance(by: .seconds(30))
        let refused = await world.cancel(stubborn)
        guard case .notCancellable(let observed) = refused else { Issue.record("expected .notCancellable, got \(refused)"); return }
        #expect(observed.phase == .running(progress: observed.progress) && observed.progress > 0)
        #expect(await world.observe(stubborn)?.phase.isTerminal == false)

        guard case .cancelled(let forced) = await world.cancel(running, allowRunning: true) else { Issue.record("allowRunning must cancel"); return }
        #expect(forced.phase == .cancelled)
        #expect(await world.cancel("toy-nonexistent") == .notFound)
        #expect(await world.cancel(stubborn, dialect: "another") == .notFound)
        #expect(try await client.status(queued)["status"] == "cancelled")
        #expect(try await client.status(stubborn)["status"] == "running")
    }
}
