import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated host answers in the shapes of `Fixtures/jiekou/*` (same keys, array lengths and JSON types; ids
/// and times differ) and accepts every request fixture.
@Suite("SimulatedJieKou matches the fixtures", .timeLimit(.minutes(3)))
struct SimulatedJieKouFixtureTests {
    typealias H = SimulatedJieKouHarness
    static let i2vBody = Fixtures.json("jiekou/create-i2v-first-last.request.json")
    static let t2vBody = Fixtures.json("jiekou/create-t2v.request.json")

    @Test("both request fixtures are accepted on JieKou, answered in the shape of create.response.task_id.json")
    func requestFixturesAreAccepted() async throws {
        let simulator = H.simulator()
        for (body, model) in [(Self.i2vBody, SimulatedJieKou.imageToVideoModel), (Self.t2vBody, SimulatedJieKou.textToVideoModel)] {
            let answer = try await H.send(simulator, .post, "/v3/async/\(model)", body: body)
            #expect(answer.status == 200)
            #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/create.response.task_id.json")))
            let id = try #require(answer.json["task_id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil && id == id.lowercased())
        }
        #expect(simulator.counters.createsCommitted == 2)
    }

    @Test("the id switch answers in the shape of create.response.id.json")
    func createAnswerWithID() async throws {
        let simulator = H.simulator(SimulatedJieKou(createAnswerKey: .id))
        let answer = try await H.send(simulator, .post, "/v3/async/\(SimulatedJieKou.imageToVideoModel)", body: Self.i2vBody)
        #expect(answer.status == 200)
        #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/create.response.id.json")))
        let id = try #require(answer.json["id"]?.stringValue)
        #expect(try await H.result(simulator, id)["task"]?["task_id"] == .string(id))
    }

    @Test("queued, processing and succeeded answers have the fixtures' shapes, types and fixed values")
    func lifecycleShapes() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock)
        let id = try #require(try await H.create(simulator, Self.i2vBody))
        let submitted = String(Int64(H.startDate.timeIntervalSince1970 * 1000))

        let queued = try await H.result(simulator, id)
        #expect(H.shape(queued) == H.shape(Fixtures.json("jiekou/result-queued.json")))
        #expect(queued["task"]?["status"] == "TASK_STATUS_QUEUED" && queued["task"]?["task_id"] == .string(id))
        #expect(queued["task"]?["eta"] == 60 && queued["task"]?["progress_percent"] == 0 && queued["task"]?["task_type"] == "video")
        #expect(queued["extra"]?["seed"] == "" && queued["extra"]?["debug_info"]?["submit_time_ms"] == .string(submitted))
        #expect(queued["extra"]?["debug_info"]?["execute_time_ms"] == "0")

        clock.advance(by: .seconds(36))  // 24 of the 48 running seconds
        let processing = try await H.result(simulator, id)
        #expect(H.shape(processing) == H.shape(Fixtures.json("jiekou/result-processing.json")))
        #expect(processing["task"]?["status"] == "TASK_STATUS_PROCESSING")
        #expect(processing["task"]?["progress_percent"] == 50 && processing["task"]?["eta"] == 24)
        #expect(processing["extra"]?["debug_info"]?["execute_time_ms"] == .string(String(1_770_000_012_000)))
        #expect(processing["extra"]?["debug_info"]?["complete_time_ms"] == "")
        #expect(processing["extra"]?["seed"]?.stringValue.flatMap { Int64($0) } != nil, "seed -1: the drawn seed, as text")

        clock.advance(by: .seconds(24))
        let succeeded = try await H.result(simulator, id)
        #expect(H.shape(succeeded) == H.shape(Fixtures.json("jiekou/result-succeeded.json")))
        #expect(succeeded["task"]?["status"] == "TASK_STATUS_SUCCEED" && succeeded["task"]?["reason"] == "")
        #expect(succeeded["task"]?["progress_percent"] == 100 && succeeded["task"]?["eta"] == 0)
        #expect(succeeded["extra"]?["debug_info"]?["complete_time_ms"] == .string(String(1_770_000_060_000)))
        #expect(succeeded["videos"]?[0]?["video_url_ttl"] == "3600" && succeeded["videos"]?[0]?["video_type"] == "mp4")
        #expect(succeeded["images"]?[0]?["image_url_ttl"] == 3600 && succeeded["images"]?[0]?["image_type"] == "png")
        #expect(succeeded["audios"]?[0]?["audio_type"] == "wav")
        #expect(succeeded["audios"]?[0]?["audio_metadata"] == ["text": "Remember, you cannot point at the moon.", "start_time": 0, "end_time": 5])
        #expect(succeeded["videos"]?[0]?["video_url"] == .string("http://localhost:8078/media/\(id)/video.mp4"))
        #expect(succeeded["audios"]?[0]?["audio_url"] == .string("http://localhost:8078/media/\(id)/audio.wav"))
    }

    @Test("a requested seed is reported as text; audio off leaves audios empty")
    func seedAndNoAudio() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock)
        let id = try #require(try await H.create(simulator, Self.t2vBody, model: SimulatedJieKou.textToVideoModel))
        clock.advance(by: .seconds(60))
        let done = try await H.result(simulator, id)
        #expect(done["extra"]?["seed"] == "4294967295")
        #expect(done["audios"] == [] && done["videos"]?.arrayValue?.count == 1)
    }

    @Test("without the last-frame switch a succeeded task lists no image, and its last-frame link is not served")
    func noLastFrame() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(SimulatedJieKou(returnsLastFrame: false), clock: clock)
        let id = try #require(try await H.create(simulator, Self.i2vBody))
        clock.advance(by: .seconds(60))
        let done = try await H.result(simulator, id)
        #expect(done["images"] == [] && done["videos"]?.arrayValue?.count == 1)
        let frame = try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: URL(string: "http://localhost:8078/media/\(id)/last-frame.png")!))
        #expect(frame.status == 404)
    }

    @Test("a [reject] prompt fails in the shape of result-failed.json with a moderation reason")
    func failedShape() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock)
        let body = H.edited(Self.i2vBody, ["prompt": "[reject] something forbidden"])
        let id = try #require(try await H.create(simulator, body))
        clock.advance(by: .seconds(60))
        let failed = try await H.result(simulator, id)
        #expect(H.shape(failed) == H.shape(Fixtures.json("jiekou/result-failed.json")))
        #expect(failed["task"]?["status"] == "TASK_STATUS_FAILED")
        #expect(failed["task"]?["reason"] == Fixtures.json("jiekou/result-failed.json")["task"]?["reason"])
        #expect(failed["videos"] == [] && failed["images"] == [] && failed["audios"] == [])
    }

    @Test("an expired task is reported failed, saying it expired")
    func expiredTask() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock) { $0.expiryRate = 1 }
        let id = try #require(try await H.create(simulator, Self.t2vBody, model: SimulatedJieKou.textToVideoModel))
        clock.advance(by: .seconds(30))
        #expect(try await H.result(simulator, id)["task"]?["status"] == "TASK_STATUS_QUEUED")
        clock.advance(by: .seconds(30))
        let expired = try await H.result(simulator, id)
        #expect(H.shape(expired) == H.shape(Fixtures.json("jiekou/result-failed.json")))
        #expect(expired["task"]?["status"] == "TASK_STATUS_FAILED")
        #expect(expired["task"]?["reason"] == "The task expired: it did not run within execution_expires_after (3600 s).")
        #expect(expired["extra"]?["seed"] == "" && expired["extra"]?["debug_info"]?["execute_time_ms"] == "0")
    }

    @Test("result links follow the configured lifetime: TTLs, expires and a 403 once past")
    func linkLifetime() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock) { $0.media.resultURLLifetime = .seconds(600) }
        let id = try #require(try await H.create(simulator, Self.i2vBody))
        clock.advance(by: .seconds(60))
        let done = try await H.result(simulator, id)
        #expect(done["videos"]?[0]?["video_url_ttl"] == "600" && done["images"]?[0]?["image_url_ttl"] == 600)
        let audio = try #require(done["audios"]?[0]?["audio_url"]?.stringValue.flatMap(URL.init(string:)))
        #expect(audio.query == "expires=\(1_770_000_000 + 60 + 600)")
        #expect(try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: audio)).status == 200)
        clock.advance(by: .seconds(601))
        let late = try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: audio))
        #expect(late.status == 403 && JSONAssert.parse(late.body)["reason"] == "ACCESS_DENY")
    }

    @Test("the audio link serves a silent WAV as long as the video, without a key")
    func audioFile() async throws {
        let clock = VirtualTestClock()
        let simulator = H.simulator(clock: clock)
        let id = try #require(try await H.create(simulator, Self.i2vBody))
        clock.advance(by: .seconds(60))
        let url = try #require(try await H.result(simulator, id)["audios"]?[0]?["audio_url"]?.stringValue.flatMap(URL.init(string:)))
        let wav = try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: url, requiresAuthorization: false))
        #expect(wav.status == 200 && wav.headers["Content-Type"] == "audio/wav")
        #expect(String(decoding: wav.body.prefix(4), as: UTF8.self) == "RIFF")
        #expect(String(decoding: wav.body.dropFirst(8).prefix(4), as: UTF8.self) == "WAVE")
        #expect(wav.body.count == 44 + 5 * 8000)
        #expect(simulator.counters.downloads == 1 && !simulator.counters.authorizationReached("localhost"))
    }
}
