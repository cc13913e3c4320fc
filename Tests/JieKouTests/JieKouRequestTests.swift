import Foundation
import Testing
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport

/// The requests the dialect builds, value in, exact JSON and URL out.
@Suite struct JieKouRequestTests {
    static let t2vPrompt = "A red fox trots through fresh snow at dawn, breath steaming. The narrator says: \"Winter has come early.\""
    static let i2vPrompt = "The man calls out: \"Remember, you cannot point at the moon.\""

    /// The request behind `create-t2v.request.json`.
    static let t2vRequest = VideoRequest(
        prompt: t2vPrompt, resolution: .p1080, aspectRatio: .r16x9, duration: .seconds(8), framesPerSecond: 24,
        generateAudio: false, cameraFixed: true, seed: 4_294_967_295, watermark: true, serviceTier: .flex,
        executionExpiresAfter: 3600)

    /// The request behind `create-i2v-first-last.request.json`.
    static let i2vRequest = VideoRequest(
        prompt: i2vPrompt, firstFrame: .url(URL(string: "https://example.com/first.png")!),
        lastFrame: .url(URL(string: "https://example.com/last.png")!), resolution: .p720, aspectRatio: .adaptive,
        duration: .seconds(5), framesPerSecond: 24, generateAudio: true, cameraFixed: false, seed: -1, watermark: false,
        serviceTier: .default, executionExpiresAfter: 172_800)

