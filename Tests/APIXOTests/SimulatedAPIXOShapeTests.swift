import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulator alone: its answers have the shapes of `Fixtures/apixo/*`, with the documented times in
/// milliseconds (the simulator starts at the examples' `createTime`, so whole answers match but for the id).
@Suite("Simulated APIXO: answer shapes", .timeLimit(.minutes(3)))
struct SimulatedAPIXOShapeTests {
    static let fixtureID: JSONValue = "task_abc123xyz789"

    @Test(
        "every request fixture is accepted and answered with create.response.json's shape and a task_ id",
        arguments: ["create-t2v.request.json", "create-i2v-end-frame.request.json", "create-callback.request.json"])
    func requestFixturesAccepted(_ fixture: String) async throws {
        let raw = RawAPIXO()
        let response = try await raw.create(Fixtures.json("apixo/\(fixture)"))
        #expect(response.status == 200)
        let answer = JSONAssert.parse(response.body)
        let id = try #require(answer["data"]?["taskId"]?.stringValue)
        #expect(id.hasPrefix("task_") && id.count == 17)
        #expect(answer.settingData("taskId", "task_12345678") == Fixtures.json("apixo/create.response.json"))
        #expect(raw.simulator.counters.createsCommitted == 1)
        let task = try #require(await raw.simulator.world.task(id))
        #expect(task.metadata["model"] == "seedance-1-5-pro")
    }

    @Test("pending, then processing, then success: each answer equals its fixture but for the id and the result link")
    func lifecycleMatchesFixtures() async throws {
        let raw = RawAPIXO(completion: .milliseconds(12_500))
        let id = try await raw.createID(Fixtures.json("apixo/create-t2v.request.json"))
        let pending = try await raw.statusJSON(id)
        #expect(pending.settingData("taskId", Self.fixtureID) == Fixtures.json("apixo/status-pending.json"))

        raw.clock.advance(by: .seconds(5))
        let processing = try await raw.statusJSON(id)
        #expect(processing.settingData("taskId", Self.fixtureID) == Fixtures.json("apixo/status-processing.json"))

        raw.clock.advance(by: .milliseconds(7_500))
        let success = try await raw.statusJSON(id)
        let fixture = Fixtures.json("apixo/status-success.json")
        #expect(JSONShape.of(success) == JSONShape.of(fixture))
        let resultJSON = try #require(success["data"]?["resultJson"]?.stringValue)
        let result = JSONAssert.parse(Data(resultJSON.utf8))
        let fixtureResult = JSONAssert.parse(Data(try #require(fixture["data"]?["resultJson"]?.stringValue).utf8))
        #expect(JSONShape.of(result) == JSONShape.of(fixtureResult))
        let link = try #require(result["resultUrls"]?[0]?.stringValue)
        #expect(link.hasSuffix("/media/\(id)/video.mp4"))
        let normalized = success.settingData("taskId", Self.fixtureID).settingData("resultJson", fixture["data"]!["resultJson"]!)
        #expect(normalized == fixture)
        #expect(success["data"]?["costTime"] == 12_500)
    }

    @Test("a [reject] prompt fails with CONTENT_VIOLATION exactly as the documented failed example")
    func contentViolation() async throws {
        let raw = RawAPIXO(completion: .seconds(5))
        let id = try await raw.createID(RawAPIXO.body(input: ["prompt": "a [reject] scene of the seaside"]))
        raw.clock.advance(by: .seconds(5))
        let failed = try await raw.statusJSON(id)
        #expect(failed.settingData("taskId", Self.fixtureID) == Fixtures.json("apixo/status-failed-content-violation.json"))
    }

    @Test(
        "random failures are GENERATION_FAILED, expiries PROCESSING_TIMEOUT, a GIF link UNSUPPORTED_FORMAT",
        arguments: [
            ("failureRate", "GENERATION_FAILED"), ("expiryRate", "PROCESSING_TIMEOUT"), ("gif", "UNSUPPORTED_FORMAT"),
        ])
    func failCodes(_ cause: String, _ code: String) async throws {
        let raw = RawAPIXO(completion: .seconds(3)) { configuration in
            if cause == "failureRate" { configuration.failureRate = 1 }
            if cause == "expiryRate" { configuration.expiryRate = 1 }
        }
        let body =
            cause == "gif"
            ? RawAPIXO.body("create-i2v-end-frame.request.json", input: ["image_urls": ["https://example.com/start.gif"]])
            : RawAPIXO.body()
        let id = try await raw.createID(body)
        raw.clock.advance(by: .seconds(3))
        let failed = try await raw.statusJSON(id)
        #expect(JSONShape.of(failed) == JSONShape.of(Fixtures.json("apixo/status-failed-timeout.json")))
        #expect(failed["data"]?["state"] == "failed")
        #expect(failed["data"]?["failCode"] == .string(code))
        #expect(failed["data"]?["failMsg"]?.stringValue?.isEmpty == false)
        #expect(failed["data"]?["completeTime"] == 1_704_067_203_000)
    }

    @Test("the callback POSTs the terminal status envelope, equal to callback-success.json but for the id and link")
    func callbackBody() async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let raw = RawAPIXO { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: [.zero]) }
        let hook = "http://127.0.0.1:9/apixo/callback"
        let id = try await raw.createID(Fixtures.json("apixo/create-callback.request.json").settingTop("callback_url", .string(hook)))
        raw.clock.advance(by: .seconds(13))
        await raw.simulator.waitForCallbacks()
        let posted = try #require(sender.requests.first)
        #expect(sender.requests.count == 1)
        #expect(posted.url.absoluteString == hook)
        #expect(posted.headers["Authorization"] == nil)
        let body = JSONAssert.parse(posted.body)
        #expect(body == (try await raw.statusJSON(id)))
        let fixture = Fixtures.json("apixo/callback-success.json")
        #expect(body.settingData("taskId", Self.fixtureID).settingData("resultJson", fixture["data"]!["resultJson"]!) == fixture)
    }

