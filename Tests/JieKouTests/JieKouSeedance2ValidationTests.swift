import Foundation
import Testing
import JieKou
import SeedanceCore
import SeedanceTestSupport

/// The Seedance 2.0 route's own rules and per-host limits: each refusal names field, model and provider, and a
/// client sends nothing.
@Suite struct JieKouSeedance2ValidationTests {
    static let image = MediaInput.url(URL(string: "https://example.com/a.png")!)

    /// The error a client throws for `request` on `dialect`, after checking that no request left.
    func refusal(_ request: VideoRequest, on dialect: JieKou = JieKou()) async -> SeedanceError? {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"task_id":"t"}"#)])
        do {
            let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-test"), transport: transport)
            _ = try await client.submit(request)
            return nil
        } catch let error as SeedanceError {
            #expect(transport.requests.isEmpty, "a refused request was sent: \(error.message)")
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test(arguments: JieKouHost.presets)
    func resolutionsFollowEachHostsSeedance2Table(host: JieKouHost) async throws {
        let dialect = JieKou(host: host)
        let fullHD = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, resolution: .p1080), on: dialect)
        if host.provider == "jiekou" {
            #expect(fullHD?.field == "resolution" && fullHD?.allowed == "480p, 720p" && fullHD?.model == .jiekouSeedance2_0)
        } else {
            #expect(fullHD == nil)
        }
        let fast = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0Fast, resolution: .p1080), on: dialect)
        #expect(fast?.field == "resolution" && fast?.value == "1080p" && fast?.allowed == "480p, 720p")
        #expect(fast?.model == .jiekouSeedance2_0Fast && fast?.provider == host.provider)
        let fourK = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, resolution: .p4k), on: dialect)
        #expect(fourK?.field == "resolution" && fourK?.value == "4k")
    }

    @Test func textToVideoNeedsAPromptButReferencesAndFramesDoNot() async {
        let error = await refusal(VideoRequest(prompt: "  ", model: .jiekouSeedance2_0Fast))
        #expect(error?.category == .invalidRequest && error?.field == "prompt" && error?.model == .jiekouSeedance2_0Fast)
        #expect(error?.message.contains("text-to-video") == true && error?.message.contains("on jiekou") == true)
        #expect(await refusal(VideoRequest(model: .jiekouSeedance2_0)) != nil)
        #expect(await refusal(VideoRequest(firstFrame: Self.image, model: .jiekouSeedance2_0)) == nil)
        #expect(await refusal(VideoRequest(referenceImages: [Self.image], model: .jiekouSeedance2_0)) == nil)
    }

    @Test func aForcedOneFiveProEndpointIsRefusedForSeedance2() async {
        let error = await refusal(VideoRequest(prompt: "a", firstFrame: Self.image, model: .jiekouSeedance2_0), on: JieKou(endpoint: .imageToVideo))
        #expect(error?.field == "model" && error?.value == "seedance-2.0")
        #expect(error?.message.contains("/v3/async/seedance-2.0") == true)
    }

    @Test func durationsAreFourToFifteenSecondsOrAuto() async {
        for seconds in [3, 16] {
            let error = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, duration: .seconds(seconds)))
            #expect(error?.field == "duration" && error?.allowed == "4…15 seconds, or auto")
        }
        #expect(await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, duration: .auto)) == nil)
        #expect(await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, duration: .seconds(15))) == nil)
    }

    @Test(arguments: [
        ("cameraFixed", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, cameraFixed: true)),
        ("serviceTier", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, serviceTier: .default)),
        ("executionExpiresAfter", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, executionExpiresAfter: 3600)),
        ("framesPerSecond", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, framesPerSecond: 24)),
        ("callbackURL", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, callbackURL: URL(string: "https://example.com/cb")!)),
        ("priority", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, priority: 3)),
        ("safetyIdentifier", VideoRequest(prompt: "a", model: .jiekouSeedance2_0, safetyIdentifier: "u1")),
        ("outputFormat", VideoRequest(prompt: "a", model: .jiekouSeedance2_0Fast, outputFormat: .mp4)),
    ])
    func fieldsTheRouteLacksAreRefused(field: String, request: VideoRequest) async {
        let error = await refusal(request)
        #expect(error?.field == field && error?.message.contains("not supported") == true)
    }

    @Test func assetsAndInlineVideoAreRefusedWithNothingSent() async {
        let asset = await refusal(VideoRequest(prompt: "a", referenceVideos: [.asset("asset-20260101-abc")], model: .jiekouSeedance2_0))
        #expect(asset?.field.map { $0.hasPrefix("referenceVideos") } == true)
        #expect(asset?.message.contains("asset") == true)
        let frameAsset = await refusal(VideoRequest(firstFrame: .asset("asset-1"), model: .jiekouSeedance2_0))
        #expect(frameAsset?.field == "firstFrame")
        let inline = await refusal(
            VideoRequest(
                prompt: "a", referenceImages: [Self.image], referenceVideos: [.url(URL(string: "data:video/mp4;base64,AAAA")!)], model: .jiekouSeedance2_0))
        #expect(inline?.field.map { $0.hasPrefix("referenceVideos") } == true && inline?.message.contains("inline") == true)
        let bytes = await refusal(
            VideoRequest(prompt: "a", referenceImages: [Self.image], referenceVideos: [.data(Data(count: 64))], model: .jiekouSeedance2_0))
        #expect(bytes?.field.map { $0.hasPrefix("referenceVideos") } == true)
    }

    @Test func fastIsNeverAnExtraFieldAndTypedFieldsAreNotRepeated() async {
        let fast = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, extraFields: ["fast": true]))
        #expect(fast?.field == "extraFields.fast")
        let repeated = await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, webSearch: true, extraFields: ["web_search": false]))
        #expect(repeated?.field == "extraFields.web_search")
        #expect(await refusal(VideoRequest(prompt: "a", model: .jiekouSeedance2_0, extraFields: ["web_search": false])) == nil)
    }

    @Test func modelsOtherThanTheRoutesAreRefused() async {
        let mini = await refusal(VideoRequest(prompt: "a", model: "seedance-2.0-mini"))
        #expect(mini?.field == "model" && mini?.allowed == "seedance-v1.5-pro, seedance-2.0, seedance-2.0-fast")
    }

    @Test(arguments: JieKouHost.presets)
    func theCapabilitiesDeclareTheReferenceLimits(host: JieKouHost) throws {
        let models = host.capabilities.models
        #expect(models.map(\.id) == [.jiekouSeedance1_5Pro, .jiekouSeedance2_0, .jiekouSeedance2_0Fast])
        #expect(models[1].resolutions == host.seedance2Resolutions && models[2].resolutions == [.p480, .p720])
        let references = try #require(models[1].references)
        #expect(references.maxImages == 9 && references.maxVideos == 3 && references.maxAudios == 3)
        #expect(references.clipSeconds == 2...15 && references.totalSeconds == 15 && !references.audioAlone)
        #expect(references.video.maxBytes == 50 * 1024 * 1024 && !references.video.acceptsAssets && references.video.pixelCount == 409_600...927_408)
        #expect(references.audio.acceptsInline && !references.audio.acceptsAssets && references.audio.maxBytes == 15 * 1024 * 1024)
        #expect(models[1].durations == .range(4...15, allowsAuto: true) && models[1].serviceTiers.isEmpty && !models[1].images.acceptsAssets)
        #expect(models[0].references == nil)
    }
}
