import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// Local reference videos checked from their headers against `VideoConstraints` and the clip and total lengths of
/// `ReferenceLimits`, before any upload: each refusal names the field, the value read and what is allowed, and
/// neither the uploader nor the transport sees anything.
@Suite("Local reference video checks", .timeLimit(.minutes(3)))
struct LocalVideoChecksTests {
    typealias F = ReferenceFixtures

    /// Submits `request` with a recording uploader; returns the refusal after checking nothing was uploaded or sent.
    static func refusal(_ request: VideoRequest) async throws -> SeedanceError {
        let uploader = RecordingUploader()
        let transport = ScriptedTransport()
        let client = try LocalMediaPreparationTests.client(uploader, transport)
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(request) }
        #expect(error.category == .invalidRequest && error.provider == "refprovider" && error.model == (request.model ?? F.v2_0))
        #expect(uploader.uploads.isEmpty && transport.requests.isEmpty)
        return error
    }

    static func video(_ data: Data) throws -> VideoRequest {
        VideoRequest(prompt: "p", referenceVideos: [.url(F.video), .file(try F.file("clip.mp4", data))])
    }

    @Test("through the client, every kind of validation refusal leaves without a request or an upload")
    func noRequestOnRefusal() async throws {
        let local = MediaInput.file(try F.file("clip.mp4", F.mp4(seconds: 5)))
        let cases: [(VideoRequest, field: String)] = [
            (VideoRequest(prompt: "p", referenceVideos: Array(repeating: local, count: 4)), "referenceVideos"),
            (VideoRequest(prompt: "p", firstFrame: .url(F.image), referenceImages: [.url(F.image)], referenceVideos: [local]), "referenceImages"),
            (VideoRequest(prompt: "p", referenceVideos: [local, .data(Data([1]))]), "referenceVideos[1]"),
            (VideoRequest(prompt: "p", referenceAudios: [.data(F.wav(seconds: 3))]), "referenceAudios"),
            (VideoRequest(prompt: "p", referenceVideos: [local], model: F.v2_5, duration: .seconds(5), taskType: .edit), "duration"),
            (VideoRequest(prompt: "p", referenceVideos: [local], model: F.v2_5, priority: 12), "priority"),
            (VideoRequest(prompt: "p", referenceVideos: [local], model: F.v2_5, outputFormat: "avi"), "outputFormat"),
            (VideoRequest(prompt: "p", referenceVideos: [local], safetyIdentifier: ""), "safetyIdentifier"),
            (VideoRequest(prompt: "p", referenceVideos: [local], referenceAudios: [.data(Data(count: 48_000_000))]), "request"),
        ]
        for (request, field) in cases {
            let error = try await Self.refusal(request)
            #expect(error.field == field, "\(field)")
        }
    }

    @Test("codec, frame rate, sides, pixel count, aspect ratio, container and length are each refused with what was read")
    func constraints() async throws {
        let audioOnly = MovieBytes.mp4([MovieBytes.Track(handler: "soun", entry: "mp4a", timescale: 48_000, sampleCount: 240, sampleDelta: 1024)])
        let cases: [(Data, value: String, allowed: String)] = [
            (F.mp4(seconds: 1), "lasting 1 s", "2…15 s"),
            (F.mp4(seconds: 16), "lasting 16 s", "2…15 s"),
            (F.mp4(seconds: 5, entry: "av01"), "with av01 video", "h264, h265"),
            (F.mp4(seconds: 5, fps: 20), "at 20 fps", "24…60 fps"),
            (F.mp4(seconds: 5, width: 200, height: 1280), "of 200×1280 px", "300…6000 px per side"),
            (F.mp4(seconds: 5, width: 600, height: 600), "of 360000 pixels (600×600)", "409600…8295044 pixels"),
            (F.mp4(seconds: 5, width: 4096, height: 2160), "of 8847360 pixels (4096×2160)", "409600…8295044 pixels"),
            (F.mp4(seconds: 5, width: 1920, height: 640), "with aspect ratio 3.000", "width ÷ height within 0.4…2.5"),
            (F.wav(seconds: 5), "wav", "mp4, mov"),
            (audioOnly, "(mp4 without a video track)", "a video track in h264, h265"),
        ]
        for (data, value, allowed) in cases {
            let error = try await Self.refusal(try Self.video(data))
            #expect(error.field == "referenceVideos[1]" && error.value == value && error.allowed == allowed, "\(value)")
        }
    }

    @Test("a file over 200 MB is refused from its size alone (a sparse file: only headers are read)")
    func size() async throws {
        let media = 200 * 1024 * 1024
        let prefix = Array(F.mp4(seconds: 5).dropLast(12)) + MovieBytes.be32(UInt32(8 + media)) + MovieBytes.ascii("mdat")
        let url = try F.file("big.mp4", Data(prefix))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(prefix.count + media))
        try handle.close()
        let error = try await Self.refusal(VideoRequest(prompt: "p", referenceVideos: [.file(url)]))
        #expect(error.field == "referenceVideos[0]" && error.value == "of \(prefix.count + media) bytes" && error.allowed == "at most 209715200 bytes")
    }

    @Test("all local videos are checked before the first upload: 8 s + 8 s passes each clip but not 2.0's 15 s in all")
    func total() async throws {
        let request = VideoRequest(
            prompt: "p", referenceVideos: [.file(try F.file("a.mp4", F.mp4(seconds: 8))), .url(F.video), .file(try F.file("b.mp4", F.mp4(seconds: 8)))])
        let error = try await Self.refusal(request)
        #expect(error.field == "referenceVideos" && error.value == "lasting 16 s in all")
        #expect(
            error.allowed == "at most 15 s of reference video in all (local files and inline clips are counted; URLs and assets are checked by the provider)")
    }

    @Test("an edit's local source video must last 4–30 s; the same 3 s clip is a valid reference for other task types")
    func editSource() async throws {
        let clip = try F.file("short.mp4", F.mp4(seconds: 3))
        var request = VideoRequest(prompt: "p", referenceVideos: [.file(clip)], model: F.v2_5, taskType: .edit)
        let error = try await Self.refusal(request)
        #expect(error.field == "referenceVideos[0]" && error.value == "lasting 3 s" && error.allowed == "4…30 s")
        #expect(error.message.contains("is not allowed for taskType edit (the source video to edit)"))
        request.taskType = .extend
        let uploader = RecordingUploader()
        _ = try await LocalMediaPreparationTests.client(uploader).submit(request)
        #expect(uploader.uploads.map(\.file) == [clip])
    }

    @Test("an official id the dialect does not list is checked with its official limits; a dialect stating none refuses local videos")
    func limitsOfUnlistedModels() async throws {
        let unlisted: ModelID = "doubao-seedance-2-0-261231"
        let long = try await Self.refusal(VideoRequest(prompt: "p", referenceVideos: [.file(try F.file("long.mp4", F.mp4(seconds: 16)))], model: unlisted))
        #expect(long.field == "referenceVideos[0]" && long.value == "lasting 16 s" && long.allowed == "2…15 s")
        let uploader = RecordingUploader()
        let transport = ScriptedTransport()
        let client = try SeedanceClient(dialect: ReferenceDialect(lax: true), apiKey: nil, transport: transport, retryPolicy: .none, mediaUploader: uploader)
        let request = VideoRequest(prompt: "p", referenceVideos: [.file(try F.file("clip.mp4", F.mp4(seconds: 5)))], model: "custom-model")
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(request) }
        #expect(error.category == .invalidRequest && error.field == "referenceVideos" && error.model == "custom-model")
        #expect(error.allowed == "http or https URLs or assets" && error.message.contains("states no reference limits for this model"))
        #expect(uploader.uploads.isEmpty && transport.requests.isEmpty)
    }

    @Test("a missing file is refused naming the field and the model; an unreadable audio file too")
    func unreadable() async throws {
        let name = "\(UUID().uuidString).mp4"
        let missing = try await Self.refusal(VideoRequest(prompt: "p", referenceVideos: [.file(URL(fileURLWithPath: "/nonexistent/\(name)"))]))
        #expect(missing.field == "referenceVideos[0]" && missing.value == "(\(name))" && missing.allowed == "a readable local mp4, mov, wav or mp3 file")
        let audio = URL(fileURLWithPath: "/nonexistent/voice.wav")
        let unreadable = try await #require(throws: SeedanceError.self) {
            try await LocalMediaPreparationTests.client(nil).submit(
                VideoRequest(prompt: "p", referenceImages: [.url(F.image)], referenceAudios: [.file(audio)]))
        }
        #expect(unreadable.field == "referenceAudios[0]" && unreadable.value == audio.path && unreadable.allowed == "a readable audio file")
    }
}
