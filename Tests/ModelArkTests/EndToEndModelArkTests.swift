import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The ModelArk adapter against the simulated Ark server (two independent readings of docs/dialects/modelark.md):
/// create, get, wait, list, cancel and delete. In process with a virtual clock, and once over loopback.
@Suite("End to end: ModelArk adapter × simulated Ark", .timeLimit(.minutes(3)))
struct EndToEndModelArkTests {
    static let first = MediaInput.url(URL(string: "https://example.com/first.jpeg")!)
    static let last = MediaInput.url(URL(string: "https://example.com/last.jpeg")!)

    @Test("create, get and wait until succeeded, with the video, last frame, usage and echoed settings")
    func createGetWait() async throws {
        let rig = ModelArkRig()
        let request = VideoRequest(
            prompt: "The girl says cheese to the camera", firstFrame: Self.first, lastFrame: Self.last,
            resolution: .p720, aspectRatio: .r16x9, duration: .seconds(10), generateAudio: true, seed: 42,
            serviceTier: .default, returnLastFrame: true)
        let id = try await rig.create(request)
        #expect(id.rawValue.hasPrefix("cgt-20250331095019-"))
        let queued = try await rig.status(id)
        #expect(queued.status == .queued && queued.rawStatus == "queued" && queued.videoURL == nil && queued.failure == nil)
        #expect(queued.createdAt == ModelArkRig.startDate && queued.seed == 42)
        rig.clock.advance(by: .seconds(30))
        #expect(try await rig.status(id).status == .running)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .succeeded && done.rawStatus == "succeeded")
        #expect(done.videoURL?.absoluteString.hasSuffix("/media/\(id.rawValue)/video.mp4") == true)
        #expect(done.lastFrameURL?.absoluteString.hasSuffix("/media/\(id.rawValue)/last-frame.png") == true)
        #expect(done.usage?.completionTokens == 216_000 && done.usage?.totalTokens == 216_000)
        #expect(done.duration == 10 && done.resolution == .p720 && done.aspectRatio == .r16x9 && done.seed == 42)
        #expect(done.model == "seedance-1-5-pro-251215")
        #expect(done.updatedAt == ModelArkRig.startDate.addingTimeInterval(100))
        let video = try await rig.send(SeedanceHTTPRequest(method: .get, url: try #require(done.videoURL), requiresAuthorization: false), key: nil)
        #expect(String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
    }

    @Test("1.0 Pro frames, a draft and its final, and an endpoint id all go through")
    func variants() async throws {
        let rig = ModelArkRig()
        let frames = try await rig.create(VideoRequest(prompt: "waves", model: "seedance-1-0-pro-250528", duration: .frames(57)))
        let draft = try await rig.create(VideoRequest(prompt: "a balloon", firstFrame: Self.first, resolution: .p480, duration: .auto, draft: true))
        let endpoint = try await rig.create(VideoRequest(prompt: "p", model: "ep-20260101-abcde", extraFields: ["optimize_prompt": true]))
        let framesDone = try await rig.waitUntilTerminal(frames)
        #expect(framesDone.status == .succeeded && framesDone.resolution == .p1080)
        #expect(framesDone.raw?["frames"] == 57)
        let draftDone = try await rig.waitUntilTerminal(draft)
        #expect(draftDone.status == .succeeded && draftDone.resolution == .p480)
        let draftSeconds = try #require(draftDone.duration)
        #expect((4...12).contains(draftSeconds))
        let final = try await rig.create(VideoRequest(resolution: .p720, draftTaskID: draft))
        let finalDone = try await rig.waitUntilTerminal(final)
        #expect(finalDone.status == .succeeded && finalDone.resolution == .p720 && finalDone.duration == draftSeconds)
        #expect(finalDone.raw?["draft_task_id"] == .string(draft.rawValue))
        #expect(try await rig.waitUntilTerminal(endpoint).status == .succeeded)
    }

    @Test("list pages through every task: 5 tasks in pages of 2, 2 and 1, newest first, with the total")
    func listPaging() async throws {
        let rig = ModelArkRig()
        var ids: [TaskID] = []
        for index in 0..<5 {
            ids.append(try await rig.create(VideoRequest(prompt: "task \(index)")))
            rig.clock.advance(by: .seconds(1))
        }
        var seen: [TaskID] = []
        for page in 1...3 {
            let listed = try await rig.list(TaskListQuery(page: page, pageSize: 2))
            #expect(listed.total == 5)
            #expect(listed.tasks.count == (page == 3 ? 1 : 2))
            seen += listed.tasks.map(\.id)
        }
        #expect(seen == ids.reversed())
        #expect(try await rig.list(TaskListQuery(page: 4, pageSize: 2)) == TaskListPage(total: 5, tasks: []))
        let filtered = try await rig.list(TaskListQuery(status: .queued, taskIDs: [ids[0], ids[4]]))
        #expect(filtered.total == 2 && filtered.tasks.map(\.id) == [ids[4], ids[0]] && filtered.tasks.allSatisfy { $0.status == .queued })
        rig.clock.advance(by: .seconds(100))
        #expect(try await rig.list(TaskListQuery(status: .succeeded)).total == 5)
    }

    @Test("cancel of a queued task: the wait ends on cancelled")
    func cancelQueued() async throws {
        let rig = ModelArkRig()
        let id = try await rig.create(VideoRequest(prompt: "a"))
        try await rig.cancel(id)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .cancelled && done.rawStatus == "cancelled" && done.videoURL == nil)
        #expect(rig.simulator.counters.requestsByRoute[.delete] == 1)
    }

    @Test("cancel of a running task is refused with a typed error; the task runs on")
    func cancelRunningRefused() async throws {
        let rig = ModelArkRig()
        let id = try await rig.create(VideoRequest(prompt: "a"))
        rig.clock.advance(by: .seconds(30))
        await #expect { try await rig.cancel(id) } throws: { error in
            guard let error = error as? SeedanceError else { return false }
            return error.category == .invalidRequest && error.providerCode == "InvalidParameter" && error.httpStatus == 400
                && error.taskID == id && error.message.contains("The task status is running")
        }
        #expect(try await rig.waitUntilTerminal(id).status == .succeeded)
    }

