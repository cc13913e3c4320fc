import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated spark_dance server against the fixtures: every request fixture is accepted, and its answers have
/// the fixtures' shapes (same keys, same JSON kinds).
@Suite("Simulated spark_dance: fixtures", .timeLimit(.minutes(3)))
struct SimulatedSparkDanceTests {
    static let requestFixtures = [
        "create-t2v.request.json", "create-first-frame.request.json", "create-first-last.request.json",
        "create-draft.request.json", "create-v1_0-frames.request.json",
    ]

    @Test("every create fixture is accepted and answered with the shape of create.response.json", arguments: requestFixtures)
    func requestFixtureAccepted(_ fixture: String) async throws {
        let rig = SparkDanceRig()
        let answer = try await rig.raw(.post, "/model/v1/generation", body: Fixtures.json("sparkdance/\(fixture)"))
        #expect(answer.status == 200)
        #expect(JSONShape.differences(answer.json, Fixtures.json("sparkdance/create.response.json")) == [])
        #expect(answer.json["status"] == "in_progress")
        #expect(answer.json["model"] == Fixtures.json("sparkdance/\(fixture)")["model"])
        #expect(answer.json["created_at"] == .integer(1_775_831_525))
        #expect(answer.json["id"]?.stringValue?.hasPrefix("task_") == true)
        #expect(rig.simulator.counters.createsCommitted == 1)
    }

