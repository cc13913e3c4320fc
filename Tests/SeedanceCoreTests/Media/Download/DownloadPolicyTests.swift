import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// One URL policy for every result URL, and a full disk reported as such.
@Suite("Video downloader: result URL policy and full disks")
struct DownloadPolicyTests {
    typealias Samples = DownloadSamples

    @Test(
        "a plain-http result URL to a public host is refused before anything is sent",
        arguments: [
            "http://cdn.example.com/v.mp4", "http://evil.localhost/v.mp4", "http://10.0.0.5/v.mp4",
        ])
    func plainHTTPToAPublicHostIsRefused(url: String) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport()
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(video: URL(string: url)!), to: scratch.destination)
        }
        #expect(error.category == .invalidRequest && error.field == "url" && error.value == url)
        #expect(error.allowed == "an https URL (or http to 127.0.0.1, ::1 or localhost)")
        #expect(error.taskID == Samples.taskID)
        #expect(transport.requests.isEmpty && scratch.entries.isEmpty)
    }

    @Test("http to a loopback host is allowed (local servers, the simulator)")
    func plainHTTPToLoopbackIsAllowed() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let body = Samples.mp4()
        let transport = ScriptedTransport([Samples.ok(body)])
        let local = URL(string: "http://127.0.0.1:8080/v.mp4")!
        _ = try await VideoDownloader(transport: transport).download(Samples.snapshot(video: local), to: scratch.destination)
        #expect(scratch.saved == body)
        #expect(transport.requests.map(\.url) == [local])
    }

    @Test("a refreshed result URL passes the same policy: a plain-http one is refused, not fetched")
    func refreshedURLsAreChecked() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport([
            { request in
                SeedanceHTTPResponse(status: 403, headers: ["Content-Type": "application/xml"], body: Data("<Error>Expired</Error>".utf8), url: request.url)
            }
        ])
        let insecure = URL(string: "http://cdn.example.com/outputs/fresh.mp4")!
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(
                Samples.snapshot(), to: scratch.destination, refresh: { Samples.snapshot(video: insecure) })
        }
        #expect(error.category == .invalidRequest && error.field == "url" && error.value == insecure.absoluteString)
        #expect(transport.requests.map(\.url) == [Samples.videoURL])
        #expect(scratch.entries.isEmpty)
    }

    @Test("a full disk gives a destination error saying so, and the partial file is removed")
    func fullDisk() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        try Data("old video".utf8).write(to: scratch.destination)
        let downloader = VideoDownloader(provider: "test") { _, file, _ in
            try Samples.mp4(50_000).write(to: file)  // part of the body landed before the disk filled up
            throw CocoaError(.fileWriteOutOfSpace)
        }
        let error = try await #require(throws: SeedanceError.self) {
            try await downloader.download(Samples.snapshot(), to: scratch.destination)
        }
        #expect(error.category == .invalidRequest && error.field == "destination")
        #expect(error.message.hasPrefix("no space left on the device holding "))
        #expect(error.message.hasSuffix("the download of task cgt-2026-abc stopped and its partial file was removed"))
        #expect(error.taskID == Samples.taskID)
        #expect(scratch.entries == ["result.mp4"])
        #expect(try Data(contentsOf: scratch.destination) == Data("old video".utf8))
    }
}