    @Test("an async task posts no callback, even with a callback_url; a public https hook is never contacted")
    func noCallbackWhenAsyncOrPublic() async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let raw = RawAPIXO { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: [.zero]) }
        _ = try await raw.createID(RawAPIXO.body(top: ["callback_url": "http://127.0.0.1:9/hook"]))
        _ = try await raw.createID(Fixtures.json("apixo/create-callback.request.json"))
        raw.clock.advance(by: .seconds(13))
        await raw.simulator.waitForCallbacks()
        #expect(sender.requests.isEmpty)
        #expect(raw.simulator.counters.callbacks.refused == 1)
        #expect(raw.simulator.counters.callbacks.attempts == 0)
    }

    @Test("with the documented generation time, an 8 s video takes 75 s and a 4 s one 50 s")
    func documentedGenerationTime() async throws {
        let raw = RawAPIXO(dialect: SimulatedAPIXO(followsDocumentedGenerationTime: true))
        let eight = try await raw.createID(RawAPIXO.body())
        let four = try await raw.createID(RawAPIXO.body(input: ["duration": 4]))
        raw.clock.advance(by: .milliseconds(49_999))
        #expect(try await raw.statusJSON(four)["data"]?["state"] == "processing")
        raw.clock.advance(by: .milliseconds(1))
        #expect(try await raw.statusJSON(four)["data"]?["costTime"] == 50_000)
        raw.clock.advance(by: .seconds(25))
        #expect(try await raw.statusJSON(eight)["data"]?["costTime"] == 75_000)
    }
}

extension JSONValue {
    /// A copy with the top-level `key` set to `value`.
    func settingTop(_ key: String, _ value: JSONValue) -> JSONValue {
        guard var object = objectValue else { return self }
        object[key] = value
        return .object(object)
    }
}
