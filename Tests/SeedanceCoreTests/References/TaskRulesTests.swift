import Foundation
import SeedanceCore
import Testing

/// `RequestValidator` on the 2.x rules that span fields: `ReferenceTaskType` (edit, extend), the ratio 2.5 forces,
/// output format, priority, safety identifier and the request body budget.
@Suite("Task types, output format, priority, safety identifier, body budget")
struct TaskRulesTests {
    typealias F = ReferenceFixtures
    static let v2_5 = F.validator(.v2_5)

    @Test("a task type the model does not list is refused naming the listed ones; 2.0 takes none")
    func taskTypeList() throws {
        var model = Seedance2Model.v2_5.capabilities(id: F.v2_5)
        model.taskTypes = [.auto, .reference]
        let error = try F.refusal(
            VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], taskType: .edit), RequestValidator(provider: F.provider, model: model))
        #expect(error.field == "taskType" && error.value == "edit" && error.allowed == "auto, reference")
        let old = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], taskType: .reference))
        #expect(old.field == "taskType" && old.message.contains("is not supported"))
        try Self.v2_5.validate(VideoRequest(prompt: "p", referenceImages: [.url(F.image)], duration: .seconds(30), taskType: .reference))
    }

    @Test("edit and extend need a reference video", arguments: [ReferenceTaskType.edit, .extend])
    func sourceVideoRequired(taskType: ReferenceTaskType) throws {
        let error = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image)], taskType: taskType), Self.v2_5)
        #expect(error.field == "referenceVideos" && error.value == nil)
        #expect(error.allowed == "at least one reference video (the video to \(taskType.rawValue))")
        #expect(error.message.contains("is required for taskType \(taskType.rawValue)"))
    }

    @Test("edit takes no length but auto: it follows the source video", arguments: [VideoDuration.seconds(5), .seconds(30)])
    func editDuration(duration: VideoDuration) throws {
        let error = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], duration: duration, taskType: .edit), Self.v2_5)
        #expect(error.field == "duration" && error.value == duration.description && error.allowed == "auto or unset")
        #expect(error.message.contains("edit follows the source video's length"))
        try Self.v2_5.validate(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], duration: .auto, taskType: .edit))
        try Self.v2_5.validate(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], duration: .seconds(12), taskType: .extend))
    }

    @Test("edit and extend take only the adaptive ratio", arguments: [ReferenceTaskType.edit, .extend])
    func sourceVideoRatio(taskType: ReferenceTaskType) throws {
        let error = try F.refusal(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], aspectRatio: .r16x9, taskType: taskType), Self.v2_5)
        #expect(error.field == "aspectRatio" && error.value == "16:9" && error.allowed == "adaptive or unset")
        #expect(error.message.contains("is not allowed for taskType \(taskType.rawValue): the video keeps the source video's ratio"))
        try Self.v2_5.validate(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], aspectRatio: .adaptive, taskType: taskType))
        try Self.v2_5.validate(VideoRequest(prompt: "p", referenceVideos: [.url(F.video)], aspectRatio: .r9x16, taskType: .reference))
    }

    @Test("on 2.5 a first frame (with or without a last frame) takes only the adaptive ratio; 2.0 takes any listed ratio")
    func adaptiveForFrames() throws {
        let first = try F.refusal(VideoRequest(prompt: "p", firstFrame: .url(F.image), aspectRatio: .r9x16), Self.v2_5)
        #expect(first.field == "aspectRatio" && first.value == "9:16" && first.allowed == "adaptive or unset")
        #expect(first.message.contains("is not allowed with a first frame on this model"))
        let both = try F.refusal(VideoRequest(prompt: "p", firstFrame: .url(F.image), lastFrame: .url(F.image), aspectRatio: .r1x1), Self.v2_5)
        #expect(both.field == "aspectRatio" && both.message.contains("with first and last frames"))
        try Self.v2_5.validate(VideoRequest(prompt: "p", firstFrame: .url(F.image), aspectRatio: .adaptive))
        try Self.v2_5.validate(VideoRequest(prompt: "p", aspectRatio: .r21x9))
        try F.validator(.v2_0).validate(VideoRequest(prompt: "p", firstFrame: .url(F.image), aspectRatio: .r9x16))
    }

    @Test("output format: mp4 or mov on 2.5, refused as unsupported on 2.0")
    func outputFormat() throws {
        let error = try F.refusal(VideoRequest(prompt: "p", outputFormat: "webm"), Self.v2_5)
        #expect(error.field == "outputFormat" && error.value == "webm" && error.allowed == "mp4, mov")
        try Self.v2_5.validate(VideoRequest(prompt: "p", outputFormat: .mov))
        let old = try F.refusal(VideoRequest(prompt: "p", outputFormat: .mov))
        #expect(old.field == "outputFormat" && old.message.contains("is not supported"))
    }

    @Test("priority lies in 0…9", arguments: [-1, 10])
    func priority(value: Int) throws {
        let error = try F.refusal(VideoRequest(prompt: "p", priority: value))
        #expect(error.field == "priority" && error.value == String(value) && error.allowed == "0…9")
        try F.validator(.v2_0).validate(VideoRequest(prompt: "p", priority: 9))
    }

    @Test("a safety identifier is not blank and at most 64 characters")
    func safetyIdentifier() throws {
        let allowed = "1…64 characters (a stable, hashed id of your end user)"
        let blank = try F.refusal(VideoRequest(prompt: "p", safetyIdentifier: " "))
        #expect(blank.field == "safetyIdentifier" && blank.value == "\" \"" && blank.allowed == allowed && blank.message.contains("is blank"))
        let long = try F.refusal(VideoRequest(prompt: "p", safetyIdentifier: String(repeating: "é", count: 65)))
        #expect(long.field == "safetyIdentifier" && long.value == "of 65 characters" && long.allowed == allowed)
        try F.validator(.v2_0).validate(VideoRequest(prompt: "p", safetyIdentifier: String(repeating: "é", count: 64)))
    }

    @Test("4k is a resolution like any other: 2.0 and 2.5 Premium take it, 2.5 does not")
    func fourK() throws {
        let error = try F.refusal(VideoRequest(prompt: "p", resolution: "4K"), Self.v2_5)
        #expect(error.field == "resolution" && error.value == "4k" && error.allowed == "480p, 720p, 1080p")
        try F.validator(.v2_0).validate(VideoRequest(prompt: "p", resolution: .p4k))
        try F.validator(.v2_5Premium).validate(VideoRequest(prompt: "p", resolution: .p4k, duration: .seconds(30)))
        let long = try F.refusal(VideoRequest(prompt: "p", duration: .seconds(16)))
        #expect(long.field == "duration" && long.value == "16s" && long.allowed == "4…15 seconds, or auto")
    }

    @Test("the prompt and inline media, base64-encoded, must fit the body limit; counted before any media is inspected")
    func bodyBudget() throws {
        var model = Seedance2Model.v2_5.capabilities(id: F.v2_5)
        model.maxRequestBytes = 1000
        let request = VideoRequest(prompt: String(repeating: "a", count: 100), referenceAudios: [.data(Data(count: 700))])
        let error = try F.refusal(request, RequestValidator(provider: F.provider, model: model))
        // 100 prompt bytes + "data:image/jpeg;base64," (23) + 936 base64 characters.
        #expect(error.field == "request" && error.value == "of about 1059 bytes (prompt and inline media, base64-encoded)")
        #expect(error.allowed == "at most 1000 bytes in one request: pass large media as URLs or assets")
        // 48,000,000 bytes encode to exactly 64,000,000 characters: with the prefix, over the official 64 MB.
        let official = try F.refusal(VideoRequest(prompt: "p", referenceImages: [.url(F.image)], referenceAudios: [.data(Data(count: 48_000_000))]))
        #expect(official.field == "request" && official.value == "of about 64000024 bytes (prompt and inline media, base64-encoded)")
        #expect(official.allowed == "at most 64000000 bytes in one request: pass large media as URLs or assets")
    }
}
