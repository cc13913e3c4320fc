import Foundation
import SeedanceCore
import SeedanceTestSupport

/// A scratch directory for one download test, removed by `cleanUp()`.
struct DownloadScratch {
    let directory: URL
    let destination: URL

    init(fileName: String = "result.mp4") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("media-dl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        destination = directory.appendingPathComponent(fileName)
    }

    /// Every entry in the directory, hidden ones included, sorted.
    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() }

    /// The destination's bytes, or `nil` when absent.
    var saved: Data? { try? Data(contentsOf: destination) }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }
}

enum DownloadSamples {
    static let taskID: TaskID = "cgt-2026-abc"
    static let videoURL = URL(string: "https://cdn.example.com/outputs/cgt-2026-abc/video.mp4?X-Signature=old")!
    static let freshURL = URL(string: "https://cdn.example.com/outputs/cgt-2026-abc/video.mp4?X-Signature=fresh")!

    /// An MP4-looking body: an `ftyp` box, then `count` deterministic bytes.
    static func mp4(_ count: Int = 70_000) -> Data {
        var data = Data([0, 0, 0, 24]) + Data("ftypisom".utf8) + Data([0, 0, 2, 0]) + Data("isomiso2".utf8)
        data.append(contentsOf: (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        return data
    }

    static func snapshot(status: TaskStatus = .succeeded, video: URL? = videoURL, lastFrame: URL? = nil) -> TaskSnapshot {
        TaskSnapshot(id: taskID, status: status, rawStatus: "\(status)", videoURL: video, lastFrameURL: lastFrame)
    }

    /// A step answering 200 with `body` and `contentType` (no header when `nil`).
    static func ok(_ body: Data, contentType: String? = "video/mp4", extra: SeedanceHTTPHeaders = [:]) -> ScriptedTransport.Handler {
        { request in
            var headers = extra
            headers["Content-Type"] = contentType
            return SeedanceHTTPResponse(status: 200, headers: headers, body: body, url: request.url)
        }
    }
}

/// Counts calls from concurrent code.
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

/// Records progress reports from concurrent code.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [DownloadProgress] = []
    func record(_ progress: DownloadProgress) { lock.withLock { reports.append(progress) } }
    var all: [DownloadProgress] { lock.withLock { reports } }
}
