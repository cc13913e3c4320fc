import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

/// A request the dialect must refuse before anything is sent, and the field it must name.
struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var request: VideoRequest
    var field: String
    var model: ModelID = .vtrixSeedance1_5Pro
    var testDescription: String { name }
}

@Suite struct SparkDanceValidationTests {
    static let first = MediaInput.url(URL(string: "https://example.com/first.png")!)
    static let last = MediaInput.url(URL(string: "https://example.com/last.png")!)
    static let v10: ModelID = .vtrixSeedance1_0Pro

    static let refusals: [Refusal] = [
        Refusal(name: "unknown model", request: VideoRequest(prompt: "p", model: "spark_dance_v2_5"), field: "model", model: "spark_dance_v2_5"),
        Refusal(name: "text-to-video without a prompt", request: VideoRequest(resolution: .p720), field: "prompt"),
        Refusal(name: "text-to-video with a blank prompt", request: VideoRequest(prompt: "  \n"), field: "prompt"),
        Refusal(name: "last frame without first", request: VideoRequest(prompt: "p", lastFrame: last), field: "lastFrame"),
        Refusal(name: "1.5 Pro duration below 4", request: VideoRequest(prompt: "p", duration: .seconds(3)), field: "duration"),
        Refusal(name: "1.5 Pro duration above 12", request: VideoRequest(prompt: "p", duration: .seconds(13)), field: "duration"),
        Refusal(name: "1.5 Pro frames", request: VideoRequest(prompt: "p", duration: .frames(57)), field: "frames"),
        Refusal(name: "1.0 Pro auto duration", request: VideoRequest(prompt: "p", model: v10, duration: .auto), field: "duration", model: v10),
        Refusal(name: "1.0 Pro duration below 2", request: VideoRequest(prompt: "p", model: v10, duration: .seconds(1)), field: "duration", model: v10),
        Refusal(name: "frames not 25+4n", request: VideoRequest(prompt: "p", model: v10, duration: .frames(58)), field: "frames", model: v10),
        Refusal(name: "frames below 29", request: VideoRequest(prompt: "p", model: v10, duration: .frames(25)), field: "frames", model: v10),
        Refusal(name: "frames above 289", request: VideoRequest(prompt: "p", model: v10, duration: .frames(293)), field: "frames", model: v10),
        Refusal(name: "generate_audio on 1.0 Pro", request: VideoRequest(prompt: "p", model: v10, generateAudio: true), field: "generateAudio", model: v10),
        Refusal(name: "draft on 1.0 Pro", request: VideoRequest(prompt: "p", model: v10, draft: true), field: "draft", model: v10),
        Refusal(name: "draft task on 1.0 Pro", request: VideoRequest(model: v10, draftTaskID: "d1"), field: "draftTask", model: v10),
        Refusal(name: "draft at 720p", request: VideoRequest(prompt: "p", resolution: .p720, draft: true), field: "resolution"),
        Refusal(name: "draft with last frame", request: VideoRequest(prompt: "p", returnLastFrame: true, draft: true), field: "returnLastFrame"),
        Refusal(name: "draft on flex", request: VideoRequest(prompt: "p", serviceTier: .flex, draft: true), field: "serviceTier"),
        Refusal(name: "draft and draft task", request: VideoRequest(draft: true, draftTaskID: "d1"), field: "draft"),
        Refusal(name: "empty draft task id", request: VideoRequest(draftTaskID: ""), field: "draftTask"),
        Refusal(name: "prompt with a draft task", request: VideoRequest(prompt: "p", draftTaskID: "d1"), field: "prompt"),
        Refusal(name: "image with a draft task", request: VideoRequest(firstFrame: first, draftTaskID: "d1"), field: "firstFrame"),
        Refusal(name: "seed with a draft task", request: VideoRequest(seed: 3, draftTaskID: "d1"), field: "seed"),
        Refusal(name: "duration with a draft task", request: VideoRequest(duration: .seconds(5), draftTaskID: "d1"), field: "duration"),
        Refusal(name: "seed below -1", request: VideoRequest(prompt: "p", seed: -2), field: "seed"),
        Refusal(name: "seed above 2^32-1", request: VideoRequest(prompt: "p", seed: 4_294_967_296), field: "seed"),
        Refusal(name: "expiry below 3600", request: VideoRequest(prompt: "p", executionExpiresAfter: 3599), field: "executionExpiresAfter"),
        Refusal(name: "expiry above 259200", request: VideoRequest(prompt: "p", executionExpiresAfter: 259_201), field: "executionExpiresAfter"),
        Refusal(name: "unknown service tier", request: VideoRequest(prompt: "p", serviceTier: "batch"), field: "serviceTier"),
        Refusal(name: "unknown resolution", request: VideoRequest(prompt: "p", resolution: "2k"), field: "resolution"),
        Refusal(name: "unknown ratio", request: VideoRequest(prompt: "p", aspectRatio: "2:1"), field: "aspectRatio"),
        Refusal(name: "frames per second", request: VideoRequest(prompt: "p", framesPerSecond: 24), field: "framesPerSecond"),
        Refusal(name: "callback not http", request: VideoRequest(prompt: "p", callbackURL: URL(string: "ftp://example.com/x")), field: "callbackURL"),
        Refusal(name: "heic bytes on 1.0 Pro", request: VideoRequest(firstFrame: .data(TestImages.heic), model: v10), field: "firstFrame", model: v10),
        Refusal(
            name: "heic URL on 1.0 Pro", request: VideoRequest(firstFrame: .url(URL(string: "https://example.com/a.HEIC")!), model: v10), field: "firstFrame",
            model: v10),
        Refusal(name: "uppercase data URL", request: VideoRequest(firstFrame: .url(URL(string: "data:image/PNG;base64,iVBORw0KGgo=")!)), field: "firstFrame"),
        Refusal(name: "image side below 300 px", request: VideoRequest(firstFrame: .data(TestImages.png(width: 299, height: 400))), field: "firstFrame"),
        Refusal(name: "image side above 6000 px", request: VideoRequest(firstFrame: .data(TestImages.png(width: 6001, height: 4000))), field: "firstFrame"),
        Refusal(name: "image ratio 2.5", request: VideoRequest(firstFrame: .data(TestImages.png(width: 2500, height: 1000))), field: "firstFrame"),
        Refusal(name: "image ratio 0.4", request: VideoRequest(firstFrame: .data(TestImages.png(width: 400, height: 1000))), field: "firstFrame"),
        Refusal(name: "image not http", request: VideoRequest(firstFrame: .url(URL(string: "ftp://example.com/a.png")!)), field: "firstFrame"),
        Refusal(name: "bytes that are not an image", request: VideoRequest(firstFrame: .data(Data("hello".utf8))), field: "firstFrame"),
        Refusal(
            name: "image on Lite text-to-video", request: VideoRequest(prompt: "p", firstFrame: first, model: .vtrixSeedance1_0LiteT2V), field: "firstFrame",
            model: .vtrixSeedance1_0LiteT2V),
        Refusal(name: "extra field shadowing duration", request: VideoRequest(prompt: "p", extraFields: ["duration": 5]), field: "extraFields.duration"),
        Refusal(name: "extra field shadowing content", request: VideoRequest(prompt: "p", extraFields: ["content": []]), field: "extraFields.content"),
    ]

