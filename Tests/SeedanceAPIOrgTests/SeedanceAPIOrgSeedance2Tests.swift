import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport

/// seedanceapi.org's v2 API (`/v2/generate`, `/v2/status`) with the Seedance 2.0 models: exact bodies, parsing,
/// credits, and the version and dialect refusals with nothing sent. Exercises the adapter's internal
/// `SeedanceAPIOrgSeedance2Models` (the v2 model table) and `SeedanceAPIOrgV2Body` (the v2 body) through the dialect.
@Suite struct SeedanceAPIOrgSeedance2Tests {
    static func url(_ path: String) -> MediaInput { .url(URL(string: "https://example.com/\(path)")!) }
    let v2 = SeedanceAPIOrg(model: .seedanceapiSeedance2_0)

    @Test func aSeedance2ModelMovesTheBaseToV2() throws {
        #expect(v2.baseURL.absoluteString == "https://seedanceapi.org/v2" && v2.speaksV2 && v2.defaultModel == "seedance-2.0")
        #expect(SeedanceAPIOrg().baseURL.absoluteString == "https://seedanceapi.org/v1" && !SeedanceAPIOrg().speaksV2)
        let simulated = SeedanceAPIOrg(baseURL: URL(string: "http://127.0.0.1:9000/seedanceapi/v1")!, model: .seedanceapiSeedance2Mini)
        #expect(simulated.baseURL.absoluteString == "http://127.0.0.1:9000/seedanceapi/v2")
        let proxy = SeedanceAPIOrg(baseURL: URL(string: "https://proxy.example.com/sd")!, model: .seedanceapiSeedance2_0)
        #expect(proxy.baseURL.absoluteString == "https://proxy.example.com/sd")
        #expect(try v2.makeStatusRequest(for: "sd2_7f3a9c41b2e0").url.absoluteString == "https://seedanceapi.org/v2/status?task_id=sd2_7f3a9c41b2e0")
        #expect(v2.capabilities.models.map(\.id) == [.seedanceapiSeedance2_0, .seedanceapiSeedance1_5, .seedanceapiSeedance2_0Fast, .seedanceapiSeedance2Mini])
        let fast = VideoRequest(prompt: "p", model: .seedanceapiSeedance2_0Fast, duration: .seconds(10))
        #expect(v2.pollingHints(for: fast) == Seedance2GenerationTime.pollingHints(.v2_0Fast, request: fast))
        let mini = VideoRequest(prompt: "p", model: .seedanceapiSeedance2Mini)
        #expect(v2.pollingHints(for: mini) == Seedance2GenerationTime.pollingHints(.v2_0Mini, request: mini))
        #expect(v2.pollingHints(for: VideoRequest(prompt: "p")) == Seedance2GenerationTime.pollingHints(.v2_0, request: VideoRequest(prompt: "p")))
        #expect(SeedanceAPIOrg().pollingHints(for: VideoRequest(prompt: "p")).firstPollDelay == .seconds(15))
        #expect(v2.pollingHints(for: nil).firstPollDelay == .zero && v2.pollingHints(for: nil).expectedDuration == nil)
    }

    @Test func textToVideoOnFastIsExact() throws {
        let request = VideoRequest(
            prompt: "A corgi surfing a small wave, GoPro view.", model: .seedanceapiSeedance2_0Fast, aspectRatio: .r9x16, duration: .seconds(10),
            callbackURL: URL(string: "https://hooks.example.com/seedance")!)
        try v2.validate(request)
        let http = try v2.makeCreateRequest(request)
        #expect(http.method == .post && http.url.absoluteString == "https://seedanceapi.org/v2/generate")
        #expect(JSONAssert.same(http.body, Fixtures.json("seedanceapi/v2-create-t2v.request.json")))
    }

    @Test func referenceImagesTravelAsImagesAndTheDefaultModelIsNamed() throws {
        let request = VideoRequest(
            prompt: "Image 1 is the bottle, Image 2 the beach: a slow product reveal at sunset.",
            referenceImages: [Self.url("bottle.png"), Self.url("beach.jpg")], duration: .seconds(15))
        try v2.validate(request)
        #expect(JSONAssert.same(try v2.makeCreateRequest(request).body, Fixtures.json("seedanceapi/v2-create-images.request.json")))
    }

