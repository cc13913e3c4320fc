import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

@Suite struct SparkDanceRequestTests {
    let dialect = SparkDance(model: .vtrixSeedance1_5Pro)

    /// Each create fixture and the neutral request that must produce it.
    static let cases: [String: VideoRequest] = [
        "create-t2v.request.json": VideoRequest(
            prompt: "A red fox runs through fresh snow at dawn, the camera tracking beside it. The fox barks: \"Follow me!\"",
            resolution: .p720, aspectRatio: .r16x9, duration: .seconds(5), generateAudio: true, cameraFixed: false, seed: 42,
            watermark: false, serviceTier: .default, executionExpiresAfter: 86400,
            callbackURL: URL(string: "https://example.com/hooks/seedance")),
        "create-first-frame.request.json": VideoRequest(
            prompt: "The cat slowly opens its eyes and yawns.", firstFrame: .url(URL(string: "https://example.com/cat.jpeg")!),
            aspectRatio: .adaptive, duration: .auto),
        "create-first-last.request.json": VideoRequest(
            prompt: "The girl turns and says: \"See you tomorrow.\"", firstFrame: .url(URL(string: "https://example.com/first.png")!),
            lastFrame: .url(URL(string: "https://example.com/last.png")!), resolution: .p720, aspectRatio: .adaptive,
            duration: .auto, generateAudio: true, cameraFixed: false, seed: -1, watermark: false, returnLastFrame: true),
        "create-draft.request.json": VideoRequest(
            prompt: "A paper boat drifts down a rain-soaked street.", firstFrame: .url(URL(string: "https://example.com/boat.png")!),
            resolution: .p480, duration: .seconds(5), generateAudio: false, draft: true),
        "create-draft-final.request.json": VideoRequest(
            resolution: .p720, watermark: false, returnLastFrame: true, draftTaskID: "task_draft_0042"),
        "create-v1_0-frames.request.json": VideoRequest(
            prompt: "Waves roll onto a black sand beach under a stormy sky.", model: .vtrixSeedance1_0Pro, resolution: .p1080,
            aspectRatio: .r16x9, duration: .frames(57), cameraFixed: true, seed: 7),
    ]

    @Test(arguments: cases.keys.sorted())
    func createBodyIsExactlyTheFixture(_ fixture: String) throws {
        let request = try #require(Self.cases[fixture])
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.method == .post)
        #expect(http.url.absoluteString == "https://cloud.vtrix.ai/model/v1/generation")
        #expect(http.kind == .create)
        #expect(http.headers["Content-Type"] == "application/json")
        #expect(http.headers["Authorization"] == nil)
        #expect(JSONAssert.same(http.body, Fixtures.json("sparkdance/\(fixture)")), "\(JSONAssert.parse(http.body))")
    }

    @Test func extraFieldsGoInsideParams() throws {
        let request = VideoRequest(prompt: "A lighthouse at night.", extraFields: ["optimize_prompt": true])
        let body = JSONAssert.parse(try dialect.makeCreateRequest(request).body)
        let expected: JSONValue = [
            "model": "spark_dance_v1_5_pro",
            "input": [["params": ["content": [["type": "text", "text": "A lighthouse at night."]], "optimize_prompt": true]]],
        ]
        #expect(body == expected)
    }

    @Test func inlineImageBytesAreSentAsALowercaseDataURL() throws {
        let png = TestImages.png(width: 640, height: 360)
        let request = VideoRequest(prompt: "Clouds drift.", firstFrame: .data(png))
        try dialect.validate(request)
        let body = JSONAssert.parse(try dialect.makeCreateRequest(request).body)
        let url = body["input"]?[0]?["params"]?["content"]?[1]?["image_url"]?["url"]?.stringValue
        #expect(url == "data:image/png;base64," + png.base64EncodedString())
    }

    @Test func aCustomBaseURLAndModelAreUsed() throws {
        let custom = SparkDance(model: .vtrixSeedance1_0Pro, baseURL: URL(string: "http://127.0.0.1:8080/")!)
        let http = try custom.makeCreateRequest(VideoRequest(prompt: "A quiet harbour."))
        #expect(http.url.absoluteString == "http://127.0.0.1:8080/model/v1/generation")
        #expect(JSONAssert.parse(http.body)["model"] == "spark_dance_v1_0_pro")
    }

    @Test func statusRequestIsAGetOfTheTask() throws {
        let http = try dialect.makeStatusRequest(for: "task_abc001")
        #expect(http.method == .get)
        #expect(http.kind == .idempotent)
        #expect(http.body == nil)
        #expect(http.url.absoluteString == "https://cloud.vtrix.ai/model/v1/generation/task/task_abc001")
    }

    @Test(arguments: [
        ("a/b", "a%2Fb"), ("../x", "..%2Fx"), ("a?b#c", "a%3Fb%23c"), ("a b", "a%20b"), ("%2e%2e", "%252e%252e"),
    ])
    func hostileTaskIDsStayOnePathSegment(_ id: String, _ escaped: String) throws {
        let http = try dialect.makeStatusRequest(for: TaskID(rawValue: id))
        #expect(http.url.absoluteString == "https://cloud.vtrix.ai/model/v1/generation/task/\(escaped)")
        #expect(http.url.query == nil)
        #expect(http.url.fragment == nil)
    }

    @Test(arguments: ["", ".", ".."])
    func idsThatWouldChangeThePathAreRefused(_ id: String) {
        #expect { try dialect.makeStatusRequest(for: TaskID(rawValue: id)) } throws: { error in
            (error as? SeedanceError)?.category == .invalidRequest
        }
    }

    @Test func cancelAndListAreUnsupportedAndSendNothing() async throws {
        #expect(!dialect.operations.cancel && !dialect.operations.list)
        let transport = ScriptedTransport()
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-test"), transport: transport)
        await #expect { _ = try await client.cancel("task_abc001") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .unsupported && error?.provider == "vtrix"
        }
        #expect { _ = try client.list() } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .unsupported && error?.provider == "vtrix"
        }
        #expect(transport.requests.isEmpty)
    }
}