    @Test("the draft→final fixture is accepted once its draft has succeeded, and the final reuses the draft's inputs")
    func draftThenFinal() async throws {
        let rig = SparkDanceRig()
        let draft = try await rig.raw(.post, "/model/v1/generation", body: Fixtures.json("sparkdance/create-draft.request.json"))
        let draftID = try #require(draft.json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let draftStatus = try await rig.raw(.get, "/model/v1/generation/task/\(draftID)")
        #expect(draftStatus.json["status"] == "completed")
        #expect(draftStatus.json["usage"]?["cost"] == "0.03")  // 854×480 px, 5 s, silent draft: 48 038 tokens at 0.6 USD per million

        let fixtureText = String(decoding: Fixtures.data("sparkdance/create-draft-final.request.json"), as: UTF8.self)
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(fixtureText.replacingOccurrences(of: "task_draft_0042", with: draftID).utf8))
        let final = try await rig.raw(.post, "/model/v1/generation", body: body)
        #expect(final.status == 200)
        let finalID = try #require(final.json["id"]?.stringValue)
        let task = try #require(await rig.simulator.world.task(finalID))
        #expect(task.prompt == "A paper boat drifts down a rain-soaked street.")
        #expect(task.params["images"]?[0]?["url"] == "https://example.com/boat.png")
        #expect(task.params["generateAudio"] == false)
        #expect(task.params["duration"] == 5)
        #expect(task.params["resolution"] == "720p")
        #expect(task.params["draft"] == false)
        #expect(task.params["draftTaskID"] == .string(draftID))
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(finalID)")
        #expect(status.json["output"]?[0]?["content"]?[0]?["duration"] == 5)
        #expect(status.json["output"]?[0]?["content"]?[1]?["type"] == "image")
    }

    @Test("queued and running tasks answer the shape of status-running.json with a growing progress")
    func running() async throws {
        let rig = SparkDanceRig()
        let id = try #require(
            try await rig.raw(.post, "/model/v1/generation", body: Fixtures.json("sparkdance/create-t2v.request.json")).json["id"]?.stringValue)
        let queued = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(queued.json, Fixtures.json("sparkdance/status-running.json")) == [])
        #expect(queued.json["progress"]?.doubleValue == 0)
        rig.clock.advance(by: .seconds(60))
        let running = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(running.json, Fixtures.json("sparkdance/status-running.json")) == [])
        #expect(running.json["status"] == "in_progress")
        #expect(running.json["progress"]?.doubleValue == 0.5)
    }

    @Test("a completed 1.5 Pro task has the shape of status-completed.json, with a numeric duration and a cost string")
    func completed() async throws {
        let rig = SparkDanceRig()
        let id = try #require(
            try await rig.raw(.post, "/model/v1/generation", body: Fixtures.json("sparkdance/create-t2v.request.json")).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(status.json, Fixtures.json("sparkdance/status-completed.json")) == [])
        let video = status.json["output"]?[0]?["content"]?[0]
        #expect(video?["type"] == "video")
        #expect(video?["duration"] == 5)
        #expect(video?["url"]?.stringValue?.hasSuffix("/media/\(id)/video.mp4") == true)
        #expect(video?["jobId"]?.stringValue?.hasPrefix("cgt-20260410") == true)
        #expect(status.json["usage"] == ["cost": "0.26", "discount": 0])
    }

    @Test("a completed 1.0 Pro task with frames and a last frame has the shape of status-completed-last-frame.json")
    func completedWithLastFrame() async throws {
        let rig = SparkDanceRig()
        var params = Fixtures.json("sparkdance/create-v1_0-frames.request.json")["input"]?[0]?["params"]?.objectValue ?? [:]
        params["return_last_frame"] = true
        let id = try #require(
            try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(params, model: "spark_dance_v1_0_pro")).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(status.json, Fixtures.json("sparkdance/status-completed-last-frame.json")) == [])
        let items = status.json["output"]?[0]?["content"]
        #expect(items?[0]?["duration"] == "2.375")
        #expect(items?[0]?["resolution"] == "1080p" && items?[0]?["ratio"] == "16:9" && items?[0]?["fps"] == 24 && items?[0]?["format"] == "mp4")
        #expect(items?[1]?["type"] == "image")
        #expect(items?[1]?["url"]?.stringValue?.hasSuffix("/media/\(id)/last-frame.png") == true)
    }

    @Test("a rejected prompt fails with the shape of status-failed-object-string-code.json and code 003015095")
    func failedSeedStyle() async throws {
        let rig = SparkDanceRig()
        let body = SparkDanceRig.body(["content": [["type": "text", "text": "[reject] a scene"]]])
        let id = try #require(try await rig.raw(.post, "/model/v1/generation", body: body).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(status.json, Fixtures.json("sparkdance/status-failed-object-string-code.json")) == [])
        #expect(status.json["error"]?["code"] == "003015095")
    }

    @Test("the numeric-code failure style has the shape of status-failed-object-numeric-code.json (1.0 Pro: 3005095)")
    func failedNumericStyle() async throws {
        let rig = SparkDanceRig(SimulatedSparkDance(failureStyle: .numericCode)) { $0.failureRate = 1 }
        let body = SparkDanceRig.body(["content": [["type": "text", "text": "waves"]]], model: "spark_dance_v1_0_pro")
        let id = try #require(try await rig.raw(.post, "/model/v1/generation", body: body).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(status.json, Fixtures.json("sparkdance/status-failed-object-numeric-code.json")) == [])
        #expect(status.json["error"]?["code"] == 3_005_095)
    }

    @Test("the plain-string failure style has the shape of status-failed-string-error.json")
    func failedStringStyle() async throws {
        let rig = SparkDanceRig(SimulatedSparkDance(failureStyle: .plainString)) { $0.failureRate = 1 }
        let id = try #require(
            try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "text", "text": "a"]]])).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(JSONShape.differences(status.json, Fixtures.json("sparkdance/status-failed-string-error.json")) == [])
        #expect(status.json["error"] == "Internal generation error")
    }

    @Test("an expired 1.5 Pro task fails with 003015010 Task timeout")
    func expired() async throws {
        let rig = SparkDanceRig { $0.expiryRate = 1 }
        let id = try #require(
            try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "text", "text": "a"]]])).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        let status = try await rig.raw(.get, "/model/v1/generation/task/\(id)")
        #expect(status.json["status"] == "failed")
        #expect(status.json["error"] == ["code": "003015010", "error_message": "Task timeout"])
    }

    @Test("in-band validation errors have the shape of create-inband-error.response.json (HTTP 200, no id)")
    func inBandError() async throws {
        let rig = SparkDanceRig(SimulatedSparkDance(validationErrorsInBand: true))
        let answer = try await rig.raw(.post, "/model/v1/generation", body: SparkDanceRig.body(["content": [["type": "text", "text": "a"]], "duration": 20]))
        #expect(answer.status == 200)
        #expect(JSONShape.differences(answer.json, Fixtures.json("sparkdance/create-inband-error.response.json")) == [])
        #expect(answer.json["error"]?["code"] == "003015003")
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("401 carries the top-level message of error-401.json; 429 the string error of error-429.json")
    func gatewayErrors() async throws {
        let rig = SparkDanceRig { $0.acceptedAPIKeys = .only([SparkDanceRig.key]) }
        let body = SparkDanceRig.body(["content": [["type": "text", "text": "a"]]])
        let refused = try await rig.raw(.post, "/model/v1/generation", body: body, key: "sk-test-WRONG-0000")
        #expect(refused.status == 401)
        #expect(refused.json["message"] == "The API key is invalid.")
        #expect(refused.json["error"] == ["code": "unauthorized", "error_message": "The API key is invalid."])
        #expect(JSONShape.kind(Fixtures.json("sparkdance/error-401.json")["message"]!) == "string")
        rig.simulator.injectNext(.rateLimited(retryAfter: .seconds(7)))
        let limited = try await rig.send(
            SeedanceHTTPRequest.createJSON(URL(string: rig.base.absoluteString + "/model/v1/generation")!, body: SimulatedResponse.encode(body)))
        #expect(limited.status == 429)
        #expect(limited.headers["Retry-After"] == "7")
        let json = JSONAssert.parse(limited.body)
        #expect(JSONShape.kind(json["error"] ?? .null) == JSONShape.kind(Fixtures.json("sparkdance/error-429.json")["error"]!))
        #expect(json["message"] == json["error"])
        #expect(rig.simulator.counters.createsCommitted == 0)
    }

    @Test("a terminal task's callback is the status answer, posted to the callback URL")
    func callback() async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let rig = SparkDanceRig { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: []) }
        let body = SparkDanceRig.body(["content": [["type": "text", "text": "a"]], "callback_url": "http://127.0.0.1:9/hook"])
        let id = try #require(try await rig.raw(.post, "/model/v1/generation", body: body).json["id"]?.stringValue)
        rig.clock.advance(by: .seconds(100))
        await rig.simulator.waitForCallbacks()
        let posted = try #require(sender.requests.first)
        #expect(posted.url.absoluteString == "http://127.0.0.1:9/hook")
        #expect(posted.headers["Authorization"] == nil)
        #expect(JSONAssert.same(posted.body, try await rig.raw(.get, "/model/v1/generation/task/\(id)").json))
        #expect(JSONAssert.parse(posted.body)["status"] == "completed")
    }
}
