import Foundation
import Testing
import JieKou
import SeedanceCore
import SeedanceTestSupport

/// Seedance 2.0 and 2.0 fast on `/v3/async/seedance-2.0`: value in, exact URL and JSON out, per host and mode (the body
/// is built by the adapter's internal `JieKouSeedance2Body`).
@Suite struct JieKouSeedance2RequestTests {
    static func url(_ path: String) -> MediaInput { .url(URL(string: "https://example.com/\(path)")!) }

    /// The request behind `seedance2-create-reference-fast.request.json`.
    static let referenceFast = VideoRequest(
        prompt: "Image 1 is the mascot; it copies the camera move of Video 1 and cuts on the beat of Audio 1.",
        referenceImages: [url("mascot.png"), url("street.jpg")], referenceVideos: [url("move.mp4")], referenceAudios: [url("beat.mp3")],
        model: .jiekouSeedance2_0Fast, resolution: .p720, aspectRatio: .r9x16, duration: .seconds(10), generateAudio: true,
        returnLastFrame: false, webSearch: false)

    /// The request behind `seedance2-create-first-last.request.json` (1080p: Novita and PPIO only).
    static let firstLast = VideoRequest(
        prompt: "The paper boat drifts from the harbour to the open sea.", firstFrame: url("harbour.png"), lastFrame: url("sea.png"),
        model: .jiekouSeedance2_0, resolution: .p1080, aspectRatio: .adaptive, duration: .auto, seed: 4_294_967_295, watermark: true,
        returnLastFrame: true)

    /// The request behind `seedance2-create-t2v.request.json`.
    static let textOnly = VideoRequest(
        prompt: "A lighthouse keeper climbs the spiral stairs at dusk; today's weather in Lisbon shows through the window.",
        model: .jiekouSeedance2_0, resolution: .p480, aspectRatio: .r21x9, duration: .seconds(15), generateAudio: false, seed: -1,
        watermark: false, webSearch: true)

    @Test(arguments: JieKouHost.presets)
    func referenceModeOnFastGoesToTheOneRouteWithFastTrue(host: JieKouHost) throws {
        let dialect = JieKou(host: host)
        try dialect.validate(Self.referenceFast)
        let request = try dialect.makeCreateRequest(Self.referenceFast)
        #expect(request.method == .post && request.kind == .create && request.requiresAuthorization)
        #expect(request.url.absoluteString == host.baseURL.absoluteString + "/v3/async/seedance-2.0")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(JSONAssert.same(request.body, Fixtures.json("jiekou/seedance2-create-reference-fast.request.json")))
    }

    @Test func firstAndLastFramesWithAutoDurationSendMinusOneAndFastFalse() throws {
        let dialect = JieKou(host: .novita)
        try dialect.validate(Self.firstLast)
        let request = try dialect.makeCreateRequest(Self.firstLast)
        #expect(request.url.absoluteString == "https://api.novita.ai/v3/async/seedance-2.0")
        #expect(JSONAssert.same(request.body, Fixtures.json("jiekou/seedance2-create-first-last.request.json")))
    }

    @Test func textOnlyWithWebSearchHasNoModelField() throws {
        let dialect = JieKou()
        try dialect.validate(Self.textOnly)
        let body = try dialect.makeCreateRequest(Self.textOnly).body
        #expect(JSONAssert.same(body, Fixtures.json("jiekou/seedance2-create-t2v.request.json")))
        #expect(JSONAssert.parse(body)["model"] == nil)
    }

    @Test func inlineImagesAndAudioTravelAsDataURLs() throws {
        let png = TestImages.png(width: 640, height: 480)
        let wav = Data("RIFF".utf8) + Data([36, 0, 0, 0]) + Data("WAVEfmt ".utf8) + Data(repeating: 0, count: 24)
        let request = VideoRequest(
            prompt: "p", referenceImages: [.data(png)], referenceAudios: [.data(wav)], model: .jiekouSeedance2_0, extraFields: ["future_flag": true])
        let body = JSONAssert.parse(try JieKou().makeCreateRequest(request).body)
        #expect(body["reference_images"] == .array([.string("data:image/png;base64," + png.base64EncodedString())]))
        #expect(body["reference_audios"]?[0]?.stringValue?.hasPrefix("data:audio/wav;base64,") == true)
        #expect(body["future_flag"] == .bool(true) && body["fast"] == .bool(false))
    }

    @Test func theTaskResultRequestIsTheSameForSeedance2Tasks() throws {
        let request = try JieKou(host: .ppio).makeStatusRequest(for: "9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10")
        #expect(request.url.absoluteString == "https://api.ppinfra.com/v3/async/task-result?task_id=9b1f3c2e-2d20-4a55-9e1b-5a0c7d3e2f10")
    }

    @Test func aSeedance2TaskIsPolledWithTheSharedEstimateOfItsModel() throws {
        let standard = VideoRequest(prompt: "a", model: .jiekouSeedance2_0, resolution: .p480, duration: .seconds(10))
        var fast = standard
        fast.model = .jiekouSeedance2_0Fast
        #expect(JieKou().pollingHints(for: standard) == Seedance2GenerationTime.pollingHints(.v2_0, request: standard))
        #expect(JieKou(host: .ppio).pollingHints(for: fast) == Seedance2GenerationTime.pollingHints(.v2_0Fast, request: fast))
        let slower = try #require(JieKou().pollingHints(for: standard).expectedDuration)
        let quicker = try #require(JieKou().pollingHints(for: fast).expectedDuration)
        #expect(quicker < slower, "2.0 fast is expected sooner than 2.0")
        let oneFive = JieKou().pollingHints(for: VideoRequest(prompt: "a", resolution: .p480, duration: .seconds(10)))
        #expect(oneFive.expectedDuration == .seconds(108), "Seedance 1.5 Pro keeps its own estimate")
    }
}
