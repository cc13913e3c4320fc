import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// A `MediaUploader` that records every call and answers with `answer(n)` for the n-th.
final class RecordingUploader: MediaUploader, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(file: URL, kind: MediaKind, info: MediaInfo)] = []
    private let answer: @Sendable (Int) async throws -> URL

    init(answer: @escaping @Sendable (Int) async throws -> URL = { URL(string: "https://uploads.example.com/v/\($0).mp4")! }) {
        self.answer = answer
    }

    var uploads: [(file: URL, kind: MediaKind, info: MediaInfo)] { lock.withLock { recorded } }

    func upload(fileAt file: URL, kind: MediaKind, info: MediaInfo) async throws -> URL {
        let index = lock.withLock {
            recorded.append((file, kind, info))
            return recorded.count - 1
        }
        return try await answer(index)
    }
}

/// `SeedanceClient.submit` with local media: images and audio read into the body, local videos inspected, checked,
/// then uploaded once through the client's `MediaUploader` (`ReferenceVideoUpload`), and every refusal before any
/// upload or request.
@Suite("Local reference media: reading, inspection and upload", .timeLimit(.minutes(3)))
struct LocalMediaPreparationTests {
    typealias F = ReferenceFixtures

    static func client(_ uploader: (any MediaUploader)?, _ transport: ScriptedTransport? = nil) throws -> SeedanceClient {
        let transport = transport ?? ScriptedTransport([ScriptedTransport.json(200, #"{"id":"task-1"}"#)])
        return try SeedanceClient(dialect: ReferenceDialect(), apiKey: nil, transport: transport, retryPolicy: .none, mediaUploader: uploader)
    }

    static func body(_ request: SeedanceHTTPRequest?) throws -> JSONValue {
        try JSONBody.decode(JSONValue.self, from: try #require(request?.body), provider: "test", what: "create body")
    }

    @Test("a local video is inspected, uploaded exactly once, and the create carries its URL; local audio and images travel inline")
    func uploadedOnce() async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let audio = try F.file("voice.wav", F.wav(seconds: 3))
        let image = try F.file("cat.png", F.png)
        let uploader = RecordingUploader()
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"id":"task-1"}"#)])
        let request = VideoRequest(
            prompt: "Image 1 in Video 2", referenceImages: [.file(image)], referenceVideos: [.url(F.video), .file(video)], referenceAudios: [.file(audio)])
        let task = try await Self.client(uploader, transport).submit(request)

        let upload = try #require(uploader.uploads.first)
        #expect(uploader.uploads.count == 1 && upload.file == video && upload.kind == .video)
        #expect(upload.info.format == .mp4 && upload.info.videoCodec == .h264 && upload.info.durationSeconds == 5)
        #expect(upload.info.width == 1280 && upload.info.height == 720 && upload.info.framesPerSecond == 24)
        #expect(transport.requests.count == 1)
        let body = try Self.body(transport.requests.first)
        #expect(body["videos"] == .array([.string(F.video.absoluteString), .string("https://uploads.example.com/v/0.mp4")]))
        #expect(body["audios"]?[0]?.stringValue == DataURL.make(bytes: F.wav(seconds: 3), mediaType: "audio/wav"))
        #expect(body["images"]?[0]?.stringValue == DataURL.make(bytes: F.png, format: .png))
        #expect(task.id == "task-1" && task.request?.referenceVideos == [.url(F.video), .url(URL(string: "https://uploads.example.com/v/0.mp4")!)])
    }

    @Test("a journaling client takes an uploader too, and journals the uploaded URL")
    func journalingClient() async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let journal = InMemoryTaskJournal()
        let uploader = RecordingUploader()
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"id":"task-1"}"#)])
        let client = try SeedanceClient(
            dialect: ReferenceDialect(), apiKey: nil, transport: transport, retryPolicy: .none, journal: journal, mediaUploader: uploader)
        _ = try await client.submit(VideoRequest(prompt: "p", referenceVideos: [.file(video)]))
        await client.shutdown()
        #expect(uploader.uploads.count == 1 && transport.requests.count == 1)
        let journaled = try await journal.unfinished()
        #expect(journaled.map(\.id) == ["task-1"])
        #expect(journaled.first?.request?.referenceVideos == [.url(URL(string: "https://uploads.example.com/v/0.mp4")!)])
    }

