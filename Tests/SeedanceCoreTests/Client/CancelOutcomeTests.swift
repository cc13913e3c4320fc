import Foundation
import SeedanceCore
import Testing

/// ``CancelOutcome`` for the three states a cancel can meet: only a queued task is cancelled; an ended or running
/// task gets no cancel request, and each outcome's summary says what happened to the task.
@Suite("Cancel outcomes", .timeLimit(.minutes(3)))
struct CancelOutcomeTests {
    static func harness(timeline: [(after: Duration, status: String)]) throws -> Harness {
        try Harness(dialect: FakeCancellingDialect(), script: { _ in FakeWorld.Script(duration: .seconds(60), timeline: timeline) })
    }

    @Test func aQueuedTaskIsCancelledAndTheSummarySaysSo() async throws {
        let harness = try Self.harness(timeline: [(.seconds(10), "running")])
        let id = try await harness.client.submit(Harness.request).id
        let outcome: CancelOutcome = try await harness.client.cancel(id)
        guard case .cancelled(let snapshot) = outcome else { Issue.record("expected .cancelled, got \(outcome)"); return }
        #expect(snapshot.status == .cancelled)
        #expect(outcome.summary == "task task-0 was queued and is now cancelled")
    }

    @Test func anEndedTaskIsLeftUntouchedWithoutACancelRequest() async throws {
        let harness = try Self.harness(timeline: [(.zero, "succeeded")])
        let id = try await harness.client.submit(Harness.request).id
        let outcome = try await harness.client.cancel(id)
        #expect(outcome == .alreadyEnded(outcome.snapshot))
        #expect(outcome.snapshot.status == .succeeded && outcome.snapshot.videoURL != nil)
        #expect(outcome.summary == "task task-0 had already ended (succeeded); it was left untouched")
        #expect(!harness.world.requests.contains { $0.path.hasSuffix("/cancel") })
    }

    @Test func aRunningTaskIsNotCancellableAndKeepsRunning() async throws {
        let harness = try Self.harness(timeline: [(.zero, "running")])
        let id = try await harness.client.submit(Harness.request).id
        let outcome = try await harness.client.cancel(id)
        #expect(outcome == .notCancellable(outcome.snapshot))
        #expect(outcome.summary == "task task-0 is running and cannot be cancelled; it was left running")
        #expect(harness.world.requests.map(\.path) == ["/v1/tasks", "/v1/tasks/task-0"])
        #expect(try await harness.client.status(of: id).status == .running)
    }
}
