import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

/// One request that validation must refuse, and the field it must name.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var request: VideoRequest
    var field: String
    var testDescription: String { name }
}

private let start = MediaInput.url(URL(string: "https://example.com/start.png")!)
private let pngBytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 24))

private let invalidCases: [InvalidCase] = [
    InvalidCase(name: "missing prompt", request: VideoRequest(), field: "prompt"),
    InvalidCase(name: "blank prompt", request: VideoRequest(prompt: "   "), field: "prompt"),
    InvalidCase(name: "prompt of 2 characters", request: VideoRequest(prompt: "ab"), field: "prompt"),
    InvalidCase(name: "prompt of 2501 characters", request: VideoRequest(prompt: String(repeating: "a", count: 2501)), field: "prompt"),
    InvalidCase(name: "inline first frame", request: VideoRequest(prompt: "a cat", firstFrame: .data(pngBytes)), field: "firstFrame"),
    InvalidCase(
        name: "data URL first frame", request: VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "data:image/png;base64,iVBORw0KGgo=")!)),
        field: "firstFrame"),
    InvalidCase(
        name: "ftp first frame", request: VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "ftp://example.com/a.png")!)), field: "firstFrame"),
    InvalidCase(
        name: "bmp first frame", request: VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "https://example.com/a.bmp")!)), field: "firstFrame"),
    InvalidCase(
        name: "gif end frame", request: VideoRequest(prompt: "a cat", firstFrame: start, lastFrame: .url(URL(string: "https://example.com/b.gif")!)),
        field: "lastFrame"),
    InvalidCase(name: "inline end frame", request: VideoRequest(prompt: "a cat", firstFrame: start, lastFrame: .data(pngBytes)), field: "lastFrame"),
    InvalidCase(name: "end frame without first", request: VideoRequest(prompt: "a cat", lastFrame: start), field: "lastFrame"),
    InvalidCase(name: "1080p", request: VideoRequest(prompt: "a cat", resolution: .p1080), field: "resolution"),
    InvalidCase(name: "adaptive ratio", request: VideoRequest(prompt: "a cat", aspectRatio: .adaptive), field: "aspectRatio"),
    InvalidCase(name: "9:21 ratio", request: VideoRequest(prompt: "a cat", aspectRatio: .r9x21), field: "aspectRatio"),
    InvalidCase(name: "3 s", request: VideoRequest(prompt: "a cat", duration: .seconds(3)), field: "duration"),
    InvalidCase(name: "13 s", request: VideoRequest(prompt: "a cat", duration: .seconds(13)), field: "duration"),
    InvalidCase(name: "auto duration", request: VideoRequest(prompt: "a cat", duration: .auto), field: "duration"),
    InvalidCase(name: "frames", request: VideoRequest(prompt: "a cat", duration: .frames(121)), field: "frames"),
    InvalidCase(name: "http callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "http://example.com/cb")!), field: "callbackURL"),
    InvalidCase(name: "localhost callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://localhost/cb")!), field: "callbackURL"),
    InvalidCase(name: "ftp callback", request: VideoRequest(prompt: "a cat", callbackURL: URL(string: "ftp://example.com/cb")!), field: "callbackURL"),
    InvalidCase(name: "seed", request: VideoRequest(prompt: "a cat", seed: 7), field: "seed"),
    InvalidCase(name: "watermark", request: VideoRequest(prompt: "a cat", watermark: true), field: "watermark"),
    InvalidCase(name: "return last frame", request: VideoRequest(prompt: "a cat", returnLastFrame: true), field: "returnLastFrame"),
    InvalidCase(name: "draft", request: VideoRequest(prompt: "a cat", draft: true), field: "draft"),
    InvalidCase(name: "draft task", request: VideoRequest(prompt: "a cat", draftTaskID: "task_1"), field: "draftTask"),
    InvalidCase(name: "service tier", request: VideoRequest(prompt: "a cat", serviceTier: .flex), field: "serviceTier"),
    InvalidCase(name: "expiry", request: VideoRequest(prompt: "a cat", executionExpiresAfter: 3600), field: "executionExpiresAfter"),
    InvalidCase(name: "frames per second", request: VideoRequest(prompt: "a cat", framesPerSecond: 24), field: "framesPerSecond"),
    InvalidCase(name: "another model", request: VideoRequest(prompt: "a cat", model: "seedance-1-0-pro"), field: "model"),
    InvalidCase(name: "extra field overwriting duration", request: VideoRequest(prompt: "a cat", extraFields: ["duration": 20]), field: "extraFields.duration"),
]

