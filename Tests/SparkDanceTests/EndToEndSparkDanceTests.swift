import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import SparkDance
import Testing

/// The SparkDance adapter against the simulated spark_dance server (two independent readings of the same
/// documents): requests the adapter builds are accepted, and the answers the simulator gives parse to the
/// snapshots the documents imply. In process, with a virtual clock.
@Suite("End to end: SparkDance adapter × simulated spark_dance", .timeLimit(.minutes(3)))
struct EndToEndSparkDanceTests {
    static let models: [ModelID] = [.vtrixSeedance1_5Pro, .vtrixSeedance1_0Pro]
    static let firstURL = URL(string: "https://example.com/first.png")!
    static let first = MediaInput.url(firstURL)
    static let last = MediaInput.data(TestImages.png(width: 1280, height: 720))

    @Test("text-to-video succeeds with a video, its length and a cost", arguments: models)
    func textToVideo(_ model: ModelID) async throws {
        let rig = SparkDanceRig()
        let id = try await rig.create(VideoRequest(prompt: "A red fox runs through fresh snow.", duration: .seconds(6)), model: model)
        #expect(id.rawValue.hasPrefix("task_"))
        let running = try await rig.status(id)
        #expect(running.status == .running && running.rawStatus == "in_progress" && running.progress == 0)
        #expect(running.createdAt == SparkDanceRig.startDate)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .succeeded && done.rawStatus == "completed")
        #expect(done.videoURL?.absoluteString.hasSuffix("/media/\(id.rawValue)/video.mp4") == true)
        #expect(done.lastFrameURL == nil)
        #expect(done.duration == 6)
        #expect(done.model == model)
        #expect(done.usage?.cost != nil && done.usage?.discount == 0)
        #expect(done.failure == nil)
        #expect(rig.simulator.counters.createsCommitted == 1)
    }

    @Test("first frame: the image reaches the server as the first frame", arguments: models)
    func firstFrame(_ model: ModelID) async throws {
        let rig = SparkDanceRig()
        let id = try await rig.create(VideoRequest(prompt: "The cat yawns.", firstFrame: Self.first), model: model)
        let task = try #require(await rig.simulator.world.task(id.rawValue))
        #expect(task.params["images"]?.arrayValue?.count == 1)
        #expect([nil, "first_frame"].contains(task.params["images"]?[0]?["role"]?.stringValue))
        #expect(task.params["images"]?[0]?["url"] == .string(Self.firstURL.absoluteString))
        #expect(task.params["ratio"] == "adaptive")
        #expect(try await rig.waitUntilTerminal(id).status == .succeeded)
    }

    @Test("first and last frame (one inline) with the last frame returned", arguments: models)
    func firstAndLast(_ model: ModelID) async throws {
        let rig = SparkDanceRig()
        let request = VideoRequest(prompt: "The girl turns around.", firstFrame: Self.first, lastFrame: Self.last, returnLastFrame: true)
        let id = try await rig.create(request, model: model)
        let task = try #require(await rig.simulator.world.task(id.rawValue))
        #expect(task.params["images"]?[0]?["role"] == "first_frame" && task.params["images"]?[1]?["role"] == "last_frame")
        #expect(task.params["images"]?[1]?["url"]?.stringValue?.hasPrefix("data:image/png;base64,") == true)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .succeeded)
        #expect(done.lastFrameURL?.absoluteString.hasSuffix("/media/\(id.rawValue)/last-frame.png") == true)
    }

    @Test("1.5 Pro: a 480p draft, then the final video from it, reusing the draft's inputs")
    func draftThenFinal() async throws {
        let rig = SparkDanceRig()
        let draftRequest = VideoRequest(
            prompt: "A paper boat drifts down a street.", firstFrame: Self.first, resolution: .p480,
            duration: .seconds(7), generateAudio: false, seed: 99, draft: true)
        let draftID = try await rig.create(draftRequest)
        let draft = try await rig.waitUntilTerminal(draftID)
        #expect(draft.status == .succeeded && draft.duration == 7)
        let finalID = try await rig.create(VideoRequest(resolution: .p720, returnLastFrame: true, draftTaskID: draftID))
        let task = try #require(await rig.simulator.world.task(finalID.rawValue))
        #expect(task.prompt == "A paper boat drifts down a street.")
        #expect(task.params["seed"] == 99 && task.params["generateAudio"] == false && task.params["draft"] == false)
        #expect(task.params["resolution"] == "720p" && task.params["draftTaskID"] == .string(draftID.rawValue))
        let final = try await rig.waitUntilTerminal(finalID)
        #expect(final.status == .succeeded && final.duration == 7 && final.lastFrameURL != nil)
        #expect(rig.simulator.counters.createsCommitted == 2)
    }

    @Test("1.0 Pro with frames: 57 frames come back as a 2.375 s, 1080p video")
    func framesOnPro10() async throws {
        let rig = SparkDanceRig()
        let request = VideoRequest(prompt: "Waves on a black sand beach.", aspectRatio: .r16x9, duration: .frames(57), cameraFixed: true, seed: 7)
        let id = try await rig.create(request, model: .vtrixSeedance1_0Pro)
        let task = try #require(await rig.simulator.world.task(id.rawValue))
        #expect(task.params["frames"] == 57 && task.params["duration"] == nil)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .succeeded)
        #expect(done.duration == 2.375 && done.resolution == .p1080 && done.aspectRatio == .r16x9)
    }

