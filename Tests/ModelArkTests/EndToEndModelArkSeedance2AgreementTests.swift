import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Seedance 2.0 and 2.5 on the official API: the adapter's validation (core reference rules, content-array rules) and
/// the simulated Ark server are two readings of docs/dialects/modelark.md; for every 2.x rule, at its edge, both accept
/// or both refuse. The adapter's body is sent even when it refuses (built without validating) so the simulator judges
/// the same request.
@Suite("End to end: ModelArk Seedance 2.x validation agrees with the simulated server", .timeLimit(.minutes(2)))
struct EndToEndModelArkSeedance2AgreementTests {
    typealias Case = EndToEndModelArkAgreementTests.Case

    static let v2_0 = ModelID.byteplusSeedance2_0
    static let fast = ModelID.byteplusSeedance2_0Fast
    static let mini = ModelID.byteplusSeedance2_0Mini
    static let v2_5 = ModelID.byteplusSeedance2_5
    static let premium = ModelID.byteplusSeedance2_5Premium
    static let image = MediaInput.url(URL(string: "https://example.com/a.png")!)
    static let video = MediaInput.url(URL(string: "https://example.com/a.mp4")!)
    static let audio = MediaInput.url(URL(string: "https://example.com/a.mp3")!)
    static func images(_ count: Int) -> [MediaInput] { (0..<count).map { .url(URL(string: "https://example.com/\($0).png")!) } }
    static func videos(_ count: Int) -> [MediaInput] { (0..<count).map { .url(URL(string: "https://example.com/\($0).mp4")!) } }
    static func audios(_ count: Int) -> [MediaInput] { (0..<count).map { .url(URL(string: "https://example.com/\($0).mp3")!) } }
    static func ask(_ name: String, _ request: VideoRequest) -> Case { Case(name: name, request: request) }

    /// The 2.0 family: durations, resolutions per model, fields 2.x does not take, priority and safety id bounds,
    /// 2.5-only fields, reference counts, audio alone, frames mixed with references.
    static let family2_0: [Case] = [
        ask("2.0 4k 15 s", VideoRequest(prompt: "p", model: v2_0, resolution: .p4k, duration: .seconds(15))),
        ask("2.0 16 s", VideoRequest(prompt: "p", model: v2_0, duration: .seconds(16))),
        ask("2.0 3 s", VideoRequest(prompt: "p", model: v2_0, duration: .seconds(3))),
        ask("2.0 auto duration", VideoRequest(prompt: "p", model: v2_0, duration: .auto)),
        ask("2.0 fast 1080p", VideoRequest(prompt: "p", model: fast, resolution: .p1080)),
        ask("2.0 fast 720p", VideoRequest(prompt: "p", model: fast, resolution: .p720)),
        ask("2.0 mini 4k", VideoRequest(prompt: "p", model: mini, resolution: .p4k)),
        ask("2.0 camera_fixed", VideoRequest(prompt: "p", model: v2_0, cameraFixed: true)),
        ask("2.0 frames", VideoRequest(prompt: "p", model: v2_0, duration: .frames(121))),
        ask("2.0 service_tier default", VideoRequest(prompt: "p", model: v2_0, serviceTier: .default)),
        ask("2.0 draft", VideoRequest(prompt: "p", model: v2_0, draft: true)),
        ask("2.0 priority 9", VideoRequest(prompt: "p", model: v2_0, priority: 9)),
        ask("2.0 priority 10", VideoRequest(prompt: "p", model: v2_0, priority: 10)),
        ask("2.0 safety id of 64", VideoRequest(prompt: "p", model: v2_0, safetyIdentifier: String(repeating: "a", count: 64))),
        ask("2.0 safety id of 65", VideoRequest(prompt: "p", model: v2_0, safetyIdentifier: String(repeating: "a", count: 65))),
        ask("2.0 web search", VideoRequest(prompt: "p", model: v2_0, webSearch: true)),
        ask("2.0 mov output", VideoRequest(prompt: "p", model: v2_0, outputFormat: .mov)),
        ask("2.0 task type", VideoRequest(prompt: "p", referenceVideos: [video], model: v2_0, taskType: .reference)),
        ask("2.0 9 reference images", VideoRequest(prompt: "p", referenceImages: images(9), model: v2_0)),
        ask("2.0 10 reference images", VideoRequest(prompt: "p", referenceImages: images(10), model: v2_0)),
        ask("2.0 3 reference videos", VideoRequest(prompt: "p", referenceVideos: videos(3), model: v2_0)),
        ask("2.0 4 reference videos", VideoRequest(prompt: "p", referenceVideos: videos(4), model: v2_0)),
        ask("2.0 4 reference audio clips", VideoRequest(prompt: "p", referenceImages: [image], referenceAudios: audios(4), model: v2_0)),
        ask("2.0 audio alone", VideoRequest(prompt: "p", referenceAudios: [audio], model: v2_0)),
        ask("2.0 audio with an image", VideoRequest(prompt: "p", referenceImages: [image], referenceAudios: [audio], model: v2_0)),
        ask("2.0 first frame with a reference image", VideoRequest(prompt: "p", firstFrame: image, referenceImages: [image], model: v2_0)),
        ask("2.0 first and last frame", VideoRequest(prompt: "p", firstFrame: image, lastFrame: image, model: v2_0, aspectRatio: .r16x9)),
        ask("2.0 asset reference video", VideoRequest(prompt: "p", referenceVideos: [.asset("asset-1")], model: v2_0)),
        ask("2.0 no prompt, no media", VideoRequest(model: v2_0, duration: .seconds(5))),
    ]

