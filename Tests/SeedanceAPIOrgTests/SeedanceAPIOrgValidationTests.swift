import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceTestSupport

/// One request that validation must refuse, and the field it must name.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var request: VideoRequest
    var field: String
    var testDescription: String { name }
}

private let first = MediaInput.url(URL(string: "https://example.com/first.jpg")!)

private let invalidCases: [InvalidCase] = [
    InvalidCase(name: "missing prompt", request: VideoRequest(), field: "prompt"),
    InvalidCase(name: "empty prompt", request: VideoRequest(prompt: ""), field: "prompt"),
    InvalidCase(name: "prompt of 2001 characters", request: VideoRequest(prompt: String(repeating: "a", count: 2001)), field: "prompt"),
    InvalidCase(name: "last frame", request: VideoRequest(prompt: "a cat", firstFrame: first, lastFrame: first), field: "lastFrame"),
    InvalidCase(name: "inline first frame", request: VideoRequest(prompt: "a cat", firstFrame: .data(Data([0xFF, 0xD8, 0xFF, 0xE0]))), field: "firstFrame"),
    InvalidCase(
        name: "data URL first frame", request: VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "data:image/jpeg;base64,/9j/4AAQ")!)),
        field: "firstFrame"),
    InvalidCase(
        name: "ftp first frame", request: VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "ftp://example.com/a.jpg")!)), field: "firstFrame"),
    InvalidCase(name: "1080p", request: VideoRequest(prompt: "a cat", resolution: .p1080), field: "resolution"),
    InvalidCase(name: "adaptive ratio", request: VideoRequest(prompt: "a cat", aspectRatio: .adaptive), field: "aspectRatio"),
    InvalidCase(name: "2:1 ratio", request: VideoRequest(prompt: "a cat", aspectRatio: "2:1"), field: "aspectRatio"),
    InvalidCase(name: "5 s", request: VideoRequest(prompt: "a cat", duration: .seconds(5)), field: "duration"),
    InvalidCase(name: "10 s", request: VideoRequest(prompt: "a cat", duration: .seconds(10)), field: "duration"),
    InvalidCase(name: "auto duration", request: VideoRequest(prompt: "a cat", duration: .auto), field: "duration"),
    InvalidCase(name: "frames", request: VideoRequest(prompt: "a cat", duration: .frames(121)), field: "frames"),
    InvalidCase(name: "http callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "http://example.com/cb")!), field: "callbackURL"),
    InvalidCase(
        name: "localhost callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://localhost:8443/cb")!), field: "callbackURL"),
    InvalidCase(name: "127.0.0.1 callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://127.0.0.1/cb")!), field: "callbackURL"),
    InvalidCase(name: "seed", request: VideoRequest(prompt: "a cat", seed: 7), field: "seed"),
    InvalidCase(name: "watermark", request: VideoRequest(prompt: "a cat", watermark: false), field: "watermark"),
    InvalidCase(name: "return last frame", request: VideoRequest(prompt: "a cat", returnLastFrame: true), field: "returnLastFrame"),
    InvalidCase(name: "draft", request: VideoRequest(prompt: "a cat", draft: true), field: "draft"),
    InvalidCase(name: "draft task", request: VideoRequest(prompt: "a cat", draftTaskID: "t"), field: "draftTask"),
    InvalidCase(name: "service tier", request: VideoRequest(prompt: "a cat", serviceTier: .default), field: "serviceTier"),
    InvalidCase(name: "expiry", request: VideoRequest(prompt: "a cat", executionExpiresAfter: 3600), field: "executionExpiresAfter"),
    InvalidCase(name: "frames per second", request: VideoRequest(prompt: "a cat", framesPerSecond: 24), field: "framesPerSecond"),
    InvalidCase(name: "another model", request: VideoRequest(prompt: "a cat", model: "seedance-2.0-fast"), field: "model"),
    InvalidCase(name: "extra field overwriting duration", request: VideoRequest(prompt: "a cat", extraFields: ["duration": 8]), field: "extraFields.duration"),
]

@Suite struct SeedanceAPIOrgValidationTests {
    let dialect = SeedanceAPIOrg()

    @Test(arguments: invalidCases)
    func invalidRequestIsRefusedBeforeSending(_ invalid: InvalidCase) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"code":200,"message":"success","data":{"task_id":"t"}}"#)])
        let error = await #expect(throws: SeedanceError.self) {
            try dialect.validate(invalid.request)
            _ = try await transport.send(try dialect.makeCreateRequest(invalid.request))
        }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == invalid.field)
        #expect(error?.provider == "seedanceapi.org")
        #expect(transport.requests.isEmpty)
    }

    @Test func lastFrameErrorSaysOneImageAndNamesADialectThatCan() {
        let error = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "a cat", firstFrame: first, lastFrame: first)) }
        #expect(error?.message.contains("takes one image") == true)
        #expect(error?.message.contains("APIXO") == true)
    }

    @Test func refusalsNameWhatIsAllowed() {
        let duration = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "a cat", duration: .seconds(5))) }
        #expect(duration?.value == "5s")
        #expect(duration?.allowed == "4, 8, 12 seconds")
        let callback = #expect(throws: SeedanceError.self) {
            try dialect.validate(VideoRequest(prompt: "a", callbackURL: URL(string: "https://localhost/cb")!))
        }
        #expect(callback?.allowed == "a public https URL (not localhost)")
    }

    @Test func everyDocumentedValueIsAccepted() throws {
        for ratio in [AspectRatio.r1x1, .r16x9, .r9x16, .r4x3, .r3x4, .r21x9, .r9x21] {
            try dialect.validate(VideoRequest(prompt: "a cat", aspectRatio: ratio))
        }
        for seconds in [4, 8, 12] { try dialect.validate(VideoRequest(prompt: "a cat", duration: .seconds(seconds))) }
        for resolution in [Resolution.p480, .p720] { try dialect.validate(VideoRequest(prompt: "a cat", resolution: resolution)) }
        try dialect.validate(
            VideoRequest(prompt: String(repeating: "a", count: 2000), firstFrame: first, model: "seedance-1.5", generateAudio: false, cameraFixed: true))
        try dialect.validate(VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://hooks.example.com/cb")!))
    }

    @Test func loopbackCallbackIsAcceptedOnlyAgainstALoopbackSimulator() throws {
        let simulator = SeedanceAPIOrg(baseURL: URL(string: "http://127.0.0.1:9000/v1")!)
        try simulator.validate(VideoRequest(prompt: "a cat", callbackURL: URL(string: "http://127.0.0.1:9100/cb")!))
    }
}
