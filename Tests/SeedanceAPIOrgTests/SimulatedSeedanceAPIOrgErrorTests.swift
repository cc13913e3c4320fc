import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The simulator alone: each code of seedanceapi.org's error table with its HTTP status, in the
/// `{"code": <status>, "message", "error": "<CODE>"}` body, and nothing created.
@Suite("Simulated seedanceapi.org: errors", .timeLimit(.minutes(3)))
struct SimulatedSeedanceAPIOrgErrorTests {
    struct InvalidCase: Sendable, CustomTestStringConvertible {
        var label: String
        var body: JSONValue
        var code: String
        /// Text the message must contain.
        var message: String
        var testDescription: String { label }
    }

    static let invalidCases: [InvalidCase] = [
        InvalidCase(label: "no prompt", body: RawSeedanceAPI.body(["prompt": nil]), code: "INVALID_PROMPT", message: "The prompt is invalid or empty"),
        InvalidCase(label: "blank prompt", body: RawSeedanceAPI.body(["prompt": "   "]), code: "INVALID_PROMPT", message: "The prompt is invalid or empty"),
        InvalidCase(
            label: "2001-character prompt", body: RawSeedanceAPI.body(["prompt": .string(String(repeating: "p", count: 2001))]), code: "INVALID_PROMPT",
            message: "at most 2000 characters; got 2001"),
        InvalidCase(label: "prompt as a number", body: RawSeedanceAPI.body(["prompt": 42]), code: "INVALID_PROMPT", message: "prompt must be a string"),
        InvalidCase(
            label: "adaptive ratio", body: RawSeedanceAPI.body(["aspect_ratio": "adaptive"]), code: "INVALID_ASPECT_RATIO",
            message: "aspect_ratio must be one of 1:1, 16:9, 9:16, 4:3, 3:4, 21:9, 9:21"),
        InvalidCase(
            label: "1080p", body: RawSeedanceAPI.body(["resolution": "1080p"]), code: "INVALID_RESOLUTION", message: "resolution must be one of 480p, 720p"),
        InvalidCase(
            label: "duration \"5\"", body: RawSeedanceAPI.body(["duration": "5"]), code: "INVALID_DURATION", message: "Duration must be 4, 8, or 12 seconds"),
        InvalidCase(label: "duration as the number 8", body: RawSeedanceAPI.body(["duration": 8]), code: "INVALID_DURATION", message: "as a string"),
        InvalidCase(
            label: "two images", body: RawSeedanceAPI.body("create-i2v.request.json", ["image_urls": ["https://e.com/a.jpg", "https://e.com/b.jpg"]]),
            code: "TOO_MANY_IMAGES", message: "Maximum 1 image URL allowed in image_urls array"),
        InvalidCase(
            label: "inline data image", body: RawSeedanceAPI.body("create-i2v.request.json", ["image_urls": ["data:image/png;base64,iVBORw0KGgo="]]),
            code: "INVALID_REQUEST", message: "http(s) image URLs"),
        InvalidCase(
            label: "image_urls as a string", body: RawSeedanceAPI.body(["image_urls": "https://e.com/a.jpg"]), code: "INVALID_REQUEST",
            message: "image_urls must be an array"),
        InvalidCase(
            label: "generate_audio as a string", body: RawSeedanceAPI.body(["generate_audio": "yes"]), code: "INVALID_REQUEST",
            message: "generate_audio must be a boolean"),
        InvalidCase(
            label: "public http callback", body: RawSeedanceAPI.body(["callback_url": "http://example.com/hook"]), code: "INVALID_REQUEST",
            message: "publicly accessible https URL"),
        InvalidCase(
            label: "unknown field model", body: RawSeedanceAPI.body(["model": "seedance-2.0-fast"]), code: "INVALID_REQUEST",
            message: "model is not a recognised parameter"),
        InvalidCase(label: "body not an object", body: ["prompt"], code: "INVALID_REQUEST", message: "must be a JSON object"),
    ]

