import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated Ark server against the fixtures: every request fixture is accepted, and task objects, list pages
/// and error envelopes have the fixtures' shapes (same keys, same JSON kinds).
@Suite("Simulated ModelArk: fixtures", .timeLimit(.minutes(3)))
struct SimulatedModelArkTests {
    static let tasks = "/contents/generations/tasks"
    static func fixture(_ name: String) -> JSONValue { Fixtures.json("modelark/\(name)") }

    @Test(
        "every create fixture is accepted with {\"id\": \"cgt-YYYYMMDDHHMMSS-xxxxx\"}",
        arguments: ["create-t2v.request.json", "create-i2v-first-last.request.json", "create-draft.request.json"])
    func requestFixtureAccepted(_ name: String) async throws {
        let rig = ModelArkRig()
        let answer = try await rig.raw(.post, Self.tasks, body: Self.fixture(name))
        #expect(answer.status == 200)
        #expect(JSONShape.differences(answer.json, Self.fixture("create.response.json")) == [])
        let id = try #require(answer.json["id"]?.stringValue)
        #expect(id.hasPrefix("cgt-20250331095019-") && id.count == "cgt-20250331175019-68d9t".count)
        #expect(answer.response.headers["X-Request-Id"] != nil)
        #expect(rig.simulator.counters.createsCommitted == 1)
    }

    @Test("queued and running tasks have the shapes of task-queued.json and task-running.json")
    func queuedAndRunning() async throws {
        let rig = ModelArkRig()
        let id = try await rig.rawCreate(Self.fixture("create-t2v.request.json"))
        let queued = try await rig.raw(.get, "\(Self.tasks)/\(id)")
        #expect(JSONShape.differences(queued.json, Self.fixture("task-queued.json")) == [])
        #expect(queued.json["status"] == "queued" && queued.json["seed"] == 11 && queued.json["error"] == .null)
        #expect(queued.json["created_at"] == 1_743_414_619 && queued.json["updated_at"] == 1_743_414_619)
        rig.clock.advance(by: .seconds(30))
        let running = try await rig.raw(.get, "\(Self.tasks)/\(id)")
        #expect(JSONShape.differences(running.json, Self.fixture("task-running.json")) == [])
        #expect(running.json["status"] == "running" && running.json["updated_at"] == 1_743_414_639)
    }

    @Test("a succeeded task with its last frame has the shape of task-succeeded-last-frame.json (optional priority aside)")
    func succeeded() async throws {
        let rig = ModelArkRig()
        let id = try await rig.rawCreate(Self.fixture("create-i2v-first-last.request.json"))
        rig.clock.advance(by: .seconds(100))
        let task = try await rig.raw(.get, "\(Self.tasks)/\(id)")
        var expected = Self.fixture("task-succeeded-last-frame.json").objectValue ?? [:]
        expected["priority"] = nil
        #expect(JSONShape.differences(task.json, .object(expected)) == [])
        #expect(task.json["content"]?["video_url"]?.stringValue?.hasSuffix("/media/\(id)/video.mp4") == true)
        #expect(task.json["content"]?["last_frame_url"]?.stringValue?.hasSuffix("/media/\(id)/last-frame.png") == true)
        #expect(task.json["usage"] == ["completion_tokens": 216_000, "total_tokens": 216_000])
        #expect(task.json["duration"] == 10 && task.json["ratio"] == "16:9" && task.json["updated_at"] == 1_743_414_719)
    }

    @Test("a failed task has the shape of task-failed.json; an expired one of task-expired.json")
    func failedAndExpired() async throws {
        let failing = ModelArkRig { $0.failureRate = 1 }
        let failed = try await failing.rawCreate(["model": "seedance-1-5-pro-251215", "content": [["type": "text", "text": "a"]]])
        failing.clock.advance(by: .seconds(100))
        let failedTask = try await failing.raw(.get, "\(Self.tasks)/\(failed)")
        #expect(JSONShape.differences(failedTask.json, Self.fixture("task-failed.json")) == [])
        #expect(failedTask.json["error"] == ["code": "InternalServiceError", "message": "The service encountered an unexpected internal error."])

        let expiring = ModelArkRig { $0.expiryRate = 1 }
        let expired = try await expiring.rawCreate([
            "model": "seedance-1-5-pro-251215", "content": [["type": "text", "text": "a"]], "service_tier": "flex",
            "execution_expires_after": 3600, "ratio": "16:9",
        ])
        expiring.clock.advance(by: .seconds(50))
        #expect(try await expiring.raw(.get, "\(Self.tasks)/\(expired)").json["status"] == "queued")
        expiring.clock.advance(by: .seconds(50))
        let expiredTask = try await expiring.raw(.get, "\(Self.tasks)/\(expired)")
        #expect(JSONShape.differences(expiredTask.json, Self.fixture("task-expired.json")) == [])
        #expect(expiredTask.json["status"] == "expired" && expiredTask.json["error"] == .null)
    }