    @Test func textToVideoSendsTheFixtureBodyToTheT2VEndpoint() throws {
        let dialect = JieKou()
        try dialect.validate(Self.t2vRequest)
        let request = try dialect.makeCreateRequest(Self.t2vRequest)
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "https://api.jiekou.ai/v3/async/seedance-v1.5-pro-t2v")
        #expect(JSONAssert.same(request.body, Fixtures.json("jiekou/create-t2v.request.json")))
        #expect(request.kind == .create)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"] == nil)
        #expect(request.requiresAuthorization)
    }

    @Test func firstAndLastFrameSendTheFixtureBodyToTheI2VEndpoint() throws {
        let dialect = JieKou()
        try dialect.validate(Self.i2vRequest)
        let request = try dialect.makeCreateRequest(Self.i2vRequest)
        #expect(request.url.absoluteString == "https://api.jiekou.ai/v3/async/seedance-v1.5-pro-i2v")
        #expect(JSONAssert.same(request.body, Fixtures.json("jiekou/create-i2v-first-last.request.json")))
        #expect(dialect.endpoint(for: Self.i2vRequest) == .imageToVideo)
        #expect(dialect.endpoint(for: Self.t2vRequest) == .textToVideo)
    }

    @Test(arguments: JieKouHost.presets)
    func eachHostPresetHasItsBaseAndProvider(host: JieKouHost) throws {
        let dialect = JieKou(host: host)
        let t2v = try dialect.makeCreateRequest(VideoRequest(prompt: "a cat"))
        let i2v = try dialect.makeCreateRequest(VideoRequest(firstFrame: .url(URL(string: "https://example.com/a.png")!)))
        let expected: (base: String, provider: ProviderID) =
            switch host.provider {
            case "jiekou": ("https://api.jiekou.ai", "jiekou")
            case "novita": ("https://api.novita.ai", "novita")
            default: ("https://api.ppinfra.com", "ppio")
            }
        #expect(t2v.url.absoluteString == expected.base + "/v3/async/seedance-v1.5-pro-t2v")
        #expect(i2v.url.absoluteString == expected.base + "/v3/async/seedance-v1.5-pro-i2v")
        #expect(dialect.provider == expected.provider)
        #expect(dialect.defaultModel == "seedance-v1.5-pro")
    }

    @Test func anotherBaseURLKeepsItsPathPrefix() throws {
        let dialect = JieKou(host: .novita, baseURL: URL(string: "http://127.0.0.1:8089/proxy/")!)
        #expect(dialect.baseURL.absoluteString == "http://127.0.0.1:8089/proxy/")
        #expect(dialect.provider == "novita")
        let create = try dialect.makeCreateRequest(VideoRequest(prompt: "a cat"))
        #expect(create.url.absoluteString == "http://127.0.0.1:8089/proxy/v3/async/seedance-v1.5-pro-t2v")
        let status = try dialect.makeStatusRequest(for: "t1")
        #expect(status.url.absoluteString == "http://127.0.0.1:8089/proxy/v3/async/task-result?task_id=t1")
    }

    @Test func unsetFieldsAreOmitted() throws {
        let request = try JieKou().makeCreateRequest(VideoRequest(prompt: "a cat"))
        #expect(JSONAssert.same(request.body, ["prompt": "a cat"]))
    }

    @Test func extraFieldsJoinAtTheTopLevel() throws {
        let video = VideoRequest(prompt: "a cat", duration: .seconds(6), extraFields: ["future_flag": true, "style": ["name": "noir"]])
        let request = try JieKou().makeCreateRequest(video)
        #expect(JSONAssert.same(request.body, ["prompt": "a cat", "duration": 6, "future_flag": true, "style": ["name": "noir"]]))
    }

    @Test func imageBytesTravelAsADataURLInTheDetectedFormat() throws {
        let png = TestImages.png(width: 640, height: 480)
        let video = VideoRequest(firstFrame: .data(png))
        try JieKou().validate(video)
        let request = try JieKou().makeCreateRequest(video)
        #expect(request.url.path == "/v3/async/seedance-v1.5-pro-i2v")
        #expect(JSONAssert.same(request.body, ["image": .string("data:image/png;base64," + png.base64EncodedString())]))
    }

    @Test func aForcedEndpointWinsOverTheRequest() throws {
        let i2v = JieKou(endpoint: .imageToVideo)
        let image = VideoRequest(prompt: "wave", firstFrame: .url(URL(string: "https://example.com/a.png")!))
        #expect(i2v.forcedEndpoint == .imageToVideo)
        #expect(try i2v.makeCreateRequest(image).url.path == "/v3/async/seedance-v1.5-pro-i2v")
        #expect(i2v.endpoint(for: VideoRequest(prompt: "text only")) == .imageToVideo)
        #expect(JieKou(endpoint: .textToVideo).endpoint(for: image) == .textToVideo)
        #expect(JieKouEndpoint.automatic(for: image) == .imageToVideo)
    }

    @Test func buildingARequestThatBreaksTheEndpointRulesThrows() {
        let error = #expect(throws: SeedanceError.self) {
            try JieKou(endpoint: .imageToVideo).makeCreateRequest(VideoRequest(prompt: "no image"))
        }
        #expect(error?.field == "firstFrame")
        let unread = #expect(throws: SeedanceError.self) {
            try JieKou().makeCreateRequest(VideoRequest(firstFrame: .file(URL(fileURLWithPath: "/tmp/frame.png"))))
        }
        #expect(unread?.category == .invalidRequest)
        #expect(unread?.field == "firstFrame")
    }

    @Test func theResultRequestIsAnEscapedGet() throws {
        let request = try JieKou().makeStatusRequest(for: "830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(request.method == .get)
        #expect(request.url.absoluteString == "https://api.jiekou.ai/v3/async/task-result?task_id=830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(request.kind == .idempotent)
        #expect(request.body == nil)
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.headers["Content-Type"] == "application/json")
    }

    @Test(arguments: [
        ("a&b=c", "a%26b%3Dc"), ("x#y", "x%23y"), ("with space", "with%20space"), ("a/../b?c", "a%2F..%2Fb%3Fc"),
        ("t+1%", "t%2B1%25"),
    ])
    func hostileTaskIDsCannotChangeTheQuery(id: String, escaped: String) throws {
        let url = try JieKou().makeStatusRequest(for: TaskID(rawValue: id)).url
        #expect(url.absoluteString == "https://api.jiekou.ai/v3/async/task-result?task_id=\(escaped)")
        let components = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false))
        #expect(components.path == "/v3/async/task-result")
        #expect(components.fragment == nil)
        #expect(components.queryItems == [URLQueryItem(name: "task_id", value: id)])
    }

    @Test func anEmptyTaskIDIsRefused() {
        let error = #expect(throws: SeedanceError.self) { try JieKou().makeStatusRequest(for: "") }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == "taskID")
    }

    @Test func thereIsNoCancelListDeleteOrCallback() async throws {
        let dialect = JieKou()
        #expect(dialect.operations == DialectOperations(of: dialect))
        #expect(!dialect.operations.cancel && !dialect.operations.list && !dialect.operations.callbacks && !dialect.operations.delete)
        let transport = ScriptedTransport()
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-test"), transport: transport)
        await #expect { _ = try await client.cancel("t1") } throws: { ($0 as? SeedanceError)?.message == "jiekou does not support cancelling a task" }
        await #expect { try await client.delete("t1") } throws: { ($0 as? SeedanceError)?.message == "jiekou does not support deleting a task" }
        #expect { _ = try client.list() } throws: { ($0 as? SeedanceError)?.message == "jiekou does not support listing tasks" }
        let error = #expect(throws: SeedanceError.self) { try client.parseCallback(Data("{}".utf8)) }
        #expect(error?.category == .unsupported)
        #expect(transport.requests.isEmpty)
    }
}
