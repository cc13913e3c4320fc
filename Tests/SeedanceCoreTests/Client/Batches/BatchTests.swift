import Foundation
import SeedanceCore
import Testing

@Suite("Batches", .timeLimit(.minutes(3)))
struct BatchTests {
    @Test func submitAllPacesCreatesAndAnswersInInputOrder() async throws {
        let rig = ServerRig()
        rig.world.setFault { request, _ in
            // The fourth create reaches a gateway that fails after forwarding it: the outcome is unknown.
            request.method == .post && request.body.map { String(decoding: $0, as: UTF8.self).contains("video 4") } == true
                ? .respond(502, headers: [:]) : nil
        }
        let client = try rig.client()
        let requests = (0..<6).map { VideoRequest(prompt: "video \($0)", duration: .seconds($0 == 2 ? 30 : 5)) }
        let box = ResultBox<[BatchItemOutcome]>()
        let batch = Task { box.set(.success(await client.submitAll(requests, limits: SubmissionLimits(requestsPerMinute: 30, maxConcurrent: 2)))) }
        // Virtual time moves only once nothing else is happening: a create runs on a task of its own (it outlives its
        // caller), so the requests sent and the sleepers must be unchanged over several real-time looks first.
        var quietLooks = 0
        var last = (requests: -1, sleepers: -1)
        while !box.isSet {
            try await Task.sleep(for: .milliseconds(2))
            let now = (requests: rig.world.requests.count, sleepers: rig.clock.sleeperCount)
            quietLooks = now == last ? quietLooks + 1 : 0
            last = now
            if quietLooks >= 25 && now.sleepers > 0 {  // 50 ms of quiet: a woken task on a loaded machine gets to send first
                rig.clock.advanceToNextDeadline()
                quietLooks = 0
            }
        }
        await batch.value
        let outcomes = try #require(box.result?.value)
        #expect(outcomes.count == 6)
        #expect(outcomes[0].task?.id == "task-0" && outcomes[1].task?.id == "task-1")
        guard case .failed(let invalid) = outcomes[2] else { Issue.record("item 2: \(outcomes[2])"); return }
        #expect(invalid.field == "duration" && invalid.category == .invalidRequest)
        #expect(outcomes[3].task?.id == "task-2")
        guard case .outcomeUnknown(let unknown) = outcomes[4] else { Issue.record("item 4: \(outcomes[4])"); return }
        #expect(unknown.httpStatus == 502)
        #expect(outcomes[5].task != nil)
        // 30 per minute: creates start 2 s apart (the invalid item used its slot without sending anything).
        let creates = rig.world.requests.filter { $0.method == "POST" }.map(\.time)
        #expect(creates == [.seconds(0), .seconds(2), .seconds(6), .seconds(8), .seconds(10)])
    }

    @Test func documentedLimitsAndOverrides() {
        #expect(SubmissionLimits.documented(for: "byteplus") == SubmissionLimits(requestsPerMinute: 600, maxConcurrent: 10))
        #expect(SubmissionLimits.documented(for: "volcengine") == SubmissionLimits(requestsPerMinute: 600, maxConcurrent: 10))
        #expect(SubmissionLimits.documented(for: "apixo") == SubmissionLimits(requestsPerMinute: 10_000, maxConcurrent: 1_000))
        #expect(SubmissionLimits.documented(for: "somewhere-else") == .conservative)
        #expect(SubmissionLimits(requestsPerMinute: 0, maxConcurrent: 0) == SubmissionLimits(requestsPerMinute: nil, maxConcurrent: 1))
    }

    @Test func completionsYieldEachTaskAsItEndsFromOneConsumer() async throws {
        let durations = [90.0, 30, 60, 45, 120]
        let rig = ServerRig { n in FakeWorld.Script(duration: .seconds(durations[n]), outcome: n == 2 ? "expired" : "succeeded") }
        let client = try rig.client()
        var tasks: [SubmittedTask] = []
        for n in 0..<5 { tasks.append(try await client.submit(VideoRequest(prompt: "video \(n)", duration: .seconds(5)))) }
        let feed = client.completions(of: tasks + [SubmittedTask(id: "..", provider: "fakeprovider", model: nil, submittedAt: rig.clock.wallTime)])
        let order = ResultBox<[String]>()
        let consumer = Task {
            var seen: [String] = []
            for await completion in feed {
                switch completion.outcome {
                case .success(let snapshot): seen.append("\(snapshot.id.rawValue):\(snapshot.status)")
                case .failure(let error): seen.append("\(completion.task.id.rawValue):\(error.category.name)")
                }
            }
            order.set(.success(seen))
        }
        await rig.driver(client).settle { client.engine.registrations == 5 }
        await rig.driver(client).run(until: { order.isSet }, limit: .seconds(3_600))
        await consumer.value
        let seen = try #require(order.result?.value)
        #expect(seen.first == "..:invalidRequest")
        // Each task once, with its terminal status, in the order the engine saw them end.
        #expect(Array(seen.dropFirst()).sorted() == ["task-0:succeeded", "task-1:succeeded", "task-2:expired", "task-3:succeeded", "task-4:succeeded"])
        let detections = try seen.dropFirst().map { try #require(rig.world.detectedAt(String($0.prefix(while: { $0 != ":" })))) }
        #expect(detections == detections.sorted())
        #expect(Set(detections).count > 1)
        #expect(client.engine.trackedTaskCount == 0)
    }

    @Test func stoppingTheIterationRemovesTheRemainingWaiters() async throws {
        let rig = ServerRig { _ in FakeWorld.Script(duration: .seconds(600)) }
        let client = try rig.client()
        let tasks = [try await client.submit(Harness.request), try await client.submit(Harness.request)]
        let consumer = Task { for await _ in client.completions(of: tasks) {} }
        await rig.driver(client).settle { client.engine.registrations == 2 }
        #expect(client.engine.trackedTaskCount == 2)
        consumer.cancel()
        await consumer.value
        await rig.driver(client).settle { client.engine.trackedTaskCount == 0 }
        #expect(client.engine.trackedTaskCount == 0)
    }
}