    /// The 2.5 line: 30 s, 1080p vs 4k, task types and their constraints, adaptive-only ratios, audio alone, counts,
    /// mov, drafts.
    static let line2_5: [Case] = [
        ask("2.5 30 s", VideoRequest(prompt: "p", model: v2_5, duration: .seconds(30))),
        ask("2.5 31 s", VideoRequest(prompt: "p", model: v2_5, duration: .seconds(31))),
        ask("2.5 1080p", VideoRequest(prompt: "p", model: v2_5, resolution: .p1080)),
        ask("2.5 4k", VideoRequest(prompt: "p", model: v2_5, resolution: .p4k)),
        ask("2.5 Premium 4k", VideoRequest(prompt: "p", model: premium, resolution: .p4k)),
        ask("2.5 mov output", VideoRequest(prompt: "p", model: v2_5, outputFormat: .mov)),
        ask("2.5 edit", VideoRequest(prompt: "p", referenceVideos: [video], model: v2_5, aspectRatio: .adaptive, duration: .auto, taskType: .edit)),
        ask("2.5 edit without a video", VideoRequest(prompt: "p", referenceImages: [image], model: v2_5, duration: .auto, taskType: .edit)),
        ask("2.5 edit of 10 s", VideoRequest(prompt: "p", referenceVideos: [video], model: v2_5, duration: .seconds(10), taskType: .edit)),
        ask("2.5 edit at 16:9", VideoRequest(prompt: "p", referenceVideos: [video], model: v2_5, aspectRatio: .r16x9, duration: .auto, taskType: .edit)),
        ask("2.5 extend", VideoRequest(prompt: "p", referenceVideos: [video], model: v2_5, duration: .seconds(10), taskType: .extend)),
        ask("2.5 extend without a video", VideoRequest(prompt: "p", referenceImages: [image], model: v2_5, taskType: .extend)),
        ask("2.5 reference task", VideoRequest(prompt: "p", referenceImages: [image], model: v2_5, aspectRatio: .r9x16, taskType: .reference)),
        ask("2.5 first frame at 16:9", VideoRequest(prompt: "p", firstFrame: image, model: v2_5, aspectRatio: .r16x9)),
        ask("2.5 first frame adaptive", VideoRequest(prompt: "p", firstFrame: image, model: v2_5, aspectRatio: .adaptive)),
        ask("2.5 audio alone", VideoRequest(prompt: "p", referenceAudios: [audio], model: v2_5)),
        ask("2.5 30 reference images", VideoRequest(prompt: "p", referenceImages: images(30), model: v2_5)),
        ask("2.5 31 reference images", VideoRequest(prompt: "p", referenceImages: images(31), model: v2_5)),
        ask("2.5 11 reference videos", VideoRequest(prompt: "p", referenceVideos: videos(11), model: v2_5)),
        ask("2.5 draft at 480p", VideoRequest(prompt: "p", model: v2_5, resolution: .p480, draft: true)),
        ask("2.5 draft at 720p", VideoRequest(prompt: "p", model: v2_5, resolution: .p720, draft: true)),
        ask("2.5 draft with last frame", VideoRequest(prompt: "p", model: v2_5, returnLastFrame: true, draft: true)),
        ask("2.5 service_tier flex", VideoRequest(prompt: "p", model: v2_5, serviceTier: .flex)),
    ]

