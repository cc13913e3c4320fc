import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// ``DownloadAsset``: which URL of a snapshot a download fetches, what it asks the result host for, and how its
/// errors name it.
@Suite("Download assets: video and last frame", .timeLimit(.minutes(3)))
struct DownloadAssetTests {
    typealias Samples = DownloadSamples
    static let frameURL = URL(string: "https://cdn.example.com/outputs/cgt-2026-abc/last.png")!

    @Test("each asset reads its own URL of the snapshot")
    func urls() {
        let snapshot = Samples.snapshot(lastFrame: Self.frameURL)
        #expect(DownloadAsset.allCases == [.video, .lastFrame] && DownloadAsset.allCases.map(\.rawValue) == ["video", "lastFrame"])
        #expect(DownloadAsset.video.url(in: snapshot) == Samples.videoURL && DownloadAsset.lastFrame.url(in: snapshot) == Self.frameURL)
        #expect(DownloadAsset.lastFrame.url(in: Samples.snapshot()) == nil && DownloadAsset.video.url(in: Samples.snapshot(video: nil)) == nil)
    }

    @Test(
        "each asset's exact Accept header, and the media family it accepts",
        arguments: [
            (DownloadAsset.video, "video/*, application/octet-stream;q=0.9, */*;q=0.1", "video/mp4", "image/png"),
            (DownloadAsset.lastFrame, "image/*, application/octet-stream;q=0.9, */*;q=0.1", "image/png", "video/mp4"),
        ])
    func acceptAndFamily(asset: DownloadAsset, accept: String, accepted: String, refused: String) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let snapshot = Samples.snapshot(lastFrame: Self.frameURL)
        let transport = ScriptedTransport([Samples.ok(Samples.mp4(), contentType: accepted), Samples.ok(Samples.mp4(), contentType: refused)])
        let downloader = VideoDownloader(transport: transport, provider: "test", checksMP4Signature: false)
        _ = try await downloader.download(snapshot, asset: asset, to: scratch.destination)
        #expect(transport.requests.map { $0.headers["Accept"] } == [accept])
        #expect(transport.requests.first?.url == asset.url(in: snapshot))
        let error = try await #require(throws: SeedanceError.self) { try await downloader.download(snapshot, asset: asset, to: scratch.destination) }
        let name = asset == .video ? "video" : "last frame"
        #expect(error.category == .decoding)
        #expect(error.message == "the result host sent \(refused) instead of a \(name) for task cgt-2026-abc; nothing was saved")
    }

    @Test("a succeeded task without the asset's URL is refused naming the asset; nothing is sent", arguments: DownloadAsset.allCases)
    func missingURL(asset: DownloadAsset) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport()
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(video: nil), asset: asset, to: scratch.destination)
        }
        #expect(error.category == .notFound && error.taskID == Samples.taskID)
        #expect(error.message.hasPrefix("task cgt-2026-abc succeeded but reported no \(asset == .video ? "video" : "last frame") URL"))
        #expect(transport.requests.isEmpty)
    }
}