    @Test("delete of a finished task removes its record: a later get is notFound")
    func deleteFinished() async throws {
        let rig = ModelArkRig()
        let id = try await rig.create(VideoRequest(prompt: "a"))
        #expect(try await rig.waitUntilTerminal(id).status == .succeeded)
        try await rig.delete(id)
        await #expect { try await rig.status(id) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .notFound && error?.providerCode == "ResourceNotFound" && error?.taskID == id
        }
        #expect(try await rig.list(TaskListQuery()).total == 0)
    }

    @Test("a wait ends on expired when the task expires in the queue")
    func expired() async throws {
        let rig = ModelArkRig { $0.expiryRate = 1 }
        let id = try await rig.create(VideoRequest(prompt: "a", serviceTier: .flex, executionExpiresAfter: 3600))
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .expired && done.rawStatus == "expired" && done.videoURL == nil)
        #expect(done.failure?.category == .taskExpired && done.failure?.code == nil)
    }

    @Test("a generation failure ends failed with InternalServiceError: a failed task, not a server error")
    func failed() async throws {
        let rig = ModelArkRig { $0.failureRate = 1 }
        let done = try await rig.waitUntilTerminal(try await rig.create(VideoRequest(prompt: "a")))
        #expect(done.status == .failed)
        #expect(
            done.failure == TaskFailure(category: .taskFailed, code: "InternalServiceError", message: "The service encountered an unexpected internal error."))
    }

    @Test("refusals map to typed errors: a rejected prompt, a refused key, a rate limit with Retry-After")
    func refusals() async throws {
        let rig = ModelArkRig { $0.acceptedAPIKeys = .only([ModelArkRig.key]) }
        await #expect { try await rig.create(VideoRequest(prompt: "[reject] x")) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .contentRejected && error?.providerCode == "SensitiveContentDetected" && error?.httpStatus == 400
        }
        let create = try rig.dialect().makeCreateRequest(VideoRequest(prompt: "a"))
        let refused = try await rig.send(create, key: "sk-test-WRONG-0000")
        #expect { try rig.dialect().parseCreateResponse(refused) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .authentication && error?.providerCode == "AuthenticationError"
        }
        rig.simulator.injectNext(.rateLimited(retryAfter: .seconds(12)), on: [.list])
        await #expect { try await rig.list(TaskListQuery()) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .rateLimited(retryAfter: .seconds(12)) && error?.providerCode == "RateLimitExceeded.EndpointRPMExceeded"
                && error?.requestID?.hasPrefix("sim-") == true
        }
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("over loopback with URLSessionTransport: create, wait, list, cancel and delete")
    func loopback() async throws {
        let rig = ModelArkRig()
        let server = try await rig.simulator.startServer()
        defer { server.stop() }
        let remote = rig.overLoopback(server)
        let finished = try await remote.create(VideoRequest(prompt: "a lighthouse", firstFrame: Self.first, returnLastFrame: true))
        let queued = try await remote.create(VideoRequest(prompt: "a harbour"))
        try await remote.cancel(queued)
        let done = try await remote.waitUntilTerminal(finished)
        #expect(done.status == .succeeded && done.videoURL?.port == server.port)
        let video = try await remote.send(SeedanceHTTPRequest(method: .get, url: try #require(done.videoURL), requiresAuthorization: false), key: nil)
        #expect(String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
        let listed = try await remote.list(TaskListQuery())
        #expect(listed.total == 2 && listed.tasks.map(\.status) == [.cancelled, .succeeded])
        try await remote.delete(finished)
        #expect(try await remote.list(TaskListQuery()).tasks.map(\.id) == [queued])
        #expect(rig.simulator.counters.createsCommitted == 2)
    }
}
