import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The simulator alone: every documented refusal, in APIXO's `{code, message, data}` envelope, and nothing created.
@Suite("Simulated APIXO: errors", .timeLimit(.minutes(3)))
struct SimulatedAPIXOErrorTests {
    struct InvalidCase: Sendable, CustomTestStringConvertible {
        var label: String
        var body: JSONValue
        /// Text `data.error` must contain.
        var detail: String
        var testDescription: String { label }
    }

    static let invalidCases: [InvalidCase] = [
        InvalidCase(label: "no prompt", body: RawAPIXO.body(input: ["prompt": nil]), detail: "Missing required field: input.prompt"),
        InvalidCase(label: "2-character prompt", body: RawAPIXO.body(input: ["prompt": "ab"]), detail: "input.prompt must be 3-2500 characters; got 2"),
        InvalidCase(label: "2501-character prompt", body: RawAPIXO.body(input: ["prompt": .string(String(repeating: "a", count: 2501))]), detail: "got 2501"),
        InvalidCase(label: "no sound", body: RawAPIXO.body(input: ["sound": nil]), detail: "Missing required field: input.sound"),
        InvalidCase(label: "sound as a string", body: RawAPIXO.body(input: ["sound": "true"]), detail: "input.sound must be a boolean"),
        InvalidCase(label: "no mode", body: RawAPIXO.body(input: ["mode": nil]), detail: "Missing required field: input.mode"),
        InvalidCase(label: "unknown mode", body: RawAPIXO.body(input: ["mode": "video-extend"]), detail: "input.mode must be one of"),
        InvalidCase(label: "1080p", body: RawAPIXO.body(input: ["resolution": "1080p"]), detail: "input.resolution must be one of 480p, 720p"),
        InvalidCase(label: "adaptive ratio", body: RawAPIXO.body(input: ["aspect_ratio": "adaptive"]), detail: "input.aspect_ratio must be one of"),
        InvalidCase(label: "9:21 ratio", body: RawAPIXO.body(input: ["aspect_ratio": "9:21"]), detail: "input.aspect_ratio"),
        InvalidCase(label: "3 s", body: RawAPIXO.body(input: ["duration": 3]), detail: "input.duration must be between 4 and 12; got 3"),
        InvalidCase(label: "13 s", body: RawAPIXO.body(input: ["duration": 13]), detail: "got 13"),
        InvalidCase(label: "duration as a string", body: RawAPIXO.body(input: ["duration": "8"]), detail: "input.duration must be an integer"),
        InvalidCase(label: "fixed_lens as a number", body: RawAPIXO.body(input: ["fixed_lens": 1]), detail: "input.fixed_lens must be a boolean"),
        InvalidCase(
            label: "image-to-video without images", body: RawAPIXO.body(input: ["mode": "image-to-video"]), detail: "Missing required field: input.image_urls"),
        InvalidCase(
            label: "three images",
            body: RawAPIXO.body(
                "create-i2v-end-frame.request.json", input: ["image_urls": ["https://e.com/a.png", "https://e.com/b.png", "https://e.com/c.png"]]),
            detail: "1-2 image URLs; got 3"),
        InvalidCase(label: "no image in the list", body: RawAPIXO.body("create-i2v-end-frame.request.json", input: ["image_urls": []]), detail: "got 0"),
        InvalidCase(
            label: "inline data image", body: RawAPIXO.body("create-i2v-end-frame.request.json", input: ["image_urls": ["data:image/png;base64,iVBORw0KGgo="]]),
            detail: "input.image_urls[0] must be an http(s) image URL"),
        InvalidCase(
            label: "images with text-to-video", body: RawAPIXO.body(input: ["image_urls": ["https://e.com/a.png"]]),
            detail: "only accepted with mode image-to-video"),
        InvalidCase(label: "unknown input field seed", body: RawAPIXO.body(input: ["seed": 7]), detail: "input.seed is not a recognised parameter"),
        InvalidCase(label: "unknown top-level field", body: RawAPIXO.body(top: ["model": "seedance-1-5-pro"]), detail: "model is not a recognised parameter"),
        InvalidCase(label: "bad request_type", body: RawAPIXO.body(top: ["request_type": "sync"]), detail: "request_type must be one of async, callback"),
        InvalidCase(
            label: "callback without callback_url", body: RawAPIXO.body(top: ["request_type": "callback"]), detail: "Missing required field: callback_url"),
        InvalidCase(
            label: "public http callback", body: RawAPIXO.body(top: ["request_type": "callback", "callback_url": "http://example.com/hook"]),
            detail: "callback_url must be a public HTTPS URL"),
        InvalidCase(label: "bad provider", body: RawAPIXO.body(top: ["provider": "cheapest"]), detail: "provider must be one of auto, value, official"),
        InvalidCase(label: "no input", body: RawAPIXO.body(top: ["input": nil]), detail: "Missing required field: input"),
        InvalidCase(label: "body not an object", body: ["request_type", "async"], detail: "must be a JSON object"),
    ]

