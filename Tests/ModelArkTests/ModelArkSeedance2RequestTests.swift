import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Seedance 2.0 / 2.5 create bodies on the official API: each fixture under `Fixtures/modelark/seedance2/` is exactly the
/// body the neutral request produces (and the request passes validation), for every mode and model family.
@Suite struct ModelArkSeedance2RequestTests {
    static func url(_ text: String) -> MediaInput { .url(URL(string: text)!) }
    static let onePixelPNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg=="

    /// Each fixture, the region that sends it and the neutral request that must produce it.
    static let cases: [String: (ModelArkRegion, VideoRequest)] = [
        "create-2_0-t2v-4k.request.json": (
            .byteplus,
            VideoRequest(
                prompt: "Slow aerial pass over a rice terrace at dawn, mist in the valleys.", model: .byteplusSeedance2_0, resolution: .p4k,
                aspectRatio: .r21x9, duration: .seconds(12), generateAudio: false, watermark: false, priority: 3,
                safetyIdentifier: "3f1d9c0e7b2a4c55")
        ),
        "create-2_0-fast-first-last.request.json": (
            .byteplus,
            VideoRequest(
                prompt: "The paper crane slowly unfolds into a flat sheet.", firstFrame: url("https://cdn.example.com/crane.png"),
                lastFrame: url("https://cdn.example.com/sheet.png"), model: .byteplusSeedance2_0Fast, resolution: .p720, aspectRatio: .adaptive,
                duration: .auto, returnLastFrame: true)
        ),
        "create-2_0-mini-first-frame.request.json": (
            .byteplus,
            VideoRequest(
                prompt: "The lighthouse beam sweeps across a stormy sea.", firstFrame: url("https://cdn.example.com/lighthouse.jpg"),
                model: .byteplusSeedance2_0Mini, resolution: .p480, duration: .seconds(6), seed: 42,
                callbackURL: URL(string: "https://example.com/hooks/seedance"))
        ),
        "create-2_0-reference-mixed.request.json": (
            .volcengine,
            VideoRequest(prompt:
                    "Image 1 is the mascot and Image 2 the shop. Copy the camera move of Video 1 and Video 2 and cut on the beats of Audio 1; Audio 2 is the voice.", referenceImages: [url(onePixelPNG), .asset("asset-20261201-shop")], referenceVideos: [url("https://cdn.example.com/move.mp4"), .asset("asset://asset-20261201-dolly")], referenceAudios: [url("https://cdn.example.com/beat.mp3"), .asset("asset-20261201-voice")], model: .volcengineSeedance2_0, resolution: .p1080, aspectRatio: .r9x16, duration: .seconds(10), generateAudio: true)
        ),
        "create-2_0-fast-web-search.request.json": (
            .volcengine,
            VideoRequest(
                prompt: "A 10-second ad for this year's newest foldable phone, studio lighting.", model: .volcengineSeedance2_0Fast,
                resolution: .p720, duration: .seconds(10), webSearch: true)
        ),
        "create-2_5-edit-mov.request.json": (
            .byteplus,
            VideoRequest(prompt: "In Video 1 replace the red umbrella with a transparent one; change nothing else.", referenceVideos: [url("https://cdn.example.com/source-12s.mov")], model: .byteplusSeedance2_5, aspectRatio: .adaptive, duration: .auto, taskType: .edit, outputFormat: .mov)
        ),
        "create-2_5-extend.request.json": (
            .byteplus,
            VideoRequest(prompt: "Continue Video 1: the drone keeps climbing above the clouds.", referenceVideos: [url("https://cdn.example.com/clip.mp4")], model: .byteplusSeedance2_5, resolution: .p1080, aspectRatio: .adaptive, duration: .seconds(10), taskType: .extend)
        ),
        "create-2_5-reference-audio-only.request.json": (
            .byteplus,
            VideoRequest(prompt: "A jazz trio plays the tune of Audio 1 in a smoky basement club.", referenceAudios: [url("https://cdn.example.com/trio-theme.mp3")], model: .byteplusSeedance2_5, duration: .auto, taskType: .reference)
        ),
        "create-2_5-auto-references.request.json": (
            .volcengine,
            VideoRequest(prompt: "Image 1 and Image 2 walk through the market of Video 1.", referenceImages: [url("https://cdn.example.com/hero.png"), url("https://cdn.example.com/friend.webp")], referenceVideos: [url("https://cdn.example.com/market.mp4")], model: .volcengineSeedance2_5, resolution: .p1080, duration: .seconds(20), taskType: .auto, webSearch: true, priority: 9)
        ),
        "create-2_5-draft.request.json": (
            .byteplus,
            VideoRequest(
                prompt: "Two robots play chess in a greenhouse, rain on the glass.", model: .byteplusSeedance2_5, resolution: .p480,
                aspectRatio: .r16x9, duration: .seconds(12), seed: 42, draft: true)
        ),
        "create-2_5-final.request.json": (
            .byteplus, VideoRequest(model: .byteplusSeedance2_5, resolution: .p1080, watermark: false, draftTaskID: "cgt-20261201093000-abcde")
        ),
        "create-2_5-premium-final-4k.request.json": (
            .byteplus,
            VideoRequest(
                model: .byteplusSeedance2_5Premium, resolution: .p4k, watermark: false, draftTaskID: "cgt-20261201094500-fghij",
                safetyIdentifier: "user-7f3a")
        ),
        "create-2_5-premium-t2v-4k.request.json": (
            .byteplus,
            VideoRequest(
                prompt: "A glass city at night seen from a slow-moving tram.", model: .byteplusSeedance2_5Premium, resolution: .p4k,
                aspectRatio: .r16x9, duration: .seconds(30), generateAudio: true, outputFormat: .mp4)
        ),
    ]