    @Test func miniSendsResolutionAndReferenceVideos() throws {
        let request = VideoRequest(
            prompt: "The dancer repeats the moves of Video 1.", referenceVideos: [Self.url("moves.mp4")], model: .seedanceapiSeedance2Mini,
            resolution: .p480, duration: .seconds(7))
        try v2.validate(request)
        #expect(JSONAssert.same(try v2.makeCreateRequest(request).body, Fixtures.json("seedanceapi/v2-create-mini.request.json")))
    }

    @Test func answersParseToExactValues() throws {
        #expect(try v2.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: Fixtures.data("seedanceapi/v2-create.response.json"))) == "sd2_7f3a9c41b2e0")
        let running = try v2.parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("seedanceapi/v2-status-in-progress.json")), for: "sd2_7f3a9c41b2e0")
        #expect(running.status == .running && running.videoURL == nil && running.model == nil)
        let done = try v2.parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("seedanceapi/v2-status-success.json")), for: "sd2_7f3a9c41b2e0")
        #expect(done.status == .succeeded && done.model == .seedanceapiSeedance2_0Fast)
        #expect(done.videoURL == URL(string: "https://cdn.example.com/seedanceapi/sd2_7f3a9c41b2e0.mp4"))
        #expect(done.usage?.credits == 320 && done.duration == 10 && done.aspectRatio == .r9x16)
        #expect(done.createdAt == ISO8601DateFormatter().date(from: "2026-12-05T01:30:00Z"))
        let failed = try v2.parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("seedanceapi/v2-status-failed.json")), for: "sd2_7f3a9c41b2e0")
        #expect(failed.failure == TaskFailure(category: .taskFailed, message: "Video generation failed, please try again"))
        let credits = #expect(throws: SeedanceError.self) {
            try v2.parseCreateResponse(SeedanceHTTPResponse(status: 402, body: Fixtures.data("seedanceapi/error-402-v2.json")))
        }
        #expect(credits?.category == .insufficientCredits && credits?.httpStatus == 402)
    }

    @Test func aV2CreateAnswerWithATopLevelTaskIDKeepsTheID() throws {
        let bare = SeedanceHTTPResponse(status: 200, body: Data(#"{"task_id": "sd2_top", "status": "IN_PROGRESS"}"#.utf8))
        #expect(try v2.parseCreateResponse(bare) == "sd2_top")
        #expect(try v2.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"id": "sd2_id"}"#.utf8))) == "sd2_id")
        let empty = #expect(throws: SeedanceError.self) { try v2.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: Data(#"{"task_id": ""}"#.utf8))) }
        #expect(empty?.category == .decoding)
        let v1 = #expect(throws: SeedanceError.self) { try SeedanceAPIOrg().parseCreateResponse(bare) }
        #expect(v1?.category == .decoding, "v1 documents data.task_id only")
        let refused = #expect(throws: SeedanceError.self) {
            try v2.parseCreateResponse(SeedanceHTTPResponse(status: 401, body: Data(#"{"task_id": "x", "code": 401, "message": "bad key"}"#.utf8)))
        }
        #expect(refused?.category == .authentication)
    }

    @Test func creditsFollowThePublishedV2Table() throws {
        for (model, prices) in [(ModelID.seedanceapiSeedance2_0, [240, 480, 720]), (.seedanceapiSeedance2_0Fast, [160, 320, 480])] {
            for (seconds, price) in zip([5, 10, 15], prices) {
                #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p", model: model, duration: .seconds(seconds))) == price)
            }
            #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p", model: model)) == prices[0], "5 s is the default")
        }
        let mini = #expect(throws: SeedanceError.self) { try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p", model: .seedanceapiSeedance2Mini)) }
        #expect(mini?.field == "model" && mini?.message.contains("no published price") == true)
        let odd = #expect(throws: SeedanceError.self) {
            try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p", model: .seedanceapiSeedance2_0, duration: .seconds(8)))
        }
        #expect(odd?.field == "duration" && odd?.allowed == "5, 10 or 15 seconds")
        #expect(try SeedanceAPIOrg.estimatedCredits(for: VideoRequest(prompt: "p")) == 28, "no model is still priced as seedance-1.5")
    }

    /// The error `request` is refused with on `dialect` before anything is sent.
    func refusal(_ request: VideoRequest, on dialect: SeedanceAPIOrg) async -> SeedanceError? {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"code":200,"message":"success","data":{"task_id":"t"}}"#)])
        do {
            try dialect.validate(request)
            _ = try await transport.send(try dialect.makeCreateRequest(request))
            return nil
        } catch {
            #expect(transport.requests.isEmpty)
            return error as? SeedanceError
        }
    }

    @Test func theOtherVersionsModelsAreRefused() async {
        let onV1 = await refusal(VideoRequest(prompt: "p", model: .seedanceapiSeedance2_0), on: SeedanceAPIOrg())
        #expect(onV1?.field == "model" && onV1?.allowed == "seedance-1.5" && onV1?.message.contains("SeedanceAPIOrg(model:)") == true)
        let onV2 = await refusal(VideoRequest(prompt: "p", model: .seedanceapiSeedance1_5), on: v2)
        #expect(onV2?.field == "model" && onV2?.allowed == "seedance-2.0, seedance-2.0-fast, seedance-2-mini")
        #expect(await refusal(VideoRequest(prompt: "p", model: "seedance-2.5"), on: v2)?.field == "model")
    }

    @Test func framesAreRefusedAndTheRatioIsForTextOnly() async {
        let frame = await refusal(VideoRequest(prompt: "p", firstFrame: Self.url("a.png")), on: v2)
        #expect(frame?.field == "firstFrame" && frame?.allowed?.contains("referenceImages") == true && frame?.model == .seedanceapiSeedance2_0)
        let ratio = await refusal(VideoRequest(prompt: "p", referenceImages: [Self.url("a.png")], aspectRatio: .r16x9), on: v2)
        #expect(ratio?.field == "aspectRatio" && ratio?.message.contains("text-to-video only") == true)
        #expect(await refusal(VideoRequest(prompt: "p", aspectRatio: .r3x4), on: v2) == nil)
        let both = await refusal(
            VideoRequest(prompt: "p", referenceImages: [Self.url("a.png")], referenceVideos: [Self.url("v.mp4")], model: .seedanceapiSeedance2Mini), on: v2)
        #expect(both?.field == "referenceVideos" && both?.message.contains("does not say") == true)
    }

    @Test func limitsArePerModel() async {
        for seconds in [4, 8, 11] {
            #expect(await refusal(VideoRequest(prompt: "p", duration: .seconds(seconds)), on: v2)?.allowed == "5, 10, 15 seconds")
        }
        #expect(await refusal(VideoRequest(prompt: "p", model: .seedanceapiSeedance2Mini, duration: .seconds(4)), on: v2) == nil)
        #expect(await refusal(VideoRequest(prompt: "p", model: .seedanceapiSeedance2Mini, duration: .seconds(16)), on: v2)?.field == "duration")
        #expect(await refusal(VideoRequest(prompt: "p", resolution: .p720), on: v2)?.field == "resolution", "2.0 documents no resolution")
        #expect(await refusal(VideoRequest(prompt: "p", model: .seedanceapiSeedance2Mini, resolution: .p1080), on: v2)?.allowed == "480p, 720p")
        #expect(await refusal(VideoRequest(prompt: "p", referenceVideos: [Self.url("v.mp4")]), on: v2)?.field == "referenceVideos")
        #expect(await refusal(VideoRequest(prompt: "p", aspectRatio: .r21x9), on: v2)?.allowed == "16:9, 9:16, 4:3, 3:4")
        #expect(await refusal(VideoRequest(prompt: String(repeating: "a", count: 2001)), on: v2)?.field == "prompt")
        #expect(await refusal(VideoRequest(prompt: "p", webSearch: true), on: v2)?.field == "webSearch")
        #expect(await refusal(VideoRequest(prompt: "p", extraFields: ["images": []]), on: v2)?.field == "extraFields.images")
        let inline = await refusal(VideoRequest(prompt: "p", referenceImages: [.data(Data(count: 4))]), on: v2)
        #expect(inline?.field.map { $0.hasPrefix("referenceImages") } == true)
    }

    @Test func capabilitiesDeclareTheV2Models() throws {
        let models = SeedanceAPIOrg().capabilities.models
        #expect(models.map(\.id) == [.seedanceapiSeedance1_5, .seedanceapiSeedance2_0, .seedanceapiSeedance2_0Fast, .seedanceapiSeedance2Mini])
        let standard = try #require(models[1].references)
        #expect(standard.maxImages == 4 && standard.maxVideos == 0 && standard.maxAudios == 0)
        #expect(models[3].references?.maxVideos == 3 && models[3].resolutions == [.p480, .p720] && models[3].durations == .range(4...15))
        #expect(models[1].durations.seconds == [5, 10, 15] && models[1].resolutions.isEmpty && models[1].defaultAspectRatio == .r16x9)
    }
}
