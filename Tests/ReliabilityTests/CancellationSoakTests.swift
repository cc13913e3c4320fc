import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// Issue 12, reliability: seeded random cancels of submits, waits, update streams and downloads against the loopback
/// simulator. Cancelled callers get `CancellationError` when nothing was sent, `CancelledSubmission` delivering the
/// task when a create was (or their result, when the cancel came late); nothing hangs, and no `.part` file is left in
/// the download directory.
@Suite("Cancellation soak", .timeLimit(.minutes(2)))
struct CancellationSoakTests {
    @Test("300 seeded operations cancelled at random moments: CancellationError or a result, no leftover temporary file")
    func randomCancels() async throws {
        let rig = try await CancellationRig.start()
        defer { rig.stop() }
        let ready = try await rig.finishedTasks(count: 8)
        var random = SoakRandom(seed: 0xCA9CE1)
        let plans = (0..<300).map { _ in
            (operation: CancellationRig.Operation.allCases[Int(random.next() % 4)], delay: Duration.milliseconds(Int64(random.next() % 400)))
        }

        let outcomes = await withTaskGroup(of: CancellationRig.Outcome.self) { group in
            var results: [CancellationRig.Outcome] = []
            var next = 0
            func launch(_ index: Int) {
                let plan = plans[index]
                group.addTask { await rig.run(plan.operation, cancelAfter: plan.delay, index: index, finished: ready[index % ready.count]) }
            }
            while next < 25 { launch(next); next += 1 }
            while let outcome = await group.next() {
                results.append(outcome)
                if next < plans.count { launch(next); next += 1 }
            }
            return results
        }

        let tally = Dictionary(grouping: outcomes, by: \.label).mapValues(\.count)
        print("[cancellation] \(tally.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        #expect(outcomes.count == 300)
        let unexpected = outcomes.compactMap(\.unexpected)
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
        #expect(outcomes.contains { $0.label.hasSuffix("cancelled") })

        // The downloader removes its `.part` file as it unwinds; allow it a moment, never a fixed sleep.
        let leftovers = await rig.waitForNoTemporaryFiles(upTo: .seconds(30))
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
