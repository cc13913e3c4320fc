import Foundation
import Testing
@testable import SeedanceCommand
import Seedance
import SeedanceSimulator

/// The command's uploader against a tiny loopback stub of the simulator's upload route
/// (`POST /media/uploads` → `{"url": …}`), over a real `URLSessionTransport`. (The route's own client is tested with
/// the simulator, in `SimulatorMediaUploaderTests`.)
@Suite struct EmbeddedSimulatorUploaderTests {
    static let mp4Info = MediaInfo(format: .mp4, byteCount: 0)

    /// The exact bytes are POSTed to `/media/uploads` without any key, and the URL from the answer comes back.
    @Test(.timeLimit(.minutes(3)))
    func postsTheFileBytesAndReturnsTheAnsweredURL() async throws {
        let received = Recorded<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            received.append(request)
            return .json(200, #"{"url":"http://127.0.0.1:9/media/uploads/upload-1.mp4","content_type":"video/mp4","bytes":70000}"#)
        }
        defer { server.stop() }
        let bytes = Data((0..<70_000).map { UInt8($0 % 251) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-upload-\(UUID().uuidString).mp4")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let uploader = EmbeddedSimulatorUploader(origin: server.baseURL, transport: URLSessionTransport())
        let url = try await uploader.upload(fileAt: file, kind: .video, info: Self.mp4Info)
        #expect(url == URL(string: "http://127.0.0.1:9/media/uploads/upload-1.mp4"))
        let request = try #require(received.all.first)
        #expect(received.all.count == 1)
        #expect(request.method == "POST")
        #expect(request.path == "/media/uploads")
        #expect(request.body == bytes)
        #expect(request.headers["Authorization"] == nil)
    }

    /// A refusal keeps the simulator's status and message.
    @Test(.timeLimit(.minutes(3)))
    func aRefusalNamesStatusAndReason() async throws {
        let server = try LoopbackHTTPServer { _ in .json(415, #"{"error":{"message":"not a video or audio container"}}"#) }
        defer { server.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-upload-\(UUID().uuidString).mov")
        try Data("ftyp".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let uploader = EmbeddedSimulatorUploader(origin: server.baseURL, transport: URLSessionTransport())
        await #expect(throws: SimulatorMediaUploader.Failure(status: 415, message: "not a video or audio container")) {
            try await uploader.upload(fileAt: file, kind: .video, info: MediaInfo(format: .mov, byteCount: 4))
        }
    }

    /// The command gives the uploader to simulated clients only: with a key, a local video stays the SDK's refusal.
    @Test func onlyTheSimulatedClientHasAnUploader() throws {
        let parser = ArgumentParser(commands: CommandCatalog.all)
        let parsed = try parser.parse(["submit", "p", "--provider", "byteplus"])
        let simulated = try CommandRunTests.context().connect(parsed)
        #expect(simulated.simulated)
        let uploader = try #require(simulated.client.mediaUploader as? EmbeddedSimulatorUploader)
        #expect(uploader.simulator.origin == Simulator.inProcessOrigin)
        let real = try CommandRunTests.context(environment: ["ARK_API_KEY": "sk-test"]).connect(parsed)
        #expect(!real.simulated)
        #expect(real.client.mediaUploader == nil)
    }
}