    /// Neither seed has a moderation code: the simulator fails a rejected prompt with 095 "Internal generation error"
    /// and the upstream reason in the message; the adapter maps by code first, so the category is `.server`.
    @Test("a rejected prompt ends failed with 095 and the moderation reason in the message, the raw code kept", arguments: models)
    func rejectedPrompt(_ model: ModelID) async throws {
        let rig = SparkDanceRig()
        let id = try await rig.create(VideoRequest(prompt: "[reject] something"), model: model)
        let done = try await rig.waitUntilTerminal(id)
        #expect(done.status == .failed && done.videoURL == nil)
        let failure = try #require(done.failure)
        #expect(failure.code?.rawValue == (model == .vtrixSeedance1_5Pro ? "003015095" : "003005095"))
        #expect(failure.category == .contentRejected)
        #expect(failure.message.contains("sensitive content"))
    }

    @Test("a generation failure in each error style keeps its code (string, or number without leading zeros)")
    func failureStyles() async throws {
        for style in [SimulatedSparkDance.FailureStyle.seed, .numericCode, .plainString] {
            let rig = SparkDanceRig(SimulatedSparkDance(failureStyle: style)) { $0.failureRate = 1 }
            let id = try await rig.create(VideoRequest(prompt: "a"))
            let failure = try #require(try await rig.waitUntilTerminal(id).failure)
            #expect(failure.message == "Internal generation error", "\(style)")
            switch style {
            case .seed, .numericCode:
                #expect(failure.code?.matches("003015095") == true && failure.category == .taskFailed, "\(style)")
            case .plainString:
                #expect(failure.code == nil && failure.category == .taskFailed)
            }
        }
    }

    @Test("an expired task ends failed with 003015010: a failed task, not a local timeout")
    func expiredTask() async throws {
        let rig = SparkDanceRig { $0.expiryRate = 1 }
        let done = try await rig.waitUntilTerminal(try await rig.create(VideoRequest(prompt: "a")))
        #expect(done.status == .failed && done.failure?.code == "003015010" && done.failure?.category == .taskFailed)
    }

    @Test("the video downloads without a key from the media route: an MP4 starting with an ftyp box; the last frame is a PNG")
    func download() async throws {
        let rig = SparkDanceRig()
        let done = try await rig.waitUntilTerminal(try await rig.create(VideoRequest(prompt: "a", returnLastFrame: true)))
        let video = try await rig.send(SeedanceHTTPRequest(method: .get, url: try #require(done.videoURL), requiresAuthorization: false), key: nil)
        #expect(video.status == 200 && video.body.count > 100)
        #expect(String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
        let frame = try await rig.send(SeedanceHTTPRequest(method: .get, url: try #require(done.lastFrameURL), requiresAuthorization: false), key: nil)
        #expect(frame.body.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(rig.simulator.counters.downloads == 2)
    }

    @Test("server refusals map to typed errors: 401, 429 with Retry-After, 404, in-band create error")
    func refusals() async throws {
        let rig = SparkDanceRig(SimulatedSparkDance(validationErrorsInBand: true)) { $0.acceptedAPIKeys = .only([SparkDanceRig.key]) }
        let dialect = rig.dialect()
        let create = try dialect.makeCreateRequest(VideoRequest(prompt: "a"))
        let unauthorized = try await rig.send(create, key: "sk-test-WRONG-0000")
        #expect { try dialect.parseCreateResponse(unauthorized) } throws: { error in
            (error as? SeedanceError)?.category == .authentication
        }
        rig.simulator.injectNext(.rateLimited(retryAfter: .seconds(9)))
        let limited = try await rig.send(create)
        #expect { try dialect.parseCreateResponse(limited) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .rateLimited(retryAfter: .seconds(9)) && error?.message == "Too many requests. Please retry later."
        }
        let missing = try await rig.send(try dialect.makeStatusRequest(for: "task_nope"))
        #expect { try dialect.parseStatusResponse(missing, for: "task_nope") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .notFound && error?.taskID == "task_nope" && error?.providerCode == "task_not_found"
        }
        var tampered = create
        tampered.body = SimulatedResponse.encode(SparkDanceRig.body(["content": [["type": "text", "text": "a"]], "duration": 20]))
        let inBand = try await rig.send(tampered)
        #expect { try dialect.parseCreateResponse(inBand) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .invalidRequest && error?.providerCode == "003015003" && error?.httpStatus == 200
        }
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("over loopback with URLSessionTransport: both models create, finish and download")
    func loopback() async throws {
        let rig = SparkDanceRig()
        let server = try await rig.simulator.startServer()
        defer { server.stop() }
        let remote = rig.overLoopback(server)
        for model in Self.models {
            let id = try await remote.create(VideoRequest(prompt: "a lighthouse at night", firstFrame: Self.first, returnLastFrame: true), model: model)
            let done = try await remote.waitUntilTerminal(id)
            #expect(done.status == .succeeded && done.model == model)
            let videoURL = try #require(done.videoURL)
            #expect(videoURL.port == server.port)
            let video = try await remote.send(SeedanceHTTPRequest(method: .get, url: videoURL, requiresAuthorization: false), key: nil)
            #expect(String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
        }
        #expect(rig.simulator.counters.createsCommitted == 2)
    }
}
