import Foundation
import SeedanceCore
import Testing

@Suite("VirtualClock", .timeLimit(.minutes(3)))
struct VirtualClockTests {
    /// Waits (real time) until `condition` holds.
    private func eventually(_ condition: () -> Bool) async {
        while !condition() { await Task.yield() }
    }

    @Test func sleepersWakeOnlyWhenTimeIsAdvancedEarliestFirst() async throws {
        let clock = VirtualClock()
        let woken = Recorder()
        var tasks: [Task<Void, any Error>] = []
        for seconds in [30.0, 10, 20] {
            tasks.append(
                Task {
                    try await clock.sleep(until: .seconds(seconds))
                    woken.record(clock.now)
                })
        }
        await eventually { clock.sleeperCount == 3 }
        #expect(clock.nextDeadline == .seconds(10))
        #expect(woken.times.isEmpty)

        #expect(clock.advanceToNextDeadline() == .seconds(10))
        await eventually { woken.times.count == 1 }
        #expect(woken.times == [.seconds(10)])
        #expect(clock.sleeperCount == 2)

        clock.advance(to: .seconds(25))
        await eventually { woken.times.count == 2 }
        #expect(woken.times.last == .seconds(25))  // a sleeper observes the advance's target
        clock.advance(by: .seconds(5))
        await eventually { woken.times.count == 3 }
        #expect(clock.now == .seconds(30))
        #expect(clock.nextDeadline == nil)
        for task in tasks { try await task.value }
    }

    @Test func timeNeverMovesBackAndPastDeadlinesReturnAtOnce() async throws {
        let clock = VirtualClock(start: .seconds(100))
        clock.advance(to: .seconds(50))
        #expect(clock.now == .seconds(100))
        try await clock.sleep(until: .seconds(40))
        try await clock.sleep(for: .zero)
        #expect(clock.sleeperCount == 0)
        #expect(clock.advanceToNextDeadline() == nil)
    }

    @Test func cancellingASleeperThrowsAtOnceWithoutMovingTime() async throws {
        let clock = VirtualClock()
        let sleeper = Task { try await clock.sleep(until: .seconds(3600)) }
        await eventually { clock.sleeperCount == 1 }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
        #expect(clock.now == .zero)

        let alreadyCancelled = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await clock.sleep(until: .seconds(1))
        }
        await #expect(throws: CancellationError.self) { try await alreadyCancelled.value }
        #expect(clock.sleeperCount == 0)
    }
}
