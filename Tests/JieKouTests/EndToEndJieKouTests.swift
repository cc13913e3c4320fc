import Foundation
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The adapter against the simulator (two independent readings of docs/dialects/jiekou.md) on every host preset, in
/// process, in virtual time.
@Suite("JieKou end to end through the simulator", .timeLimit(.minutes(3)))
struct EndToEndJieKouTests {
    static let first = MediaInput.url(URL(string: "https://example.com/first.png")!)
    static let last = MediaInput.url(URL(string: "https://example.com/last.png")!)

    @Test("text to video: queued, running, succeeded; the video downloads as an MP4", arguments: HostPreset.allCases)
    func textToVideo(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let id = try await rig.create(VideoRequest(prompt: "A lighthouse in a storm", duration: .seconds(6), seed: 42))
        let snapshots = try await rig.pollUntilTerminal(id, step: .seconds(5))
        #expect(snapshots.first?.status == .queued)
        #expect(snapshots.contains { $0.status == .running && ($0.progress ?? 0) > 0 })
        let done = try #require(snapshots.last)
        #expect(done.status == .succeeded && done.progress == 1 && done.seed == 42)
        #expect(done.createdAt == SimulatedJieKouHarness.startDate)
        #expect(done.completedAt == SimulatedJieKouHarness.startDate.addingTimeInterval(60))
        #expect(done.resultExpiresAt == SimulatedJieKouHarness.startDate.addingTimeInterval(60 + 3600))
        let video = try await rig.fetch(try #require(done.videoURL))
        #expect(video.status == 200 && video.body.startsWithFtypBox && video.body == SampleMedia.mp4)
        let created = await rig.simulator.world.observeAll()
        #expect(created.map(\.task.model) == [SimulatedJieKou.textToVideoModel])
        #expect(created.first?.task.echo.duration == 6)
        #expect(rig.simulator.counters.createsCommitted == 1 && rig.simulator.counters.polls == snapshots.count)
        #expect(!rig.simulator.counters.authorizationReached("localhost"))
    }

    @Test("image to video: the i2v endpoint; last frame and audio come back and download", arguments: HostPreset.allCases)
    func imageToVideo(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let id = try await rig.create(VideoRequest(prompt: "She says: \"Hello there.\"", firstFrame: Self.first, resolution: .p480))
        let done = try #require(try await rig.pollUntilTerminal(id, step: .seconds(5)).last)
        #expect(done.status == .succeeded)
        let frame = try await rig.fetch(try #require(done.lastFrameURL))
        #expect(frame.status == 200 && Array(frame.body.prefix(8)) == PNGWriter.signature)
        #expect(done.audioURLs.count == 1)
        let audio = try await rig.fetch(try #require(done.audioURLs.first))
        #expect(audio.status == 200 && audio.body.prefix(4) == Data("RIFF".utf8))
        #expect(done.raw?["audios"]?[0]?["audio_metadata"]?["text"] == "Hello there.")
        let task = try #require(await rig.simulator.world.observeAll().first?.task)
        #expect(task.model == SimulatedJieKou.imageToVideoModel && task.echo.resolution == "480p")
        #expect(task.params["image"] == "(image given)" && task.params["last_image"] == nil)
    }

    @Test("first and last frame: both images reach the i2v endpoint; the fixture request succeeds", arguments: HostPreset.allCases)
    func firstAndLastFrame(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let id = try await rig.create(JieKouRequestTests.i2vRequest)
        let done = try #require(try await rig.pollUntilTerminal(id, step: .seconds(5)).last)
        #expect(done.status == .succeeded && done.videoURL != nil && done.lastFrameURL != nil)
        let task = try #require(await rig.simulator.world.observeAll().first?.task)
        #expect(task.model == SimulatedJieKou.imageToVideoModel)
        #expect(task.params["image"] == "(image given)" && task.params["last_image"] == "(last_image given)")
        #expect(task.echo == TaskEcho(duration: 5, resolution: "720p", ratio: "adaptive", seed: -1, generateAudio: true, framesPerSecond: 24))
    }

    @Test("inline image bytes pass both readings", arguments: HostPreset.allCases)
    func inlineImage(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let png = MediaInput.data(TestImages.png(width: 1280, height: 720))
        let id = try await rig.create(VideoRequest(prompt: "pan left", firstFrame: png, lastFrame: png, aspectRatio: .r16x9))
        #expect(try await rig.pollUntilTerminal(id, step: .seconds(5)).last?.status == .succeeded)
    }

    @Test("a rejected prompt fails with a content-rejection reason; the result has no video", arguments: HostPreset.allCases)
    func contentRejection(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let id = try await rig.create(VideoRequest(prompt: "[reject] a forbidden scene"))
        let done = try #require(try await rig.pollUntilTerminal(id, step: .seconds(5)).last)
        #expect(done.status == .failed && done.videoURL == nil && done.audioURLs.isEmpty)
        #expect(done.failure?.category == .contentRejected)
        #expect(done.failure?.message.contains("sensitive") == true)
    }

    @Test("a generation failure and an expiry are told apart by their reasons")
    func otherFailures() async throws {
        let failing = EndToEndJieKouRig(.jiekou) { $0.failureRate = 1 }
        let failed = try #require(try await failing.pollUntilTerminal(try await failing.create(VideoRequest(prompt: "a cat")), step: .seconds(5)).last)
        #expect(failed.status == .failed && failed.failure?.category == .taskFailed)
        let expiring = EndToEndJieKouRig(.novita) { $0.expiryRate = 1 }
        let expired = try #require(try await expiring.pollUntilTerminal(try await expiring.create(VideoRequest(prompt: "a cat")), step: .seconds(5)).last)
        #expect(expired.status == .failed && expired.failure?.category == .taskExpired)
    }

    @Test("1080p: accepted on JieKou; on Novita refused by the adapter before sending and by the simulator if sent raw")
    func fullHDPerHost() async throws {
        let request = VideoRequest(prompt: "A red fox in the snow", resolution: .p1080)
        let jiekou = EndToEndJieKouRig(.jiekou)
        let id = try await jiekou.create(request)
        #expect(try await jiekou.pollUntilTerminal(id, step: .seconds(5)).last?.status == .succeeded)
        #expect(await jiekou.simulator.world.observeAll().first?.task.echo.resolution == "1080p")

        let novita = EndToEndJieKouRig(.novita)
        let refusal = await #expect(throws: SeedanceError.self) { try await novita.create(request) }
        #expect(refusal?.category == .invalidRequest && refusal?.field == "resolution" && refusal?.value == "1080p")
        #expect(novita.simulator.counters.requests == 0, "nothing was sent")

        let raw = try JieKou(host: .jiekou, baseURL: novita.dialect().baseURL).makeCreateRequest(request)
        let answer = try await novita.transport.send(novita.signed(raw))
        #expect(answer.status == 400)
        let serverRefusal = #expect(throws: SeedanceError.self) { try novita.dialect().parseCreateResponse(answer) }
        #expect(serverRefusal?.category == .invalidRequest && serverRefusal?.providerCode == "INVALID_REQUEST_BODY")
        #expect(serverRefusal?.message.contains("1080p") == true)
        #expect(novita.simulator.counters.createsCommitted == 0)
    }

    @Test("the create answer under id instead of task_id is read too")
    func createAnsweredWithID() async throws {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(SimulatedJieKou(createAnswerKey: .id), clock: clock)
        let rig = EndToEndJieKouRig(simulator: simulator, clock: clock, dialect: JieKou(baseURL: simulator.baseURL()), transport: simulator.transport)
        let id = try await rig.create(VideoRequest(prompt: "a cat"))
        #expect(await simulator.world.observeAll().map(\.id) == [id.rawValue])
        #expect(try await rig.pollUntilTerminal(id, step: .seconds(5)).last?.status == .succeeded)
    }

    @Test("an exhausted balance is insufficientCredits with the raw reason, and nothing is created")
    func exhaustedBalance() async throws {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(SimulatedJieKou(host: .novita, balanceExhausted: true), clock: clock)
        let rig = EndToEndJieKouRig(
            simulator: simulator, clock: clock, dialect: JieKou(host: .novita, baseURL: simulator.baseURL()),
            transport: simulator.transport)
        let refusal = await #expect(throws: SeedanceError.self) { try await rig.create(VideoRequest(prompt: "a cat")) }
        #expect(refusal?.category == .insufficientCredits && refusal?.httpStatus == 403 && refusal?.providerCode == "NOT_ENOUGH_BALANCE")
        #expect(simulator.counters.creates == 1 && simulator.counters.createsCommitted == 0)
    }

    @Test("the simulator's refusals map to the adapter's categories with the raw reason kept")
    func errorMapping() async throws {
        let rig = EndToEndJieKouRig(.ppio)
        rig.simulator.injectNext(.rateLimited(retryAfter: .seconds(7)), on: [.create])
        let limited = await #expect(throws: SeedanceError.self) { try await rig.create(VideoRequest(prompt: "a cat")) }
        #expect(limited?.category == .rateLimited(retryAfter: .seconds(7)) && limited?.providerCode == "RATE_LIMIT_EXCEEDED")

        let unsigned = try await rig.transport.send(try rig.dialect().makeCreateRequest(VideoRequest(prompt: "a cat")))
        let missingKey = #expect(throws: SeedanceError.self) { try rig.dialect().parseCreateResponse(unsigned) }
        #expect(missingKey?.category == .authentication && missingKey?.httpStatus == 403 && missingKey?.providerCode == "INVALID_API_KEY")

        rig.simulator.injectNext(.serverError(status: 503), on: [.status])
        let unavailable = await #expect(throws: SeedanceError.self) { try await rig.status("830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f") }
        #expect(unavailable?.category == .server && unavailable?.providerCode == "SERVICE_NOT_AVAILABLE")

        let unknown = await #expect(throws: SeedanceError.self) { try await rig.status("830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f") }
        #expect(unknown?.category == .notFound && unknown?.taskID == "830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }
}
