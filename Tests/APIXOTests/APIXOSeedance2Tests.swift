import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

/// APIXO's Seedance 2.0 models: `input.mode` derived from the request, exact bodies, parsing, and the dialect's
/// refusals with nothing sent. Exercises the adapter's internal `APIXOSeedance2Models` (the model table),
/// `APIXOSeedance2Input` (the `input` object) and its `Mode` (text, frames or references) through the dialect.
@Suite struct APIXOSeedance2Tests {
    static func url(_ path: String) -> MediaInput { .url(URL(string: "https://example.com/\(path)")!) }

    @Test(arguments: [ModelID.apixoSeedance2_0, .apixoSeedance2_0Fast, .apixoSeedance2_0Mini])
    func textToVideoBodyIsExactOnEveryModel(model: ModelID) throws {
        let dialect = APIXO(model: model)
        let request = VideoRequest(
            prompt: "a cinematic tracking shot through a rainy neon street", model: model, resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(5), generateAudio: true, webSearch: false)
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.url.absoluteString == "https://api.apixo.ai/api/v1/generateTask/\(model.rawValue)")
        #expect(JSONAssert.same(http.body, Fixtures.json("apixo/seedance2-create-t2v.request.json")))
        #expect(try dialect.makeStatusRequest(for: "task_1").url.absoluteString == "https://api.apixo.ai/api/v1/statusTask/\(model.rawValue)?taskId=task_1")
    }

    @Test func firstAndLastFramesSendAutoForAdaptiveAndOmitUnsetSound() throws {
        let dialect = APIXO(model: .apixoSeedance2_0, routing: .official)
        let request = VideoRequest(
            prompt: "the lantern is lit at dusk and burns down by dawn", firstFrame: Self.url("dusk.png"), lastFrame: Self.url("dawn.png"),
            resolution: .p1080, aspectRatio: .adaptive, duration: .seconds(12))
        try dialect.validate(request)
        #expect(JSONAssert.same(try dialect.makeCreateRequest(request).body, Fixtures.json("apixo/seedance2-create-first-last.request.json")))
        let firstOnly = JSONAssert.parse(try dialect.makeCreateRequest(VideoRequest(prompt: "a fox", firstFrame: Self.url("a.png"))).body)
        #expect(firstOnly["input"]?["mode"] == "first_and_last_frames")
        #expect(firstOnly["input"]?["image_urls"] == .array(["https://example.com/a.png"]))
        #expect(firstOnly["input"]?["duration"] == 5, "duration is required by APIXO: the documented default is sent when unset")
    }

    @Test func omniReferenceWithCallbackBodyIsExact() throws {
        let dialect = APIXO(model: .apixoSeedance2_0Mini)
        let request = VideoRequest(
            prompt: "Image 1 walks through the market from Video 1, music from Audio 1.", referenceImages: [Self.url("hero.png")],
            referenceVideos: [Self.url("market.mp4")], referenceAudios: [Self.url("theme.mp3")], resolution: .p480, aspectRatio: .r9x16,
            duration: .seconds(15), generateAudio: false, callbackURL: URL(string: "https://hooks.example.com/apixo")!, webSearch: true)
        try dialect.validate(request)
        #expect(JSONAssert.same(try dialect.makeCreateRequest(request).body, Fixtures.json("apixo/seedance2-create-omni-callback.request.json")))
    }

    @Test func statusFixturesParseToExactValues() throws {
        let dialect = APIXO(model: .apixoSeedance2_0)
        let success = try dialect.parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("apixo/seedance2-status-success.json")), for: "task_2a0c9f17e4b8")
        #expect(success.status == .succeeded && success.model == .apixoSeedance2_0 && success.failure == nil)
        #expect(success.videoURL == URL(string: "https://cdn.example.com/apixo/seedance-2-0/task_2a0c9f17e4b8.mp4"))
        #expect(success.createdAt == Date(timeIntervalSince1970: 1_764_900_000) && success.completedAt == Date(timeIntervalSince1970: 1_764_900_142))
        #expect(APIXO.processingTime(of: success) == .seconds(142))
        let failed = try dialect.parseStatusResponse(
            SeedanceHTTPResponse(status: 200, body: Fixtures.data("apixo/seedance2-status-failed-reference.json")), for: "task_2a0c9f17e4b8")
        #expect(failed.status == .failed && failed.videoURL == nil)
        #expect(
            failed.failure
                == TaskFailure(
                    category: .contentRejected, code: "InputVideoSensitiveContentDetected", message: "The reference video may contain sensitive information."))
    }

    /// The error `request` is refused with on `dialect` by a submit through a scripted transport, which must stay empty.
    func refusal(_ request: VideoRequest, on dialect: APIXO) async -> SeedanceError? {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"code":200,"message":"success","data":{"taskId":"t"}}"#)])
        do {
            _ = try await submit(request, with: dialect, through: transport)
            return nil
        } catch {
            #expect(transport.requests.isEmpty)
            return error as? SeedanceError
        }
    }

    @Test func framesAndReferencesCannotShareImageURLs() async {
        let error = await refusal(
            VideoRequest(prompt: "a fox", firstFrame: Self.url("a.png"), referenceVideos: [Self.url("v.mp4")]), on: APIXO(model: .apixoSeedance2_0))
        #expect(error?.category == .invalidRequest && error?.field == "firstFrame" && error?.model == .apixoSeedance2_0)
        #expect(error?.message.contains("image_urls") == true && error?.message.contains("on apixo") == true)
    }

    @Test func resolutionsAndDurationsArePerModel() async {
        for model in [ModelID.apixoSeedance2_0Fast, .apixoSeedance2_0Mini] {
            let error = await refusal(VideoRequest(prompt: "a fox", resolution: .p1080), on: APIXO(model: model))
            #expect(error?.field == "resolution" && error?.allowed == "480p, 720p" && error?.model == model)
        }
        let fourK = await refusal(VideoRequest(prompt: "a fox", resolution: .p4k), on: APIXO(model: .apixoSeedance2_0))
        #expect(fourK?.field == "resolution" && fourK?.allowed == "480p, 720p, 1080p")
        let auto = await refusal(VideoRequest(prompt: "a fox", duration: .auto), on: APIXO(model: .apixoSeedance2_0))
        #expect(auto?.field == "duration" && auto?.allowed == "4…15 seconds")
        let long = await refusal(VideoRequest(prompt: "a fox", duration: .seconds(16)), on: APIXO(model: .apixoSeedance2_0))
        #expect(long?.field == "duration")
        #expect(await refusal(VideoRequest(prompt: "a fox", duration: .seconds(15)), on: APIXO(model: .apixoSeedance2_0)) == nil)
    }

    @Test func mediaMustBeURLs() async {
        let dialect = APIXO(model: .apixoSeedance2_0Fast)
        let asset = await refusal(VideoRequest(prompt: "a fox", referenceImages: [.asset("asset-1")]), on: dialect)
        #expect(asset?.field.map { $0.hasPrefix("referenceImages") } == true)
        let inlineAudio = await refusal(
            VideoRequest(prompt: "a fox", referenceImages: [Self.url("a.png")], referenceAudios: [.data(Data(count: 8))]), on: dialect)
        #expect(inlineAudio?.field.map { $0.hasPrefix("referenceAudios") } == true)
        let dataFrame = await refusal(VideoRequest(prompt: "a fox", firstFrame: .url(URL(string: "data:image/png;base64,iVBORw0KGgo=")!)), on: dialect)
        #expect(dataFrame?.field == "firstFrame")
    }

    @Test func fieldsAndExtrasTheModelsLackAreRefused() async {
        let dialect = APIXO(model: .apixoSeedance2_0)
        for (field, request) in [
            ("seed", VideoRequest(prompt: "a fox", seed: 1)), ("cameraFixed", VideoRequest(prompt: "a fox", cameraFixed: true)),
            ("watermark", VideoRequest(prompt: "a fox", watermark: true)), ("returnLastFrame", VideoRequest(prompt: "a fox", returnLastFrame: true)),
        ] {
            #expect(await refusal(request, on: dialect)?.field == field)
        }
        #expect(await refusal(VideoRequest(prompt: ""), on: dialect)?.field == "prompt")
        let short = await refusal(VideoRequest(prompt: "ab"), on: dialect)
        #expect(short?.field == "prompt" && short?.allowed == "3…2500 characters")
        #expect(await refusal(VideoRequest(prompt: "a fox", extraFields: ["video_urls": []]), on: dialect)?.field == "extraFields.video_urls")
        #expect(await refusal(VideoRequest(prompt: "a fox", model: .apixoSeedance2_0Fast), on: dialect)?.field == "model")
    }

    @Test func theCapabilitiesDeclareTheModelsAndTheirReferences() throws {
        let models = APIXO().capabilities.models
        #expect(models.map(\.id) == [.apixoSeedance1_5Pro, .apixoSeedance2_0, .apixoSeedance2_0Fast, .apixoSeedance2_0Mini])
        let references = try #require(models[1].references)
        #expect(references.maxImages == 9 && references.maxVideos == 3 && references.maxAudios == 3 && !references.audioAlone)
        #expect(references.clipSeconds == 2...15 && references.totalSeconds == 15)
        #expect(!references.audio.acceptsInline && !references.audio.acceptsAssets && !references.video.acceptsAssets)
        #expect(!models[1].images.acceptsInline && !models[1].images.acceptsAssets && models[1].callbackMustBePublicHTTPS)
        #expect(models[1].aspectRatios.contains(.adaptive) && models[1].durations == .range(4...15))
    }

    @Test func seedance2TasksGetTheSharedEstimateOfTheirModel() {
        let request = VideoRequest(prompt: "a fox", duration: .seconds(4))
        for (model, family) in [(ModelID.apixoSeedance2_0, Seedance2Model.v2_0), (.apixoSeedance2_0Fast, .v2_0Fast), (.apixoSeedance2_0Mini, .v2_0Mini)] {
            #expect(APIXO(model: model).pollingHints(for: request) == Seedance2GenerationTime.pollingHints(family, request: request), "\(model)")
        }
        #expect(APIXO().pollingHints(for: request).expectedDuration == .seconds(50), "Seedance 1.5 Pro keeps APIXO's published table")
        #expect(APIXO(model: .apixoSeedance2_0).pollingHints(for: nil).firstPollDelay == .zero)
    }
}
