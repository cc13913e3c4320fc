import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// `reconcile` finds the task a create started when its answer was lost, from the provider's task list.
@Suite("reconcile: finding the task of an unknown outcome", .timeLimit(.minutes(3)))
struct ReconcileTests {
    typealias Rig = BillingSafetyTests.Rig
    static let request = VideoRequest(prompt: "lost answer", resolution: .p720, aspectRatio: .r16x9, duration: .seconds(5))

    @Test func aCommittedTaskWhoseAnswerWasLostIsFoundAndOnlyIt() async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus")) { ModelArk.byteplus(baseURL: $0) }
        defer { rig.server.stop() }
        let known = try await rig.client.submit(Self.request)
        rig.simulator.injectNext(.serverErrorAfterCommit(status: 503), on: [.create])
        let error = try await #require(throws: SeedanceError.self) { try await rig.client.submit(Self.request) }
        #expect(error.category == .outcomeUnknown)
        let orphan = try #require(await rig.tasksHeld.first { $0.id != known.id.rawValue })
        let result = try await rig.client.reconcile(error)
        guard case .found(let snapshot) = result else { Issue.record("expected found, got \(result)"); return }
        #expect(snapshot.id.rawValue == orphan.id)
    }

    @Test func aCreateRefusedBeforeCommittingFindsNone() async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus"), adapter: { ModelArk.byteplus(baseURL: $0) }, retry: .none)
        defer { rig.server.stop() }
        _ = try await rig.client.submit(Self.request)
        rig.simulator.injectNext(.serverError(status: 503), on: [.create])
        let error = try await #require(throws: SeedanceError.self) { try await rig.client.submit(Self.request) }
        let held = await rig.tasksHeld.count
        #expect(error.category == .outcomeUnknown && rig.creates == 2 && held == 1)
        #expect(try await rig.client.reconcile(error) == .noneFound)
    }

    @Test func twoUnknownMatchesAreAmbiguous() async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus")) { ModelArk.byteplus(baseURL: $0) }
        defer { rig.server.stop() }
        let other = try SeedanceClient(dialect: rig.client.dialect, apiKey: APIKey("sk-test-SENTINEL-billing-77"))
        let elsewhere = try await other.submit(Self.request)
        rig.simulator.injectNext(.resetAfterCommit, on: [.create])
        let error = try await #require(throws: SeedanceError.self) { try await rig.client.submit(Self.request) }
        let result = try await rig.client.reconcile(error)
        guard case .ambiguous(let candidates) = result else { Issue.record("expected ambiguous, got \(result)"); return }
        #expect(candidates.count == 2 && candidates.contains { $0.id == elsewhere.id })
    }

    @Test func aDialectWithoutATaskListCannotReconcile() async throws {
        let rig = try await Rig(SimulatedAPIXO(), adapter: { APIXO(baseURL: $0) })
        defer { rig.server.stop() }
        rig.simulator.injectNext(.serverErrorAfterCommit(status: 502), on: [.create])
        let unknown = try await #require(throws: SeedanceError.self) { try await rig.client.submit(VideoRequest(prompt: "lost answer")) }
        let error = try await #require(throws: SeedanceError.self) { try await rig.client.reconcile(unknown) }
        #expect(error.category == .unsupported && error.message.hasPrefix("apixo does not support reconciling a create"))
    }
}