    @Test(arguments: refusals)
    func refusedBeforeAnythingIsSent(_ refusal: Refusal) async throws {
        let transport = ScriptedTransport(fallback: ScriptedTransport.json(200, #"{"id": "task_should_not_exist"}"#))
        let error = try #require(await Self.submit(refusal.request, through: transport))
        #expect(error.category == .invalidRequest)
        #expect(error.field == refusal.field)
        #expect(error.provider == "vtrix")
        #expect(error.model == refusal.model)
        #expect(error.allowed != nil)
        #expect(error.message.contains(refusal.field) && error.message.contains("vtrix") && error.message.contains(refusal.model.rawValue))
        #expect(transport.requests.isEmpty)
    }

    @Test func anImageOf30MiBIsRefused() throws {
        var bytes = TestImages.png(width: 1000, height: 1000)
        bytes.append(Data(count: 30 * 1024 * 1024 - bytes.count))
        #expect { try SparkDance(model: .vtrixSeedance1_5Pro).validate(VideoRequest(firstFrame: .data(bytes))) } throws: { error in
            let error = error as? SeedanceError
            return error?.field == "firstFrame" && error?.value == "of \(30 * 1024 * 1024) bytes"
        }
    }

    @Test func messagesNameValueAndAllowedValues() throws {
        let error = try #require(SparkDanceValidationTests.rejection(VideoRequest(prompt: "p", duration: .seconds(3))))
        #expect(error.value == "3s")
        #expect(error.allowed == "4…12 seconds, or auto")
        let frames = try #require(SparkDanceValidationTests.rejection(VideoRequest(prompt: "p", model: Self.v10, duration: .frames(58))))
        #expect(frames.allowed == "frames of the form 25+4n within 29…289")
        let draft = try #require(SparkDanceValidationTests.rejection(VideoRequest(prompt: "p", resolution: .p1080, draft: true)))
        #expect(draft.value == "1080p" && draft.allowed == "480p or unset")
    }

    static let accepted: [VideoRequest] = [
        VideoRequest(prompt: "p", duration: .seconds(4)),
        VideoRequest(prompt: "p", duration: .seconds(12)),
        VideoRequest(prompt: "p", resolution: .p1080, duration: .auto, seed: 4_294_967_295, executionExpiresAfter: 259_200),
        VideoRequest(firstFrame: first),
        VideoRequest(firstFrame: first, lastFrame: last, seed: -1, serviceTier: .flex, executionExpiresAfter: 3600),
        VideoRequest(firstFrame: .data(TestImages.heic)),
        VideoRequest(firstFrame: .data(TestImages.png(width: 300, height: 600))),
        VideoRequest(prompt: "p", resolution: .p480, draft: true),
        VideoRequest(prompt: "p", draft: false),
        VideoRequest(resolution: .p1080, watermark: true, serviceTier: .flex, returnLastFrame: true, draftTaskID: "d1"),
        VideoRequest(prompt: "p", model: v10, duration: .seconds(2)),
        VideoRequest(prompt: "p", model: v10, duration: .frames(29)),
        VideoRequest(prompt: "p", model: v10, duration: .frames(289)),
        VideoRequest(prompt: "p", model: .vtrixSeedance1_0ProFast, resolution: .p1080, duration: .frames(57)),
        VideoRequest(prompt: "p", model: .vtrixSeedance1_0LiteT2V, aspectRatio: .r21x9),
        VideoRequest(prompt: "p", extraFields: ["optimize_prompt": true]),
    ]

    @Test(arguments: accepted)
    func documentedBoundariesAreAccepted(_ request: VideoRequest) throws {
        try SparkDance(model: .vtrixSeedance1_5Pro).validate(request)
    }

    static func rejection(_ request: VideoRequest) -> SeedanceError? {
        do {
            try SparkDance(model: .vtrixSeedance1_5Pro).validate(request)
            return nil
        } catch {
            return error as? SeedanceError
        }
    }

    /// What the client does: validate, and only then build and send.
    static func submit(_ request: VideoRequest, through transport: ScriptedTransport) async -> SeedanceError? {
        let dialect = SparkDance(model: .vtrixSeedance1_5Pro)
        do {
            try dialect.validate(request)
            _ = try await transport.send(try dialect.makeCreateRequest(request))
            return nil
        } catch {
            return error as? SeedanceError
        }
    }
}