    @Test("a cancelled 1.0 Pro frames task has the shape of task-cancelled.json")
    func cancelled() async throws {
        let rig = ModelArkRig()
        let id = try await rig.rawCreate([
            "model": "seedance-1-0-pro-250528", "content": [["type": "text", "text": "waves"]], "frames": 57, "ratio": "16:9",
        ])
        rig.clock.advance(by: .seconds(5))
        let deletion = try await rig.raw(.delete, "\(Self.tasks)/\(id)")
        #expect(deletion.status == 200 && deletion.response.body.isEmpty)
        let task = try await rig.raw(.get, "\(Self.tasks)/\(id)")
        #expect(JSONShape.differences(task.json, Self.fixture("task-cancelled.json")) == [])
        #expect(task.json["status"] == "cancelled" && task.json["frames"] == 57 && task.json["resolution"] == "1080p")
        #expect(task.json["updated_at"] == 1_743_414_624)
    }

    @Test("a list page has the shape of list-page.json (whose items show a subset of the task fields)")
    func listPage() async throws {
        let rig = ModelArkRig()
        let oldest = try await rig.rawCreate(Self.fixture("create-t2v.request.json"))
        let middle = try await rig.rawCreate(Self.fixture("create-t2v.request.json"))
        rig.clock.advance(by: .seconds(100))
        let newest = try await rig.rawCreate(Self.fixture("create-draft.request.json"))
        let page = try await rig.raw(.get, "\(Self.tasks)?page_num=1&page_size=2")
        #expect(page.json["total"] == 3)
        #expect(page.json["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [newest, middle])
        let fixture = Self.fixture("list-page.json")
        let items = try #require(page.json["items"]?.arrayValue)
        #expect(JSONShape.differences(["total": page.json["total"]!, "items": [items[1], items[0]]], fixture, allowingExtraKeys: true) == [])
        let second = try await rig.raw(.get, "\(Self.tasks)?page_num=2&page_size=2")
        #expect(second.json["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [oldest])
    }

    @Test("errors have the envelopes of error-400.json, error-401.json, error-429.json and error-cancel-running.json")
    func errorEnvelopes() async throws {
        let rig = ModelArkRig { $0.acceptedAPIKeys = .only([ModelArkRig.key]) }
        let invalid = try await rig.raw(
            .post, Self.tasks, body: ["model": "seedance-1-5-pro-251215", "content": [["type": "text", "text": "a"]], "duration": 20])
        #expect(invalid.status == 400 && JSONShape.differences(invalid.json, Self.fixture("error-400.json")) == [])
        #expect(
            invalid.json["error"]?["code"] == "InvalidParameter" && invalid.json["error"]?["param"] == "duration"
                && invalid.json["error"]?["type"] == "BadRequest")

        let unauthorized = try await rig.raw(.get, "\(Self.tasks)/cgt-x", key: "sk-test-WRONG-0000")
        #expect(unauthorized.status == 401 && JSONShape.differences(unauthorized.json, Self.fixture("error-401.json")) == [])
        #expect(unauthorized.json["error"]?["code"] == "AuthenticationError" && unauthorized.json["error"]?["type"] == "Unauthorized")

        rig.simulator.injectNext(.rateLimited(retryAfter: .seconds(12)))
        let limited = try await rig.raw(.get, "\(Self.tasks)/cgt-x")
        #expect(limited.status == 429 && JSONShape.differences(limited.json, Self.fixture("error-429.json")) == [])
        #expect(limited.json["error"]?["code"] == "RateLimitExceeded.EndpointRPMExceeded" && limited.response.headers["Retry-After"] == "12")

        let id = try await rig.rawCreate(Self.fixture("create-t2v.request.json"))
        rig.clock.advance(by: .seconds(50))
        let refused = try await rig.raw(.delete, "\(Self.tasks)/\(id)")
        #expect(refused.status == 400 && JSONShape.differences(refused.json, Self.fixture("error-cancel-running.json")) == [])
        #expect(
            refused.json["error"] == [
                "code": "InvalidParameter", "message": "The task status is running, which does not support this operation.",
                "param": "id", "type": "BadRequest",
            ])
        #expect(try await rig.raw(.get, "\(Self.tasks)/\(id)").json["status"] == "running")
    }

    @Test("a terminal task's callback is the task object, posted to the callback URL")
    func callback() async throws {
        let sender = ScriptedTransport(fallback: ScriptedTransport.json(200, "{}"))
        let rig = ModelArkRig { $0.callbacks = CallbackConfiguration(sender: sender, retryDelays: []) }
        let id = try await rig.rawCreate([
            "model": "seedance-1-5-pro-251215", "content": [["type": "text", "text": "a"]], "callback_url": "http://127.0.0.1:9/ark",
        ])
        rig.clock.advance(by: .seconds(100))
        await rig.simulator.waitForCallbacks()
        let posted = try #require(sender.requests.first)
        #expect(posted.url.absoluteString == "http://127.0.0.1:9/ark" && posted.headers["Authorization"] == nil)
        #expect(JSONAssert.same(posted.body, try await rig.raw(.get, "\(Self.tasks)/\(id)").json))
        #expect(JSONAssert.parse(posted.body)["status"] == "succeeded")
    }
}
