import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceSimulator

/// The command's uploader against a tiny loopback stub of the simulator's upload route
/// (`POST /media/uploads` → `{"url": …}`), over a real `URLSessionTransport`.
@Suite struct EmbeddedSimulatorUploaderTests {
    static func file(_ bytes: Data, named name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-upload-\(UUID().uuidString)-\(name)")
        try bytes.write(to: url)
        return url
    }

    static let mp4Info = MediaInfo(format: .mp4, byteCount: 0)

    /// The exact bytes are POSTed to `/media/uploads` (whatever path the origin has), without any key, with the
    /// container's media type, and the URL from the answer comes back.
    @Test(.timeLimit(.minutes(1)))
    func postsTheFileBytesAndReturnsTheAnsweredURL() async throws {
        let received = Recorded<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            received.append(request)
            return .json(201, #"{"url":"http://127.0.0.1:9/media/uploads/upload-1.mp4","content_type":"video/mp4","bytes":3}"#)
        }
        defer { server.stop() }
        let bytes = Data((0..<70_000).map { UInt8($0 % 251) })
        let file = try Self.file(bytes, named: "clip.mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let uploader = EmbeddedSimulatorUploader(origin: server.url(path: "/api/v3"), transport: URLSessionTransport())
        let url = try await uploader.upload(fileAt: file, kind: .video, info: Self.mp4Info)
        #expect(url == URL(string: "http://127.0.0.1:9/media/uploads/upload-1.mp4"))
        let request = try #require(received.all.first)
        #expect(received.all.count == 1)
        #expect(request.method == "POST")
        #expect(request.path == "/media/uploads")
        #expect(request.body == bytes)
        #expect(request.headers["Content-Type"] == "video/mp4")
        #expect(request.headers["Authorization"] == nil)
    }

    /// A refusal keeps the simulator's status and message; an answer without a usable URL is a failure too.
    @Test(.timeLimit(.minutes(1)), arguments: [
        (415, #"{"error":{"message":"not a video or audio container"}}"#, "not a video or audio container"),
        (404, "Not Found", "no upload route answered"),
        (200, #"{"url":"not a url"}"#, "the answer has no absolute http(s) \"url\""),
        (200, #"{"url":"ftp://127.0.0.1/x.mp4"}"#, "the answer has no absolute http(s) \"url\""),
    ])
    func refusalsAreFailuresNamingStatusAndReason(status: Int, body: String, message: String) async throws {
        let server = try LoopbackHTTPServer { _ in .json(status, body) }
        defer { server.stop() }
        let file = try Self.file(Data("ftyp".utf8), named: "clip.mov")
        defer { try? FileManager.default.removeItem(at: file) }
        let uploader = EmbeddedSimulatorUploader(origin: server.baseURL, transport: URLSessionTransport())
        await #expect(throws: EmbeddedSimulatorUploader.Failure(status: status, message: message)) {
            try await uploader.upload(fileAt: file, kind: .video, info: MediaInfo(format: .mov, byteCount: 4))
        }
    }

    /// A file that cannot be read fails before anything is sent.
    @Test(.timeLimit(.minutes(1)))
    func aMissingFileSendsNothing() async throws {
        let received = Recorded<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            received.append(request)
            return .json(200, #"{"url":"http://127.0.0.1:9/x"}"#)
        }
        defer { server.stop() }
        let uploader = EmbeddedSimulatorUploader(origin: server.baseURL, transport: URLSessionTransport())
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-no-such-\(UUID().uuidString).mp4")
        await #expect(throws: (any Error).self) { try await uploader.upload(fileAt: missing, kind: .video, info: Self.mp4Info) }
        #expect(received.all.isEmpty)
    }

    @Test func mediaTypesOfTheContainers() {
        #expect(EmbeddedSimulatorUploader.contentType(of: .mov, kind: .video) == "video/quicktime")
        #expect(EmbeddedSimulatorUploader.contentType(of: .wav, kind: .audio) == "audio/wav")
        #expect(EmbeddedSimulatorUploader.contentType(of: .mp3, kind: .audio) == "audio/mpeg")
        #expect(EmbeddedSimulatorUploader.contentType(of: MediaFormat(rawValue: "webm"), kind: .video) == "video/webm")
    }

    /// The command gives the uploader to simulated clients only: with a key, a local video stays the SDK's refusal.
    @Test func onlyTheSimulatedClientHasAnUploader() throws {
        let parser = ArgumentParser(commands: CommandCatalog.all)
        let parsed = try parser.parse(["submit", "p", "--provider", "byteplus"])
        let simulated = try CommandRunTests.context().connect(parsed)
        #expect(simulated.simulated)
        let uploader = try #require(simulated.client.mediaUploader as? EmbeddedSimulatorUploader)
        #expect(uploader.uploadURL == URL(string: "http://127.0.0.1:8078/media/uploads"))
        let real = try CommandRunTests.context(environment: ["ARK_API_KEY": "sk-test"]).connect(parsed)
        #expect(!real.simulated)
        #expect(real.client.mediaUploader == nil)
    }
}
