import Foundation
import SeedanceCore

/// Reads a task-result document (docs/dialects/jiekou.md) into a ``TaskSnapshot``:
///
/// | member | snapshot |
/// |---|---|
/// | `task.status` | ``TaskSnapshot/status`` (`TASK_STATUS_QUEUED` → queued, `_PROCESSING` and `_RUNNING` (JieKou's Seedance 2.0 tasks) → running, `_SUCCEED` → succeeded, `_FAILED` → failed, else `.unknown(raw)`) |
/// | `task.progress_percent` (0…100) | ``TaskSnapshot/progress`` (0…1, clamped) |
/// | `task.reason` on a failed task | ``TaskSnapshot/failure`` (category from `JieKouFailureClassifier`) |
/// | `videos[0].video_url` | ``TaskSnapshot/videoURL`` |
/// | `images[0].image_url` | ``TaskSnapshot/lastFrameURL`` |
/// | `audios[].audio_url` | ``TaskSnapshot/audioURLs`` |
/// | `extra.seed` (numeric text) | ``TaskSnapshot/seed`` |
/// | `extra.debug_info.submit_time_ms` / `complete_time_ms` | ``TaskSnapshot/createdAt`` / ``TaskSnapshot/completedAt`` |
/// | `complete_time_ms` + `video_url_ttl` | ``TaskSnapshot/resultExpiresAt`` (see ``JieKouTaskDetails``) |
///
/// `task.eta`, the TTLs and `execute_time_ms` are on ``JieKouTaskDetails``; the whole answer is ``TaskSnapshot/raw``.
package enum JieKouTaskResult {
    /// The neutral status for a `task.status` string (compared ignoring case); unknown strings are `.unknown(raw)`.
    package static func status(for raw: String) -> TaskStatus {
        switch raw.uppercased() {
        case "TASK_STATUS_QUEUED": .queued
        case "TASK_STATUS_PROCESSING", "TASK_STATUS_RUNNING": .running
        case "TASK_STATUS_SUCCEED": .succeeded
        case "TASK_STATUS_FAILED": .failed
        default: .unknown(raw)
        }
    }

    /// The snapshot in a success `response` for task `id`.
    ///
    /// - Throws: `SeedanceError` (`.decoding`, carrying `id`) when the body is not JSON or `task.status` is missing.
    package static func snapshot(from response: SeedanceHTTPResponse, id: TaskID, provider: ProviderID) throws -> TaskSnapshot {
        func unreadable(_ what: String) -> SeedanceError {
            SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status, message: "could not read the task result: \(what)",
                taskID: id, requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        guard let raw = try? JSONInput.decode(JSONValue.self, from: response.body) else { throw unreadable("the body is not JSON") }
        guard let task = raw["task"], task.objectValue != nil else { throw unreadable("task is missing") }
        guard let rawStatus = task["status"]?.stringValue else { throw unreadable("task.status is missing or not a string") }
        return snapshot(raw: raw, rawStatus: rawStatus, id: id)
    }

    private static func snapshot(raw: JSONValue, rawStatus: String, id: TaskID) -> TaskSnapshot {
        let task = raw["task"]
        let status = status(for: rawStatus)
        let details = JieKouTaskDetails(raw: raw)
        var snapshot = TaskSnapshot(id: id, status: status, rawStatus: rawStatus, raw: raw)
        if let percent = task?["progress_percent"]?.doubleValue, percent.isFinite {
            snapshot.progress = min(max(percent / 100, 0), 1)
        }
        snapshot.videoURL = JieKouJSON.url(raw["videos"]?[0]?["video_url"])
        snapshot.lastFrameURL = JieKouJSON.url(raw["images"]?[0]?["image_url"])
        snapshot.audioURLs = (raw["audios"]?.arrayValue ?? []).compactMap { JieKouJSON.url($0["audio_url"]) }
        snapshot.seed = raw["extra"]?["seed"]?.integerValue
        snapshot.createdAt = details.submittedAt
        snapshot.completedAt = details.completedAt
        if let completed = details.completedAt, let ttl = details.videoURLTTL, snapshot.videoURL != nil {
            snapshot.resultExpiresAt = completed.addingTimeInterval(ttl.timeInterval)
        }
        if status == .failed {
            let reason = task?["reason"]?.stringValue ?? ""
            snapshot.failure = TaskFailure(
                category: JieKouFailureClassifier.category(forReason: reason),
                message: reason.isEmpty ? "the task failed without a reason" : reason)
        }
        return snapshot
    }
}