@Suite struct APIXOValidationTests {
    let dialect = APIXO()

    @Test(arguments: invalidCases)
    func invalidRequestIsRefusedBeforeSending(_ invalid: InvalidCase) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"code":200,"message":"success","data":{"taskId":"t"}}"#)])
        let error = await #expect(throws: SeedanceError.self) { try await submit(invalid.request, with: dialect, through: transport) }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == invalid.field)
        #expect(error?.provider == "apixo")
        #expect(error?.message.contains("apixo") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test func refusalsNameWhatIsAllowed() throws {
        let ratio = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "a cat", aspectRatio: .adaptive)) }
        #expect(ratio?.value == "adaptive")
        #expect(ratio?.allowed == "1:1, 3:4, 4:3, 9:16, 16:9, 21:9")
        let prompt = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "ab")) }
        #expect(prompt?.allowed == "3…2500 characters")
        let inline = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "a cat", firstFrame: .data(pngBytes))) }
        #expect(inline?.message.contains("URLs only") == true)
        let seed = #expect(throws: SeedanceError.self) { try dialect.validate(VideoRequest(prompt: "a cat", seed: 7)) }
        #expect(seed?.message.contains("not supported") == true)
    }

    @Test(arguments: 4...12)
    func everyDurationFromFourToTwelveIsAccepted(seconds: Int) throws {
        try dialect.validate(VideoRequest(prompt: "a cat", duration: .seconds(seconds)))
    }

    @Test(arguments: [AspectRatio.r1x1, .r3x4, .r4x3, .r9x16, .r16x9, .r21x9])
    func everyDocumentedRatioIsAccepted(ratio: AspectRatio) throws {
        try dialect.validate(VideoRequest(prompt: "a cat", aspectRatio: ratio))
    }

    @Test func boundaryPromptsAndImageFormatsAreAccepted() throws {
        try dialect.validate(VideoRequest(prompt: "abc"))
        try dialect.validate(VideoRequest(prompt: String(repeating: "a", count: 2500)))
        for name in ["a.jpg", "a.JPEG", "a.png", "a.webp", "image"] {
            try dialect.validate(VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "https://example.com/\(name)")!)))
        }
        try dialect.validate(VideoRequest(prompt: "a cat", model: "seedance-1-5-pro", resolution: .p480, generateAudio: true, cameraFixed: true))
    }

    @Test func callbackMustBePublicHTTPSExceptAgainstALoopbackSimulator() throws {
        try dialect.validate(VideoRequest(prompt: "a cat", callbackURL: URL(string: "https://hooks.example.com/seedance")!))
        let simulator = APIXO(baseURL: URL(string: "http://127.0.0.1:9000")!)
        try simulator.validate(VideoRequest(prompt: "a cat", callbackURL: URL(string: "http://127.0.0.1:9100/cb")!))
        #expect(throws: SeedanceError.self) { try simulator.validate(VideoRequest(prompt: "a cat", callbackURL: URL(string: "file:///tmp/cb")!)) }
    }
}

/// What a client does with a dialect, up to the task id: validate, build, send, parse.
func submit(_ request: VideoRequest, with dialect: some Dialect, through transport: ScriptedTransport) async throws -> TaskID {
    try dialect.validate(request)
    let response = try await transport.send(try dialect.makeCreateRequest(request))
    return try dialect.parseCreateResponse(response)
}
