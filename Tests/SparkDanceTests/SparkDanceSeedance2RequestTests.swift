import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

/// `spark_dance_v2_0` and `_fast`: the official 2.x content array inside the 1.x `input[0].params` wrapper, exactly as
/// each fixture under `Fixtures/sparkdance/seedance2/`; 2.x refusals before anything is sent.
@Suite struct SparkDanceSeedance2RequestTests {
    static func url(_ text: String) -> MediaInput { .url(URL(string: text)!) }

    static let cases: [String: VideoRequest] = [
        "create-2_0-fast-reference.request.json": VideoRequest(
            prompt: "Image 1 dances to Audio 1 on a rooftop at sunset.", referenceImages: [url("https://cdn.example.com/dancer.png")],
            referenceAudios: [url("https://cdn.example.com/song.mp3")], model: .vtrixSeedance2_0Fast, resolution: .p720, aspectRatio: .r9x16,
            duration: .seconds(8), generateAudio: true),
        "create-2_0-t2v.request.json": VideoRequest(
            prompt: "A street market at dusk, lanterns swaying, the camera gliding between the stalls.", resolution: .p1080,
            aspectRatio: .r16x9, duration: .seconds(15), seed: 7, watermark: false, callbackURL: URL(string: "https://example.com/hooks/seedance"),
            webSearch: true, priority: 2, safetyIdentifier: "user-42"),
        "create-2_0-first-last-asset.request.json": VideoRequest(
            prompt: "The character of Image 1 turns towards the camera.", firstFrame: .asset("asset-20261201-hero"),
            lastFrame: url("https://cdn.example.com/end.jpg"), aspectRatio: .adaptive, duration: .auto, returnLastFrame: true),
        "create-2_0-reference-video.request.json": VideoRequest(
            prompt: "Copy the camera move of Video 1 for the product in Image 1.", referenceImages: [url("https://cdn.example.com/product.png")],
            referenceVideos: [.asset("asset-20261201-orbit"), url("https://cdn.example.com/orbit.mp4")], resolution: .p4k,
            duration: .seconds(10)),
    ]

    @Test(arguments: cases.keys.sorted())
    func createBodyIsExactlyTheFixture(_ fixture: String) throws {
        let request = try #require(Self.cases[fixture])
        let dialect = SparkDance()
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.method == .post && http.url.absoluteString == "https://cloud.vtrix.ai/model/v1/generation")
        #expect(JSONAssert.same(http.body, Fixtures.json("sparkdance/seedance2/\(fixture)")), "\(JSONAssert.parse(http.body))")
    }

    /// What the official API refuses on 2.x is refused for Vtrix's 2.0 models too, before anything is sent.
    @Test(arguments: [
        ("cameraFixed", VideoRequest(prompt: "p", cameraFixed: true)), ("draft", VideoRequest(prompt: "p", draft: true)),
        ("serviceTier", VideoRequest(prompt: "p", serviceTier: .default)), ("frames", VideoRequest(prompt: "p", duration: .frames(57))),
        ("resolution", VideoRequest(prompt: "p", model: .vtrixSeedance2_0Fast, resolution: .p1080)),
        ("duration", VideoRequest(prompt: "p", duration: .seconds(16))), ("outputFormat", VideoRequest(prompt: "p", outputFormat: .mov)),
        ("taskType", VideoRequest(prompt: "p", taskType: .edit)), ("extraFields.tools", VideoRequest(prompt: "p", extraFields: ["tools": []])),
    ])
    func seedance2RefusalsSendNothing(_ field: String, _ request: VideoRequest) async throws {
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(200, #"{"id": "task_should_not_exist"}"#))
        let client = try SeedanceClient(dialect: SparkDance(), apiKey: APIKey("sk-test-SENTINEL-v2"), transport: transport, retryPolicy: .none)
        do {
            _ = try await client.submit(request)
            Issue.record("the request was not refused")
        } catch let error as SeedanceError {
            #expect(error.category == .invalidRequest && error.field == field && error.provider == "vtrix", "\(error.message)")
            #expect(error.model == request.model ?? .vtrixSeedance2_0)
        }
        #expect(transport.requests.isEmpty)
    }

    /// Vtrix documents no 2.x response: the 1.x task shape is read, plus the official 2.x echoes when present.
    @Test func statusReadsTheOfficial2xEchoesWhenPresent() throws {
        let body = Data(
            #"""
            {"id": "task_v2_001", "status": "completed", "model": "spark_dance_v2_0", "draft_task_id": "task_v2_000", "output_format": "mp4",
             "output": [{"content": [{"type": "video", "url": "https://cdn.vtrix.ai/outputs/task_v2_001/output.mp4", "duration": "8"}]}],
             "usage": {"cost": "0.80", "discount": 0, "tool_usage": {"web_search": "2"}}}
            """#.utf8)
        let snapshot = try SparkDance().parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "task_v2_001")
        #expect(snapshot.status == .succeeded && snapshot.duration == 8 && snapshot.draftTaskID == "task_v2_000" && snapshot.outputFormat == .mp4)
        #expect(snapshot.usage == Usage(cost: "0.80", discount: 0, webSearchCount: 2) && snapshot.isDraft == nil)
        let plain = try SparkDance().parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("sparkdance/status-completed.json")), for: "task_abc001")
        #expect(plain.usage == Usage(cost: "0.26", discount: 0) && plain.draftTaskID == nil && plain.outputFormat == nil)
    }
}