    @Test("the adapter's validation and the simulator agree", arguments: family2_0 + line2_5)
    func agree(_ item: Case) async throws {
        let rig = ModelArkRig()
        let dialect = rig.dialect()
        let adapterAccepts = (try? dialect.validate(item.request)) != nil
        let answer = try await rig.send(try dialect.makeCreateRequest(item.request))
        #expect(adapterAccepts == (answer.status == 200), "adapter \(adapterAccepts), simulator \(answer.status): \(JSONAssert.parse(answer.body))")
    }

    /// Draft → final against a finished draft: 1080p on 2.5 and 4k on Premium pass both; another resolution is refused
    /// by both (a resolution the model has: `InvalidResolutionParameter`; one it lacks: `InvalidParameter`).
    @Test(
        "draft → final: the final's resolution agrees",
        arguments: [
            (v2_5, Resolution.p1080, nil), (v2_5, .p720, "InvalidResolutionParameter"), (v2_5, .p4k, "InvalidParameter"), (premium, .p4k, nil),
            (premium, .p1080, "InvalidResolutionParameter"),
        ])
    func finalFromADraft(_ model: ModelID, _ resolution: Resolution, _ refusal: String?) async throws {
        let rig = ModelArkRig()
        let draft = try await rig.create(VideoRequest(prompt: "p", model: model, resolution: .p480, draft: true), model: model)
        #expect(try await rig.waitUntilTerminal(draft).status == .succeeded)
        let final = VideoRequest(model: model, resolution: resolution, watermark: false, draftTaskID: draft)
        let dialect = rig.dialect()
        #expect(((try? dialect.validate(final)) != nil) == (refusal == nil))
        let answer = try await rig.send(try dialect.makeCreateRequest(final))
        #expect((answer.status == 200) == (refusal == nil), "\(JSONAssert.parse(answer.body))")
        if let refusal { #expect(JSONAssert.parse(answer.body)["error"]?["code"] == .string(refusal)) }
    }

    /// A prompt beside a draft task id would be dropped from the body (the `draft_task` item must be alone), so the
    /// adapter refuses it; the body it would send is the bare final, which the simulator accepts.
    @Test("known difference: a prompt beside a draft task id is refused by the adapter; the body sent carries only the draft task")
    func promptBesideADraftTask() async throws {
        let rig = ModelArkRig()
        let draft = try await rig.create(VideoRequest(prompt: "p", model: Self.v2_5, draft: true), model: Self.v2_5)
        _ = try await rig.waitUntilTerminal(draft)
        let request = VideoRequest(prompt: "p", model: Self.v2_5, draftTaskID: draft)
        let error = #expect(throws: SeedanceError.self) { try rig.dialect().validate(request) }
        #expect(error?.field == "prompt")
        let built = try rig.dialect().makeCreateRequest(request)
        #expect(JSONAssert.parse(built.body)["content"] == [["type": "draft_task", "draft_task": ["id": .string(draft.rawValue)]]])
        #expect(try await rig.send(built).status == 200)
    }
}
