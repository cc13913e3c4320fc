import Foundation
import ModelArk
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// ModelArk's DELETE cancels a queued task but deletes a finished task's record: `cancel` looks first and sends it
/// only for a queued task; deleting a finished record is `delete(_:)`, asked for explicitly.
@Suite("ModelArk: cancel never deletes a finished task", .timeLimit(.minutes(3)))
struct CancelNeverDeletesTests {
    static func rig() throws -> ClientRig {
        try ClientRig(server: SimulatedModelArk(), dialect: { ModelArk.byteplus(baseURL: $0) }, startDate: ModelArkRig.startDate)
    }

    @Test("cancel of a succeeded task sends no DELETE, returns it untouched, and its video stays retrievable")
    func cancelOfSucceededTaskKeepsIt() async throws {
        let rig = try Self.rig()
        let outcome = await rig.run { client in
            let done = try await client.wait(for: try await client.submit(VideoRequest(prompt: "finished")).id)
            let cancel = try await client.cancel(done.id)
            return (done, cancel, try await client.status(of: done.id))
        }
        let (done, cancel, after) = try outcome.get()
        #expect(cancel == .alreadyEnded(done))
        #expect(cancel.summary == "task \(done.id.rawValue) had already ended (succeeded); it was left untouched")
        #expect(rig.simulator.counters.requestsByRoute[.delete] == nil)
        #expect(after.status == .succeeded && after.videoURL == done.videoURL && after.videoURL != nil)
    }

    @Test("cancel of a running task sends no DELETE: notCancellable with the running snapshot")
    func cancelOfRunningTask() async throws {
        let rig = try Self.rig()
        let submitted = try await rig.run { try await $0.submit(VideoRequest(prompt: "a")) }.get()
        rig.clock.advance(by: .seconds(30))
        let cancel = try await rig.run { try await $0.cancel(submitted.id) }.get()
        #expect(cancel == .notCancellable(cancel.snapshot) && cancel.snapshot.status == .running && cancel.snapshot.id == submitted.id)
        #expect(rig.simulator.counters.requestsByRoute[.delete] == nil)
    }

    @Test("delete removes a finished task's record; the next status is notFound")
    func deleteFinishedTask() async throws {
        let rig = try Self.rig()
        let outcome = await rig.run { client in
            let done = try await client.wait(for: try await client.submit(VideoRequest(prompt: "finished")).id)
            try await client.delete(done.id)
            return try await client.status(of: done.id)
        }
        let error = try #require(outcome.seedanceError)
        #expect(error.category == .notFound)
        #expect(rig.simulator.counters.requestsByRoute[.delete] == 1)
    }

    @Test("delete of an unfinished task is refused before any DELETE: invalidRequest carrying the snapshot")
    func deleteOfQueuedTaskIsRefused() async throws {
        let rig = try Self.rig()
        let outcome = await rig.run { client in
            try await client.delete(try await client.submit(VideoRequest(prompt: "a")).id)
        }
        let error = try #require(outcome.seedanceError)
        #expect(error.category == .invalidRequest && error.lastSnapshot?.status == .queued)
        #expect(error.message.hasSuffix("not finished; only a finished task's record can be deleted (cancel a queued task instead)"))
        #expect(rig.simulator.counters.requestsByRoute[.delete] == nil)
    }
}

/// Overriding the polling hints once hid ModelArk's delete: the hint wrapper forwarded every requirement by hand but
/// not `makeDeleteRequest`, so `delete` threw `.unsupported` on a dialect that has it. Hints now live in the engine's
/// configuration and the dialect reaches the client unwrapped.
@Suite("ModelArk: a polling-hint override keeps every operation", .timeLimit(.minutes(3)))
struct PollingHintOverrideKeepsOperationsTests {
    @Test("with overridden hints, delete still sends the DELETE and removes the finished task's record")
    func deleteWithOverriddenHints() async throws {
        let hints = PollingHints(expectedDuration: .seconds(100), firstPollDelay: .seconds(90), minimumInterval: .seconds(5), maximumInterval: .seconds(20))
        let rig = try ClientRig(
            server: SimulatedModelArk(), dialect: { ModelArk.byteplus(baseURL: $0) }, startDate: ModelArkRig.startDate,
            engine: EngineConfiguration(jitterSeed: 7, pollingHintsOverride: hints))
        #expect(rig.client.dialect.operations == DialectOperations(of: ModelArk.byteplus()))
        let outcome = await rig.run { client in
            let done = try await client.wait(for: try await client.submit(VideoRequest(prompt: "finished")).id)
            try await client.delete(done.id)
            return try await client.status(of: done.id)
        }
        #expect(outcome.seedanceError?.category == .notFound)
        #expect(rig.simulator.counters.requestsByRoute[.delete] == 1)
    }
}
