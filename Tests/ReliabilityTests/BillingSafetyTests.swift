import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// The paths on which a paid task used to be orphaned or billed twice, each against the loopback simulator with the
/// real `URLSessionTransport`: the simulated fault commits the task first, as the real one does.
@Suite("Billing safety: no billed task orphaned or created twice", .timeLimit(.minutes(3)))
struct BillingSafetyTests {
    struct Rig {
        let simulator: Simulator
        let server: SimulatorServer
        let client: SeedanceClient

        init(
            _ simulated: any SimulatedDialect, adapter: (URL) -> any Dialect,
            retry: RetryPolicy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200))
        ) async throws {
            simulator = Simulator(dialects: [simulated], configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(30)), randomSeed: 0xB111))
            server = try await simulator.startServer()
            client = try SeedanceClient(
                dialect: adapter(server.baseURL(for: simulated.name)), apiKey: APIKey("sk-test-SENTINEL-billing-77"),
                transport: URLSessionTransport(configuration: .init(idleTimeout: .seconds(30), requestTimeout: .seconds(45))), retryPolicy: retry)
        }

        var tasksHeld: [SimulatedTask] { get async { await simulator.world.observeAll().map(\.task) } }
        var creates: Int { simulator.counters.creates }
    }

    @Test("a submit cancelled while its create is in flight throws CancelledSubmission; its outcome and the client list the task")
    func cancelledSubmitDeliversItsTask() async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus")) { ModelArk.byteplus(baseURL: $0) }
        defer { rig.server.stop() }
        rig.simulator.injectNext(.slowAnswer(delay: .milliseconds(800)), on: [.create])
        let client = rig.client
        let submitting = Task { try await client.submit(VideoRequest(prompt: "left behind")) }
        try await Task.sleep(for: .milliseconds(200))
        submitting.cancel()
        let thrown = await #expect(throws: CancelledSubmission.self) { try await submitting.value }
        let cancelled = try #require(thrown)
        let task = try await cancelled.outcome.value
        let held = await rig.tasksHeld
        #expect(held.map(\.id) == [task.id.rawValue] && held.first?.prompt == "left behind")
        let abandoned = client.abandonedSubmissions()
        #expect(abandoned.map(\.submission.id) == [cancelled.submission.id])
        #expect(abandoned.first?.outcome == .created(task) && abandoned.first?.taskID == task.id)
    }

    @Test("generate(timeout:) bounds the submit: a slow create ends the call at the timeout with the submission; the task is listed later")
    func generateTimeoutBoundsTheSubmit() async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus")) { ModelArk.byteplus(baseURL: $0) }
        defer { rig.server.stop() }
        rig.simulator.injectNext(.slowAnswer(delay: .seconds(8)), on: [.create])  // within the transport's 30 s idle timeout
        let error = try await #require(throws: SeedanceError.self) {
            try await rig.client.generate(VideoRequest(prompt: "slow create"), timeout: .milliseconds(500))
        }
        // The call ended while the create was still unanswered (no wall-clock bound: the machine may be loaded).
        #expect(rig.client.abandonedSubmissions().map(\.outcome) == [.pending])
        #expect(error.category == .timeout && error.taskID == nil)
        let submission = try #require(error.submission)
        #expect(submission.model == ModelArk.byteplus().defaultModel)
        while rig.client.abandonedSubmissions().first?.outcome == .pending { try await Task.sleep(for: .milliseconds(50)) }
        let held = await rig.tasksHeld
        #expect(rig.client.abandonedSubmissions().map(\.taskID) == held.map { TaskID(rawValue: $0.id) })
        #expect(rig.client.abandonedSubmissions().first?.submission.id == submission.id)
    }

    @Test("HTTP 500/502/503/504 after the task was committed: outcomeUnknown, one create, one task", arguments: [500, 502, 503, 504])
    func serverErrorAfterCommitIsNeverReplayed(status: Int) async throws {
        let rig = try await Rig(SimulatedModelArk(name: "byteplus")) { ModelArk.byteplus(baseURL: $0) }
        defer { rig.server.stop() }
        rig.simulator.injectNext(.serverErrorAfterCommit(status: status), on: [.create])
        let error = try await #require(throws: SeedanceError.self) { try await rig.client.submit(VideoRequest(prompt: "committed")) }
        #expect(error.category == .outcomeUnknown && error.httpStatus == status)
        #expect(error.submission?.model == ModelArk.byteplus().defaultModel && error.submission?.endedAt != nil)
        #expect(rig.creates == 1)
        #expect(await rig.tasksHeld.count == 1)
    }

    @Test("an error envelope inside an HTTP 200 create answer: 5xx-class is outcomeUnknown (never replayed); 429-class is retried like HTTP 429")
    func inBandErrorsFollowTheHTTPRules() async throws {
        for (simulated, adapter) in [
            (SimulatedAPIXO(errorDelivery: .http200) as any SimulatedDialect, { APIXO(baseURL: $0) } as @Sendable (URL) -> any Dialect),
            (SimulatedSeedanceAPIOrg(errorDelivery: .http200), { SeedanceAPIOrg(baseURL: $0) }),
        ] {
            let rig = try await Rig(simulated, adapter: adapter)
            defer { rig.server.stop() }
            rig.simulator.injectNext(.serverErrorAfterCommit(status: 500), on: [.create])
            let error = try await #require(throws: SeedanceError.self) { try await rig.client.submit(VideoRequest(prompt: "in-band 500")) }
            #expect(error.category == .outcomeUnknown && error.httpStatus == 200, "\(simulated.name): \(error)")
            let heldAfterUnknown = await rig.tasksHeld.count
            #expect(rig.creates == 1 && heldAfterUnknown == 1, "\(simulated.name)")

            rig.simulator.injectNext(.rateLimited(retryAfter: .milliseconds(100)), on: [.create])
            let task = try await rig.client.submit(VideoRequest(prompt: "in-band 429"))
            #expect(rig.creates == 3, "\(simulated.name)")
            let held = await rig.tasksHeld
            #expect(held.count == 2 && held.contains { $0.id == task.id.rawValue && $0.prompt == "in-band 429" }, "\(simulated.name)")
        }
    }
}