    @Test("an invalid create is a 400 envelope naming the field, and creates nothing", arguments: invalidCases)
    func invalidCreate(_ invalid: InvalidCase) async throws {
        let raw = RawAPIXO()
        let response = try await raw.create(invalid.body)
        #expect(response.status == 400)
        let body = JSONAssert.parse(response.body)
        #expect(body["code"] == 400)
        #expect(body["message"] == "Invalid request")
        let detail = try #require(body["data"]?["error"]?.stringValue)
        #expect(detail.contains(invalid.detail), "\(detail)")
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test("with envelopeErrorsAsHTTP200 a missing prompt is error-http200-envelope.json, exactly, under HTTP 200")
    func http200Envelope() async throws {
        let raw = RawAPIXO(dialect: SimulatedAPIXO(envelopeErrorsAsHTTP200: true))
        let response = try await raw.create(RawAPIXO.body(input: ["prompt": nil]))
        #expect(response.status == 200)
        #expect(JSONAssert.same(response.body, Fixtures.json("apixo/error-http200-envelope.json")))
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test("a malformed body is a 400 envelope")
    func malformedBody() async throws {
        let raw = RawAPIXO()
        let response = try await raw.create(.null, raw: Data("{not json".utf8))
        #expect(response.status == 400)
        #expect(JSONAssert.parse(response.body)["data"]?["error"]?.stringValue?.contains("not valid JSON") == true)
    }

    @Test("no key and a refused key are error-401.json, exactly")
    func unauthorized() async throws {
        let raw = RawAPIXO { $0.acceptedAPIKeys = .only([EndToEndHarness.apiKey]) }
        for key in [nil, "sk-test-WRONG-0000"] {
            let response = try await raw.create(RawAPIXO.body(), key: key)
            #expect(response.status == 401)
            #expect(JSONAssert.same(response.body, Fixtures.json("apixo/error-401.json")))
        }
        #expect(raw.simulator.counters.unauthorizedRequests == 2)
    }

    @Test("an injected 429 is error-429.json with Retry-After; an injected 503 says the model is unavailable")
    func rateLimitedAndUnavailable() async throws {
        let raw = RawAPIXO()
        raw.simulator.injectNext(.rateLimited(retryAfter: .seconds(7)))
        let limited = try await raw.create(RawAPIXO.body())
        #expect(limited.status == 429)
        #expect(limited.headers["Retry-After"] == "7")
        #expect(JSONAssert.same(limited.body, Fixtures.json("apixo/error-429.json")))
        raw.simulator.injectNext(.serverError(status: 503))
        let unavailable = try await raw.create(RawAPIXO.body())
        #expect(unavailable.status == 503)
        #expect(JSONAssert.same(unavailable.body, ["code": 503, "message": "Model unavailable", "data": nil]))
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test("status: another model's segment, an unknown id, a missing taskId, an unknown model, an unknown path")
    func statusRefusals() async throws {
        let raw = RawAPIXO(dialect: SimulatedAPIXO(models: ["seedance-1-5-pro", "seedance-1-5-pro-extend"]))
        let id = try await raw.createID(RawAPIXO.body())
        let otherModel = try await raw.status(id, model: "seedance-1-5-pro-extend")
        #expect(otherModel.status == 404)
        #expect(
            JSONAssert.same(
                otherModel.body, ["code": 404, "message": "Not found", "data": ["error": .string("Task \(id) not found for model seedance-1-5-pro-extend")]]))
        let unknown = try await raw.status("task_000000000000")
        #expect(unknown.status == 404)
        #expect(JSONAssert.parse(unknown.body)["data"]?["error"]?.stringValue?.contains("task_000000000000") == true)
        let missing = try await raw.status(nil)
        #expect(missing.status == 400)
        #expect(JSONAssert.parse(missing.body)["data"]?["error"] == "Missing required parameter: taskId")
        let unknownModel = try await raw.create(RawAPIXO.body(), model: "seedance-9-ultra")
        #expect(unknownModel.status == 404)
        #expect(JSONAssert.parse(unknownModel.body)["data"]?["error"] == "Model not found: seedance-9-ultra")
        var request = SeedanceHTTPRequest.getJSON(raw.simulator.baseURL(for: "apixo").appendingPathComponent("api/v1/apikeys/nothing"))
        request.headers["Authorization"] = "Bearer \(EndToEndHarness.apiKey)"
        let unrouted = try await raw.simulator.transport.send(request)
        #expect(unrouted.status == 404)
        #expect(JSONAssert.parse(unrouted.body)["code"] == 404)
        #expect(raw.simulator.counters.createsCommitted == 1)
    }
}
