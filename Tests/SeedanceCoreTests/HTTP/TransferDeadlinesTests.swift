import Foundation
import Testing
@testable import SeedanceCore

/// `TransferDeadlines`: every transfer's overall deadline on one timer.
@Suite("Transfer deadlines share one timer", .timeLimit(.minutes(1)))
struct TransferDeadlinesTests {
    private final class Ran: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ name: String) { lock.withLock { names.append(name) } }
        var all: [String] { lock.withLock { names } }
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<200 where !condition() { try await Task.sleep(for: .milliseconds(25)) }
    }

    @Test func deadlinesRunInTheirOrderWhateverTheOrderTheyWereSet() async throws {
        let deadlines = TransferDeadlines()
        let ran = Ran()
        for (name, delay) in [("third", 450), ("first", 150), ("second", 300)] {
            _ = deadlines.schedule(after: .milliseconds(delay)) { ran.add(name) }
        }
        try await waitUntil { ran.all.count == 3 }
        #expect(ran.all == ["first", "second", "third"])
        #expect(deadlines.pending == 0 && deadlines.entries == 0)
    }

    @Test func anEarlierDeadlineSetAfterALaterOneIsNotHeldBack() async throws {
        let deadlines = TransferDeadlines()
        let ran = Ran()
        _ = deadlines.schedule(after: .seconds(60)) { ran.add("late") }
        let started = ContinuousClock.now
        _ = deadlines.schedule(after: .milliseconds(50)) { ran.add("soon") }
        try await waitUntil { !ran.all.isEmpty }
        #expect(ran.all == ["soon"])
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func aCancelledDeadlineNeverRuns() async throws {
        let deadlines = TransferDeadlines()
        let ran = Ran()
        let cancelled = deadlines.schedule(after: .milliseconds(100)) { ran.add("cancelled") }
        let kept = deadlines.schedule(after: .milliseconds(200)) { ran.add("kept") }
        #expect(deadlines.cancel(cancelled))
        try await waitUntil { !ran.all.isEmpty }
        try await Task.sleep(for: .milliseconds(100))
        #expect(ran.all == ["kept"])
        #expect(!deadlines.cancel(kept))
        #expect(!deadlines.cancel(cancelled))
    }

    @Test func cancelledDeadlinesDoNotPileUp() {
        let deadlines = TransferDeadlines()
        for _ in 0..<10_000 {
            let token = deadlines.schedule(after: .seconds(120)) {}
            deadlines.cancel(token)
        }
        #expect(deadlines.pending == 0)
        #expect(deadlines.entries <= 64)
        let live = (0..<1_000).map { _ in deadlines.schedule(after: .seconds(120)) {} }
        for token in live.prefix(900) { deadlines.cancel(token) }
        #expect(deadlines.pending == 100)
        #expect(deadlines.entries <= 200)
    }
}
