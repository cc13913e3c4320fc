import Foundation
import SeedanceContentArray
import SeedanceCore
import Testing

/// ``ContentArrayRules`` on Seedance 2.5's draft → final (``ModelCapabilities/drafts``): a draft renders at 480p
/// without a last frame; a final from a draft task is its only content and renders only at the model's final
/// resolutions (1080p on 2.5, 4k on 2.5 Premium); text-to-video without a prompt is still refused, references are not.
@Suite("Content-array rules: Seedance 2.5 draft and final", .timeLimit(.minutes(3)))
struct ContentArraySeedance2DraftRulesTests {
    static let v2_5 = ContentArrayRules(provider: "byteplus", model: Seedance2Model.v2_5.capabilities(id: "dreamina-seedance-2-5-260628"))
    static let premium = ContentArrayRules(provider: "byteplus", model: Seedance2Model.v2_5Premium.capabilities(id: "dreamina-seedance-2-5-premium-260915"))
    static let video = MediaInput.url(URL(string: "https://example.com/a.mp4")!)

    static func refusal(_ request: VideoRequest, _ rules: ContentArrayRules = v2_5) -> SeedanceError? {
        do {
            try rules.validate(request)
            return nil
        } catch {
            return error as? SeedanceError
        }
    }

    @Test("a 2.5 draft renders at 480p only and returns no last frame")
    func draft() throws {
        #expect(Self.refusal(VideoRequest(prompt: "p", resolution: .p480, duration: .seconds(12), draft: true)) == nil)
        let resolution = try #require(Self.refusal(VideoRequest(prompt: "p", resolution: .p1080, draft: true)))
        #expect(resolution.field == "resolution" && resolution.allowed == "480p or unset" && resolution.model == "dreamina-seedance-2-5-260628")
        #expect(Self.refusal(VideoRequest(prompt: "p", returnLastFrame: true, draft: true))?.field == "returnLastFrame")
    }

    @Test("a final renders at the model's final resolution: 1080p on 2.5, 4k on Premium (Premium at 1080p refused)")
    func finalResolutions() throws {
        #expect(Self.refusal(VideoRequest(resolution: .p1080, watermark: false, draftTaskID: "cgt-d")) == nil)
        #expect(Self.refusal(VideoRequest(draftTaskID: "cgt-d")) == nil)
        let low = try #require(Self.refusal(VideoRequest(resolution: .p720, draftTaskID: "cgt-d")))
        #expect(low.field == "resolution" && low.value == "720p" && low.allowed == "1080p or unset")
        #expect(low.message.contains("is not a resolution this model renders a draft's final video at"))
        #expect(Self.refusal(VideoRequest(resolution: .p4k, draftTaskID: "cgt-d"), Self.premium) == nil)
        let premium = try #require(Self.refusal(VideoRequest(resolution: .p1080, draftTaskID: "cgt-d"), Self.premium))
        #expect(premium.field == "resolution" && premium.allowed == "4k or unset" && premium.model == "dreamina-seedance-2-5-premium-260915")
    }

    @Test(
        "a final is its draft task alone: inputs and settings the draft fixed are refused",
        arguments: [
            ("prompt", VideoRequest(prompt: "p", draftTaskID: "cgt-d")),
            ("referenceVideos", VideoRequest(referenceVideos: [video], draftTaskID: "cgt-d")),
            ("duration", VideoRequest(duration: .seconds(10), draftTaskID: "cgt-d")),
            ("aspectRatio", VideoRequest(aspectRatio: .adaptive, draftTaskID: "cgt-d")),
            ("seed", VideoRequest(seed: 42, draftTaskID: "cgt-d")),
            ("generateAudio", VideoRequest(generateAudio: true, draftTaskID: "cgt-d")),
            ("taskType", VideoRequest(draftTaskID: "cgt-d", taskType: .reference)),
            ("webSearch", VideoRequest(draftTaskID: "cgt-d", webSearch: true)),
        ])
    func finalReusesTheDraft(_ field: String, _ request: VideoRequest) throws {
        let error = try #require(Self.refusal(request))
        #expect(error.field == field && error.category == .invalidRequest && error.message.contains("cannot be set together with a draftTaskID"))
    }

    @Test("a final may set watermark, callback, priority, safety id, output format and return the last frame")
    func finalSettings() {
        let request = VideoRequest(
            resolution: .p1080, watermark: true, callbackURL: URL(string: "https://example.com/hook"), returnLastFrame: true,
            draftTaskID: "cgt-d", outputFormat: .mov, priority: 5, safetyIdentifier: "u-1")
        #expect(Self.refusal(request) == nil)
    }

    @Test("reference media make a prompt optional; text-to-video still needs one")
    func promptRule() throws {
        #expect(Self.refusal(VideoRequest(referenceVideos: [Self.video], taskType: .edit)) == nil)
        let error = try #require(Self.refusal(VideoRequest(duration: .seconds(5))))
        #expect(error.field == "prompt" && error.allowed == "a non-empty prompt, or a firstFrame (image-to-video), reference media, or a draftTaskID")
    }
}
