import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulator alone: its answers have the shapes of `Fixtures/seedanceapi/*` (the simulator starts at the
/// example's `created_at`, so whole answers match but for the id and the video link).
@Suite("Simulated seedanceapi.org: answer shapes", .timeLimit(.minutes(3)))
struct SimulatedSeedanceAPIOrgShapeTests {
    static let fixtureID: JSONValue = "seed15abc123def456pro"
    static let examplePrompt: JSONValue = "A majestic eagle soaring through golden sunset clouds"

    @Test(
        "every request fixture is accepted and answered with create.response.json's shape and a seed15…pro id",
        arguments: ["create-t2v.request.json", "create-i2v.request.json", "create-audio.request.json", "create-callback.request.json"])
    func requestFixturesAccepted(_ fixture: String) async throws {
        let raw = RawSeedanceAPI()
        let response = try await raw.create(Fixtures.json("seedanceapi/\(fixture)"))
        #expect(response.status == 200)
        let answer = JSONAssert.parse(response.body)
        let id = try #require(answer["data"]?["task_id"]?.stringValue)
        #expect(id.hasPrefix("seed15") && id.hasSuffix("pro") && id.count == 21)
        #expect(answer.settingData("task_id", Self.fixtureID) == Fixtures.json("seedanceapi/create.response.json"))
        #expect(raw.simulator.counters.createsCommitted == 1)
    }

    @Test("in progress, then success: each answer equals its fixture but for the id and the video link")
    func lifecycleMatchesFixtures() async throws {
        let raw = RawSeedanceAPI()
        let id = try await raw.createID(RawSeedanceAPI.body(["prompt": Self.examplePrompt]))
        let running = try await raw.statusJSON(id)
        #expect(running.settingData("task_id", Self.fixtureID) == Fixtures.json("seedanceapi/status-in-progress.json"))

        raw.clock.advance(by: .seconds(60))
        let success = try await raw.statusJSON(id)
        let fixture = Fixtures.json("seedanceapi/status-success.json")
        #expect(JSONShape.of(success) == JSONShape.of(fixture))
        let link = try #require(success["data"]?["response"]?[0]?.stringValue)
        #expect(link.hasSuffix("/media/\(id)/video.mp4"))
        #expect(success.settingData("task_id", Self.fixtureID).settingData("response", fixture["data"]!["response"]!) == fixture)
    }

    @Test("a random failure is status-failed.json exactly: FAILED, 0 credits, no video, the error message")
    func failedMatchesFixture() async throws {
        let raw = RawSeedanceAPI { $0.failureRate = 1 }
        let id = try await raw.createID(RawSeedanceAPI.body(["prompt": Self.examplePrompt]))
        raw.clock.advance(by: .seconds(60))
        #expect(try await raw.statusJSON(id).settingData("task_id", Self.fixtureID) == Fixtures.json("seedanceapi/status-failed.json"))
    }

    @Test("a [reject] prompt fails with a moderation message")
    func rejectedPrompt() async throws {
        let raw = RawSeedanceAPI()
        let id = try await raw.createID(RawSeedanceAPI.body(["prompt": "a [reject] scene"]))
        raw.clock.advance(by: .seconds(60))
        let failed = try await raw.statusJSON(id)
        #expect(failed["data"]?["status"] == "FAILED")
        #expect(failed["data"]?["consumed_credits"] == 0)
        #expect(failed["data"]?["error_message"] == "The prompt was rejected by content moderation")
    }

    @Test("the request echo reports the documented defaults (1:1, 720p, \"8\") for fields left out")
    func echoDefaults() async throws {
        let raw = RawSeedanceAPI()
        let id = try await raw.createID(["prompt": "waves"])
        raw.clock.advance(by: .seconds(60))
        let data = try #require(try await raw.statusJSON(id)["data"])
        #expect(data["request"] == ["prompt": "waves", "aspect_ratio": "1:1", "resolution": "720p", "duration": "8"])
        #expect(data["consumed_credits"] == 28)
    }

    @Test(
        "the simulator charges seedanceapi.org's documented price for each of the 12 combinations",
        arguments: [
            ("480p", 4, false, 8), ("480p", 8, false, 14), ("480p", 12, false, 19),
            ("480p", 4, true, 14), ("480p", 8, true, 28), ("480p", 12, true, 38),
            ("720p", 4, false, 14), ("720p", 8, false, 28), ("720p", 12, false, 42),
            ("720p", 4, true, 28), ("720p", 8, true, 56), ("720p", 12, true, 84),
        ])
    func priceTable(_ resolution: String, _ seconds: Int, _ audio: Bool, _ credits: Int) async throws {
        #expect(SimulatedSeedanceAPIOrg.credits(resolution: resolution, durationSeconds: seconds, generateAudio: audio) == credits)
        let raw = RawSeedanceAPI()
        let id = try await raw.createID(
            RawSeedanceAPI.body([
                "resolution": .string(resolution), "duration": .string(String(seconds)), "generate_audio": .bool(audio),
            ]))
        raw.clock.advance(by: .seconds(60))
        #expect(try await raw.statusJSON(id)["data"]?["consumed_credits"] == .integer(Int64(credits)))
    }

    @Test(
        "callbacks POST the status envelope (callback-success.json) or, configured so, its data alone (callback-bare-success.json)",
        arguments: [SimulatedSeedanceAPIOrg.CallbackShape.envelope, .bareData])
    func callbackBodies(_ shape: SimulatedSeedanceAPIOrg.CallbackShape) async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let raw = RawSeedanceAPI(dialect: SimulatedSeedanceAPIOrg(callbackShape: shape)) {
            $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: [.zero])
        }
        let hook = "http://127.0.0.1:9/seedance/callback"
        let id = try await raw.createID(RawSeedanceAPI.body(["prompt": Self.examplePrompt, "callback_url": .string(hook)]))
        raw.clock.advance(by: .seconds(60))
        await raw.simulator.waitForCallbacks()
        let posted = try #require(sender.requests.first)
        #expect(sender.requests.count == 1)
        #expect(posted.url.absoluteString == hook)
        let status = try await raw.statusJSON(id)
        let body = JSONAssert.parse(posted.body)
        switch shape {
        case .envelope:
            #expect(body == status)
            let fixture = Fixtures.json("seedanceapi/callback-success.json")
            #expect(body.settingData("task_id", Self.fixtureID).settingData("response", fixture["data"]!["response"]!) == fixture)
        case .bareData:
            #expect(body == status["data"])
            #expect(JSONShape.of(body) == JSONShape.of(Fixtures.json("seedanceapi/callback-bare-success.json")))
        }
    }

    @Test("a public https callback_url is accepted but never contacted (the simulator posts to loopback only)")
    func publicCallbackNotContacted() async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let raw = RawSeedanceAPI { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: [.zero]) }
        _ = try await raw.createID(Fixtures.json("seedanceapi/create-callback.request.json"))
        raw.clock.advance(by: .seconds(60))
        await raw.simulator.waitForCallbacks()
        #expect(sender.requests.isEmpty)
        #expect(raw.simulator.counters.callbacks.refused == 1)
    }
}
