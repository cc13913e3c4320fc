import Foundation
import Seedance

/// `seedance-bench download`: a 1 GiB result streamed to disk through `URLSessionTransport` and `VideoDownloader`
/// from a loopback server in a child process (so the figures are the client's alone), then the same file from the
/// same server with `curl`, for comparison. Reports wall time, throughput and the client's peak extra resident
/// memory (the body must never be held in memory).
enum DownloadBenchmark {
    static func run(byteCount: Int64 = 1 << 30) async -> String {
        do {
            let server = try SimulatorProcess(arguments: ["_serve-raw"])
            defer { server.stop() }
            let url = URL(string: "http://127.0.0.1:\(server.port)/bytes/\(byteCount)")!
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let transport = URLSessionTransport(configuration: .init(maxDownloadBytes: byteCount))
            let downloader = VideoDownloader(transport: transport, provider: "bench", checksMP4Signature: false)
            let snapshot = TaskSnapshot(id: "bench-1", status: .succeeded, rawStatus: "succeeded", videoURL: url)
            let before = MemoryProbe.start()
            let started = ContinuousClock.now
            let file = try await downloader.download(snapshot, to: directory.appendingPathComponent("video.mp4"))
            let elapsed = ContinuousClock.now - started
            let peakExtra = MemoryProbe.peakExtra(since: before)
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? -1
            try? FileManager.default.removeItem(at: file)
            let curl = try Self.curl(url, to: directory.appendingPathComponent("curl.mp4"))
            let mib = Double(byteCount) / 1_048_576
            let ratio = curl.map { elapsed.timeInterval / $0 }
            return """
                download: \(Int(mib)) MiB over loopback to disk (server in a child process)
                  bytes on disk     \(size) (expected \(byteCount))
                  wall time         \(String(format: "%.2f", elapsed.timeInterval)) s (\(String(format: "%.0f", mib / elapsed.timeInterval)) MiB/s)
                  curl, same file   \(curl.map { String(format: "%.2f s (%.0f MiB/s)", $0, mib / $0) } ?? "curl not found")
                  SDK / curl        \(ratio.map { String(format: "%.2f×", $0) } ?? "-")
                  peak extra RSS    \(peakExtra >> 20) MiB (client process only)
                {"scenario":"download","bytes":\(size),"seconds":\(String(format: "%.3f", elapsed.timeInterval)),"curl_seconds":\(curl.map { String(format: "%.3f", $0) } ?? "null"),"peak_extra_rss_mib":\(peakExtra >> 20)}
                """
        } catch {
            return "download: failed: \(error)"
        }
    }

    /// Seconds `curl` takes to save `url` to `file` (`nil` when curl is not installed).
    static func curl(_ url: URL, to file: URL) throws -> Double? {
        guard let path = ["/usr/bin/curl", "/usr/local/bin/curl", "/bin/curl"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-s", "-o", file.path, url.absoluteString]
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = (ContinuousClock.now - started).timeInterval
        try? FileManager.default.removeItem(at: file)
        return process.terminationStatus == 0 ? elapsed : nil
    }
}
