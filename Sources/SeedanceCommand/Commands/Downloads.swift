import Foundation
import Seedance

/// Saves a finished task's video (and last frame, when asked and present) where `--out` / `--last-frame-out` say.
enum Downloads {
    struct Saved {
        var video: URL
        var lastFrame: URL?
    }

    /// Downloads the video to `--out` (default `<task-id>.mp4` in the current directory).
    ///
    /// - Throws: `SeedanceError` from the download (not finished, expired result, transport …).
    static func save(_ snapshot: TaskSnapshot, arguments: ParsedArguments, client: SeedanceClient, console: Console, quiet: Bool) async throws -> Saved {
        let destination = fileURL(arguments.value("out") ?? "\(safeFileName(snapshot.id.rawValue)).mp4")
        let video = try await client.download(snapshot, to: destination)
        if !quiet { console.line("Saved \(video.path) (\(size(of: video)) bytes).") }
        var saved = Saved(video: video)
        if let framePath = arguments.value("last-frame-out"), snapshot.lastFrameURL != nil {
            let frame = try await client.download(snapshot, asset: .lastFrame, to: fileURL(framePath))
            if !quiet { console.line("Saved \(frame.path) (\(size(of: frame)) bytes).") }
            saved.lastFrame = frame
        }
        return saved
    }

    /// A file name made from a task id: characters other than letters, digits, `-`, `_` and `.` become `_`.
    static func safeFileName(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let name = String(id.map { allowed.contains($0) ? $0 : "_" })
        return name.isEmpty || name.allSatisfy({ $0 == "." }) ? "video" : name
    }

    private static func fileURL(_ path: String) -> URL {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    }

    private static func size(of url: URL) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
