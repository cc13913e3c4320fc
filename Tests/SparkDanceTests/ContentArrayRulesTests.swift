import Foundation
import SeedanceContentArray
import SeedanceCore
import Testing

/// ``ContentArrayRules``: the request rules every Seedance 1.x content-array dialect shares (draft mode, final from a
/// draft, fields the SDK writes itself), over the ``Seedance1Limits`` a model is built from; ``ContentImageRole``
/// names a frame's role on the wire.
@Suite("Content-array rules and Seedance 1.x limits", .timeLimit(.minutes(3)))
struct ContentArrayRulesTests {
    static let pro15 = ContentArrayRules(provider: "sparkdance", model: Seedance1Model.v1_5Pro.capabilities(id: "seedance-1-5-pro"))
    static let image = MediaInput.url(URL(string: "https://example.com/a.png")!)

    static func refusal(_ request: VideoRequest, rules: ContentArrayRules = pro15) -> SeedanceError? {
        do {
            try rules.validate(request)
            return nil
        } catch {
            return error as? SeedanceError
        }
    }

    @Test("draft mode: only the draft resolution, no last frame, no flex tier; each refusal names the field and what is allowed")
    func draftMode() throws {
        #expect(Self.refusal(VideoRequest(prompt: "p", resolution: Seedance1Limits.draftResolution, draft: true)) == nil)
        let resolution = try #require(Self.refusal(VideoRequest(prompt: "p", resolution: .p720, draft: true)))
        #expect(resolution.category == .invalidRequest && resolution.field == "resolution" && resolution.allowed == "480p or unset")
        #expect(
            resolution.message
                == "resolution 720p is not allowed in draft mode (drafts are rendered at 480p) for seedance-1-5-pro on sparkdance; allowed: 480p or unset")
        let frame = try #require(Self.refusal(VideoRequest(prompt: "p", returnLastFrame: true, draft: true)))
        #expect(frame.field == "returnLastFrame" && frame.allowed == "false or unset")
        let flex = try #require(Self.refusal(VideoRequest(prompt: "p", serviceTier: .flex, draft: true)))
        #expect(flex.field == "serviceTier" && flex.value == "flex" && flex.allowed == "default or unset")
    }

    @Test("a final video from a draft: every field it reuses from the draft is refused; draft and draftTaskID together are refused")
    func finalFromDraft() throws {
        #expect(Self.refusal(VideoRequest(resolution: .p1080, draftTaskID: "d-1")) == nil)
        let both = try #require(Self.refusal(VideoRequest(draft: true, draftTaskID: "d-1")))
        #expect(both.field == "draft" && both.allowed == "unset or false together with a draftTaskID")
        let blank = try #require(Self.refusal(VideoRequest(draftTaskID: "  ")))
        #expect(blank.field == "draftTask" && blank.allowed == "the id of an earlier draft task")
        for request in [
            VideoRequest(prompt: "p", draftTaskID: "d-1"), VideoRequest(seed: 7, draftTaskID: "d-1"),
            VideoRequest(duration: .seconds(5), draftTaskID: "d-1"),
        ] {
            let error = try #require(Self.refusal(request))
            #expect(ContentArrayRules.fieldsReusedFromDraft.map(\.rawValue).contains(error.field ?? ""))
            #expect(error.message.contains("cannot be set together with a draftTaskID"), "\(error.message)")
        }
    }

    @Test("text-to-video needs a prompt; keys the SDK writes are refused in extraFields; reserved keys join them")
    func promptAndExtraFields() throws {
        let empty = try #require(Self.refusal(VideoRequest(prompt: "   ")))
        #expect(empty.field == "prompt" && empty.allowed == "a non-empty prompt, or a firstFrame (image-to-video), reference media, or a draftTaskID")
        #expect(Self.refusal(VideoRequest(firstFrame: Self.image)) == nil)
        let modelled = try #require(Self.refusal(VideoRequest(prompt: "p", extraFields: ["seed": 1])))
        #expect(modelled.field == "extraFields.seed" && modelled.message.contains("is a field the SDK sets itself"))
        #expect(Self.refusal(VideoRequest(prompt: "p", extraFields: ["optimize_prompt": true])) == nil)
        let reserving = ContentArrayRules(provider: "modelark", model: Self.pro15.model, reservedKeys: ["optimize_prompt"])
        #expect(Self.refusal(VideoRequest(prompt: "p", extraFields: ["optimize_prompt": true]), rules: reserving)?.field == "extraFields.optimize_prompt")
    }

    @Test("the Seedance 1.x limits a model is built from: seeds, expiry, ratios, 24 fps, durations, images")
    func limits() throws {
        #expect(Seedance1Limits.seedRange == -1...4_294_967_295 && Seedance1Limits.expiryRange == 3600...259_200)
        #expect(Seedance1Limits.resolutions == [.p480, .p720, .p1080] && Seedance1Limits.framesPerSecond == 24)
        #expect(Seedance1Limits.ratios.contains(.adaptive) && Seedance1Limits.serviceTiers == [.default, .flex])
        #expect(Seedance1Limits.images(heif: false, maxImages: 0).maxImages == 0)
        #expect(Seedance1Limits.images(heif: true).formats.contains(.heif) && !Seedance1Limits.images(heif: false).formats.contains(.heif))
        let pro10 = ContentArrayRules(provider: "sparkdance", model: Seedance1Model.v1_0Pro.capabilities(id: "seedance-1-0-pro"))
        let seed = try #require(Self.refusal(VideoRequest(prompt: "p", seed: Seedance1Limits.seedRange.upperBound + 1), rules: pro10))
        #expect(seed.field == "seed")
        #expect(Self.refusal(VideoRequest(prompt: "p", seed: Seedance1Limits.seedRange.upperBound), rules: pro10) == nil)
        let long = try #require(Self.refusal(VideoRequest(prompt: "p", duration: .seconds(13)), rules: pro10))
        #expect(long.field == "duration")
        #expect(Self.refusal(VideoRequest(prompt: "p", duration: .seconds(12)), rules: pro10) == nil)
    }

    @Test("image roles: a first and a last frame are sent with their roles; an open role keeps its spelling")
    func imageRoles() throws {
        let parameters = try ContentArrayParameters(
            VideoRequest(prompt: "p", firstFrame: Self.image, lastFrame: .url(URL(string: "https://example.com/b.png")!)), provider: "test")
        #expect(parameters.content.contains(.image(url: "https://example.com/a.png", role: ContentImageRole.firstFrame)))
        #expect(parameters.content.contains(.image(url: "https://example.com/b.png", role: .lastFrame)))
        #expect(ContentImageRole.firstFrame.rawValue == "first_frame" && ContentImageRole.lastFrame.rawValue == "last_frame")
        let reference: ContentImageRole = "reference_image"
        #expect(ContentItem.image(url: "u", role: reference).jsonValue == ["type": "image_url", "image_url": ["url": "u"], "role": "reference_image"])
    }
}