    @Test(arguments: cases.keys.sorted())
    func createBodyIsExactlyTheFixture(_ fixture: String) throws {
        let (region, request) = try #require(Self.cases[fixture])
        let dialect = ModelArk(region: region)
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.method == .post && http.kind == .create)
        #expect(http.url == region.defaultBaseURL.appendingPathComponent("contents/generations/tasks"))
        #expect(JSONAssert.same(http.body, Fixtures.json("modelark/seedance2/\(fixture)")), "\(JSONAssert.parse(http.body))")
    }

    /// Inline image and audio bytes become `data:` URLs of their detected format, in content order (text, reference
    /// images, videos, audio); inline video is refused before anything is built.
    @Test func inlineBytesBecomeDataURLsAndInlineVideoIsRefused() throws {
        let png = TestImages.png(width: 640, height: 640)
        let wav = Self.wav(seconds: 2)
        let request = VideoRequest(prompt: "Image 1 sings Audio 1.", referenceImages: [.data(png)], referenceAudios: [.data(wav)], model: .byteplusSeedance2_0)
        let dialect = ModelArk.byteplus()
        try dialect.validate(request)
        let content = JSONAssert.parse(try dialect.makeCreateRequest(request).body)["content"]
        #expect(content?[1] == ["type": "image_url", "image_url": ["url": .string("data:image/png;base64," + png.base64EncodedString())], "role": "reference_image"])
        #expect(content?[2] == ["type": "audio_url", "audio_url": ["url": .string("data:audio/wav;base64," + wav.base64EncodedString())], "role": "reference_audio"])
        let video = VideoRequest(prompt: "p", referenceVideos: [.data(Data(repeating: 0, count: 64))], model: .byteplusSeedance2_0)
        let error = #expect(throws: SeedanceError.self) { try dialect.makeCreateRequest(video) }
        #expect(error?.category == .invalidRequest && error?.field == "referenceVideos[0]")
    }

    /// PPIO's Ark-compatible host: the same body on its own path, provider `ppio-ark`, Volcengine ids.
    @Test func ppioSendsArkBodiesToItsMeteredPath() throws {
        let dialect = ModelArk.ppio()
        #expect(dialect.provider == "ppio-ark" && dialect.defaultModel == "doubao-seedance-2-0-260128")
        let (_, request) = try #require(Self.cases["create-2_0-fast-web-search.request.json"])
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.url.absoluteString == "https://api.ppio.com/v3/bytedance-cn/metered/contents/generations/tasks")
        #expect(JSONAssert.same(http.body, Fixtures.json("modelark/seedance2/create-2_0-fast-web-search.request.json")))
        #expect(try dialect.makeStatusRequest(for: "cgt-1").url.absoluteString == "https://api.ppio.com/v3/bytedance-cn/metered/contents/generations/tasks/cgt-1")
        #expect(dialect.capabilities.models.map(\.id) == ModelArkRegion.ppio.knownModels.map(\.id))
    }

    /// A WAV of `seconds` of 8 kHz 8-bit mono silence.
    static func wav(seconds: Int) -> Data {
        let samples = 8000 * seconds
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xff) } }
        func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8((value >> (8 * $0)) & 0xff) } }
        var bytes: [UInt8] = Array("RIFF".utf8) + le32(36 + samples) + Array("WAVEfmt ".utf8) + le32(16) + le16(1) + le16(1)
        bytes += le32(8000) + le32(8000) + le16(1) + le16(8) + Array("data".utf8) + le32(samples)
        return Data(bytes + [UInt8](repeating: 128, count: samples))
    }
}