    @Test("an invalid create is a 400 with the table's code in error, and creates nothing", arguments: invalidCases)
    func invalidCreate(_ invalid: InvalidCase) async throws {
        let raw = RawSeedanceAPI()
        let response = try await raw.create(invalid.body)
        #expect(response.status == 400)
        let body = JSONAssert.parse(response.body)
        #expect(JSONShape.of(body) == JSONShape.of(Fixtures.json("seedanceapi/error-INVALID_PROMPT.json")))
        #expect(body["code"] == 400)
        #expect(body["error"] == .string(invalid.code))
        let message = try #require(body["message"]?.stringValue)
        #expect(message.contains(invalid.message), "\(message)")
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test(
        "the fixtures whose placement the simulator uses are reproduced exactly",
        arguments: [
            ("error-INVALID_PROMPT.json", RawSeedanceAPI.body(["prompt": ""])),
            ("error-TOO_MANY_IMAGES.json", RawSeedanceAPI.body("create-i2v.request.json", ["image_urls": ["https://e.com/a.jpg", "https://e.com/b.jpg"]])),
        ])
    func exactFixtures(_ fixture: String, _ body: JSONValue) async throws {
        let response = try await RawSeedanceAPI().create(body)
        #expect(response.status == 400)
        #expect(JSONAssert.same(response.body, Fixtures.json("seedanceapi/\(fixture)")))
    }

    @Test("no key and a refused key are error-INVALID_API_KEY.json, exactly, under 401")
    func invalidAPIKey() async throws {
        let raw = RawSeedanceAPI { $0.acceptedAPIKeys = .only([EndToEndHarness.apiKey]) }
        for key in [nil, "sk-test-WRONG-0000"] {
            let response = try await raw.create(RawSeedanceAPI.body(), key: key)
            #expect(response.status == 401)
            #expect(JSONAssert.same(response.body, Fixtures.json("seedanceapi/error-INVALID_API_KEY.json")))
        }
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test("a create beyond the credit balance is 402 INSUFFICIENT_CREDITS; failed tasks give their credits back")
    func insufficientCredits() async throws {
        let raw = RawSeedanceAPI(dialect: SimulatedSeedanceAPIOrg(creditBalance: 40))
        _ = try await raw.createID(RawSeedanceAPI.body())  // 28 credits
        let refused = try await raw.create(RawSeedanceAPI.body())
        #expect(refused.status == 402)
        let body = JSONAssert.parse(refused.body)
        #expect(body["code"] == 402)
        #expect(body["error"] == "INSUFFICIENT_CREDITS")
        #expect(body["message"]?.stringValue?.contains("it costs 28, 12 left") == true)
        _ = try await raw.createID(RawSeedanceAPI.body(["resolution": "480p", "duration": "4"]))  // 8 more: 36
        #expect(raw.simulator.counters.createsCommitted == 2)

        let rejecting = RawSeedanceAPI(dialect: SimulatedSeedanceAPIOrg(creditBalance: 40))
        _ = try await rejecting.createID(RawSeedanceAPI.body(["prompt": "[reject] this"]))
        rejecting.clock.advance(by: .seconds(60))
        _ = try await rejecting.createID(RawSeedanceAPI.body())
    }

    @Test("status: an unknown id is 404 TASK_NOT_FOUND, a missing task_id 400, an unknown path 404 NOT_FOUND")
    func statusRefusals() async throws {
        let raw = RawSeedanceAPI()
        let unknown = try await raw.status("seed15000000000000pro")
        #expect(unknown.status == 404)
        #expect(JSONAssert.parse(unknown.body)["error"] == "TASK_NOT_FOUND")
        #expect(JSONAssert.parse(unknown.body)["code"] == 404)
        let missing = try await raw.status(nil)
        #expect(missing.status == 400)
        #expect(JSONAssert.parse(missing.body)["error"] == "INVALID_REQUEST")
        var request = SeedanceHTTPRequest.getJSON(URL(string: raw.base + "/tasks")!)
        request.headers["Authorization"] = "Bearer \(EndToEndHarness.apiKey)"
        let unrouted = try await raw.simulator.transport.send(request)
        #expect(unrouted.status == 404)
        #expect(JSONAssert.parse(unrouted.body)["error"] == "NOT_FOUND")
    }

    @Test("an injected 500 is INTERNAL_ERROR; 429 keeps Retry-After")
    func injected() async throws {
        let raw = RawSeedanceAPI()
        raw.simulator.injectNext(.serverError(status: 500))
        let failed = try await raw.create(RawSeedanceAPI.body())
        #expect(failed.status == 500)
        #expect(JSONAssert.same(failed.body, ["code": 500, "message": "Server error, please try again later", "error": "INTERNAL_ERROR"]))
        raw.simulator.injectNext(.rateLimited(retryAfter: .seconds(3)))
        let limited = try await raw.create(RawSeedanceAPI.body())
        #expect(limited.status == 429)
        #expect(limited.headers["Retry-After"] == "3")
        #expect(raw.simulator.counters.createsCommitted == 0)
    }

    @Test("with errors under HTTP 200 the body is the same and only its code says 400")
    func errorsUnderHTTP200() async throws {
        let raw = RawSeedanceAPI(dialect: SimulatedSeedanceAPIOrg(errorDelivery: .http200))
        let response = try await raw.create(RawSeedanceAPI.body(["duration": "6"]))
        #expect(response.status == 200)
        let body = JSONAssert.parse(response.body)
        #expect(body["code"] == 400)
        #expect(body["error"] == "INVALID_DURATION")
        #expect(raw.simulator.counters.createsCommitted == 0)
    }
}
