import Foundation
import SeedanceCore
import Testing

@Suite("Resuming a submitted task", .timeLimit(.minutes(3)))
struct ResumeTimingTests {
    /// First status request a fresh client (a restarted process) sends for task-0, when it resumes at `restartAt`.
    private func firstPoll(restartAt: Duration, resume: @escaping @Sendable (SeedanceClient, SubmittedTask) async throws -> TaskSnapshot) async throws -> (
        Duration, SubmittedTask
    ) {
        let rig = ServerRig { _ in FakeWorld.Script(duration: .seconds(120)) }
        let before = try rig.client()
        let task = try await before.submit(VideoRequest(prompt: "a cat", resolution: .p720, duration: .seconds(5)))
        rig.clock.advance(to: restartAt)
        let after = try rig.client()
        let box = ResultBox<TaskSnapshot>()
        let waiting = Task {
            do { box.set(.success(try await resume(after, task))) } catch { box.set(.failure(error)) }
        }
        await rig.driver(after).settle { after.engine.registrations == 1 }
        await rig.driver(after).run(until: { box.isSet }, limit: .seconds(3_600))
        _ = await waiting.value
        #expect(box.result?.value?.status == .succeeded)
        let polls = rig.world.requests.filter { $0.method == "GET" && $0.taskID == "task-0" }
        return (try #require(polls.first).time, task)
    }

    @Test func waitForASubmittedTaskKeepsItsSubmissionTimeAcrossARestart() async throws {
        // Restarted 5 s after the submit, before the dialect's 10 s first-poll delay has passed.
        let (byRecord, task) = try await firstPoll(restartAt: .seconds(5)) { client, task in try await client.wait(for: task) }
        let (byID, _) = try await firstPoll(restartAt: .seconds(5)) { client, task in try await client.wait(for: task.id) }
        #expect(task.submittedAt == VirtualClock().wallTime)
        #expect(byID == .seconds(5))  // age unknown: polled at once
        #expect(byRecord >= .seconds(10))  // the original submission time: not before the first-poll delay
    }

    @Test func aTaskOfAnotherProviderIsRefusedBeforeAnythingIsSent() async throws {
        let rig = ServerRig()
        let client = try rig.client()
        let foreign = SubmittedTask(id: "cgt-1", provider: "byteplus", model: nil, submittedAt: Date())
        let error = try await #require(throws: SeedanceError.self) { try await client.wait(for: foreign) }
        #expect(error.category == .invalidRequest && error.field == "provider" && error.value == "byteplus")
        #expect(rig.world.requests.isEmpty)
    }
}
