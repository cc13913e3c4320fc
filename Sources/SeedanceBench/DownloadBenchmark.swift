import Foundation
import Seedance
import SeedanceSimulator

/// `seedance-bench download`: a 1 GiB result streamed from the loopback server to disk through
/// `URLSessionTransport` and `VideoDownloader`, alone in the process, reporting wall time, throughput and peak extra
/// resident memory (the body must never be held in memory).
enum DownloadBenchmark {
    static func run(byteCount: Int64 = 1 << 30) async -> String {
        do {
            let server = try LoopbackHTTPServer { _ in
                ServerResponse(status: 200, headers: ["Content-Type": "video/mp4"], body: .generated(byteCount: byteCount))
            }
            defer { server.stop() }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let transport = URLSessionTransport()
            let downloader = VideoDownloader(transport: transport, provider: "bench", checksMP4Signature: false)
            let snapshot = TaskSnapshot(id: "bench-1", status: .succeeded, rawStatus: "succeeded", videoURL: server.url(path: "/result.mp4"))
            let before = MemoryProbe.start()
            let started = ContinuousClock.now
            let file = try await downloader.download(snapshot, to: directory.appendingPathComponent("video.mp4"))
            let elapsed = ContinuousClock.now - started
            let peakExtra = MemoryProbe.peakExtra(since: before)
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? -1
            let mib = Double(byteCount) / 1_048_576
            return """
                download: \(Int(mib)) MiB over loopback to disk
                  bytes on disk     \(size) (expected \(byteCount))
                  wall time         \(String(format: "%.2f", elapsed.seconds)) s (\(String(format: "%.0f", mib / elapsed.seconds)) MiB/s)
                  peak extra RSS    \(peakExtra >> 20) MiB
                {"scenario":"download","bytes":\(size),"seconds":\(String(format: "%.3f", elapsed.seconds)),"peak_extra_rss_mib":\(peakExtra >> 20)}
                """
        } catch {
            return "download: failed: \(error)"
        }
    }
}