    @Test("URLs and assets are never uploaded; a request without local video needs no uploader")
    func remoteVideosPassThrough() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"id":"task-1"}"#)])
        _ = try await Self.client(nil, transport).submit(VideoRequest(prompt: "p", referenceVideos: [.asset("asset://v-9"), .url(F.video)]))
        #expect(try Self.body(transport.requests.first)["videos"] == .array([.string("asset://v-9"), .string(F.video.absoluteString)]))
    }

    @Test("without an uploader a local video is refused before any request, saying video is never inline")
    func noUploader() async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let transport = ScriptedTransport()
        let error = try await #require(throws: SeedanceError.self) {
            try await Self.client(nil, transport).submit(VideoRequest(prompt: "p", referenceVideos: [.url(F.video), .file(video)]))
        }
        #expect(error.category == .invalidRequest && error.field == "referenceVideos[1]" && error.value == video.path)
        #expect(error.allowed == "an http or https URL, an asset, or a local file with a MediaUploader set on the client")
        #expect(error.message.contains("video is never sent inline: pass its URL or an asset, or give the client a MediaUploader"))
        #expect(error.model == F.v2_0 && error.provider == "refprovider" && transport.requests.isEmpty)
    }

    @Test("an uploader's error becomes a typed error naming the field; no create is sent")
    func uploaderFails() async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let request = VideoRequest(prompt: "p", referenceVideos: [.file(video)])
        let offline = ScriptedTransport()
        let transportError = try await #require(throws: SeedanceError.self) {
            try await Self.client(RecordingUploader { _ in throw URLError(.notConnectedToInternet) }, offline).submit(request)
        }
        #expect(transportError.category == .transport && transportError.field == "referenceVideos[0]" && transportError.value == "clip.mp4")
        #expect(transportError.message.hasPrefix("referenceVideos[0] (clip.mp4) could not be uploaded by the MediaUploader: "))
        #expect(transportError.model == F.v2_0 && offline.requests.isEmpty)

        let refusing = ScriptedTransport()
        let refusal = SeedanceError(category: .invalidRequest, message: "the bucket takes files up to 1 MB")
        let invalid = try await #require(throws: SeedanceError.self) {
            try await Self.client(RecordingUploader { _ in throw refusal }, refusing).submit(request)
        }
        #expect(invalid.category == .invalidRequest && invalid.field == "referenceVideos[0]" && invalid.provider == "refprovider")
        #expect(invalid.message == "referenceVideos[0] (clip.mp4): the bucket takes files up to 1 MB" && refusing.requests.isEmpty)

        let notHTTP = ScriptedTransport()
        let local = try await #require(throws: SeedanceError.self) {
            try await Self.client(RecordingUploader { _ in URL(fileURLWithPath: "/srv/clip.mp4") }, notHTTP).submit(request)
        }
        #expect(local.category == .invalidRequest && local.field == "referenceVideos[0]" && local.value == "(a file URL)")
        #expect(local.allowed == "an http or https URL the provider can fetch" && notHTTP.requests.isEmpty)
    }

    @Test("cancelled during the upload: CancellationError, and no create", arguments: [false, true])
    func cancelledDuringUpload(uploaderIgnoresCancellation: Bool) async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let (started, signal) = AsyncStream<Void>.makeStream()
        let uploader = RecordingUploader { _ in
            signal.yield()
            if uploaderIgnoresCancellation {
                // An uploader on URLSession reports cancellation as URLError(.cancelled), not CancellationError.
                while !Task.isCancelled { await Task.yield() }
                throw URLError(.cancelled)
            }
            try await Task.sleep(for: .seconds(600))
            return URL(string: "https://uploads.example.com/never")!
        }
        let transport = ScriptedTransport()
        let client = try Self.client(uploader, transport)
        let submit = Task { try await client.submit(VideoRequest(prompt: "p", referenceVideos: [.file(video)])) }
        for await _ in started { break }
        submit.cancel()
        let result = await submit.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(uploader.uploads.count == 1 && transport.requests.isEmpty)
    }

    @Test("an upload that outlasts generate's timeout ends in .timeout with no create sent")
    func uploadOutlastsTimeout() async throws {
        let video = try F.file("clip.mp4", F.mp4(seconds: 5))
        let clock = VirtualClock()
        let uploader = RecordingUploader { _ in
            clock.advance(by: .seconds(20))
            return URL(string: "https://uploads.example.com/late.mp4")!
        }
        let transport = ScriptedTransport()
        let client = try SeedanceClient(
            dialect: ReferenceDialect(), apiKey: nil, transport: transport, retryPolicy: .none, clock: clock, mediaUploader: uploader)
        let error = try await #require(throws: SeedanceError.self) {
            try await client.generate(VideoRequest(prompt: "p", referenceVideos: [.file(video)]), timeout: .seconds(10))
        }
        #expect(error.category == .timeout && error.message.contains("the create was never sent: no task was created"))
        #expect(uploader.uploads.count == 1 && transport.requests.isEmpty)
    }

    @Test("a bad request with local videos is refused by validation before any file is inspected or uploaded")
    func validationFirst() async throws {
        let uploader = RecordingUploader()
        let transport = ScriptedTransport()
        let missing = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).mp4")
        let request = VideoRequest(prompt: "p", firstFrame: .url(F.image), referenceVideos: [.file(missing)])
        let error = try await #require(throws: SeedanceError.self) { try await Self.client(uploader, transport).submit(request) }
        #expect(error.field == "referenceVideos" && error.message.contains("first/last frame content cannot be mixed with reference media"))
        #expect(uploader.uploads.isEmpty && transport.requests.isEmpty)
    }
}
