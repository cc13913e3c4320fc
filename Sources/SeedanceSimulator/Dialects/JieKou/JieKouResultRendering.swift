import Foundation
import SeedanceCore

/// Renders a task as the answer to `GET /v3/async/task-result` (docs/dialects/jiekou.md,
/// `Fixtures/jiekou/result-*.json`):
///
/// ```json
/// {"extra": {"seed": "123", "debug_info": {"request_info": "", "submit_time_ms": "…", "execute_time_ms": "…", "complete_time_ms": "…"}},
///  "task": {"task_id": "…", "status": "TASK_STATUS_SUCCEED", "reason": "", "task_type": "video", "eta": 0, "progress_percent": 100},
///  "videos": [{"video_url": "…", "video_url_ttl": "3600", "video_type": "mp4"}],
///  "images": [{"image_url": "…", "image_url_ttl": 3600, "image_type": "png"}],
///  "audios": [{"audio_url": "…", "audio_url_ttl": "3600", "audio_type": "wav", "audio_metadata": {…}}]}
/// ```
///
/// Types follow the documents: `extra.seed` and the `*_time_ms` values are strings, `video_url_ttl` and
/// `audio_url_ttl` strings, `image_url_ttl` a number, `eta` and `progress_percent` integers. Times not reached yet
/// are `"0"` while queued and `""` for the completion while processing; the seed is `""` until the task runs
/// [INFERRED, as the fixtures].
struct JieKouResultRendering {
    let dialect: SimulatedJieKou
    let configuration: SimulatorConfiguration

    /// The links' lifetime in seconds: the configured result-link lifetime, else the documented 3600.
    private var ttl: Int64 {
        configuration.media.resultURLLifetime.map { Int64($0.timeInterval.rounded(.down)) } ?? 3600
    }

    func render(_ observation: TaskObservation) -> JSONValue {
        let task = observation.task
        let executed = Self.hasRun(observation.phase)
        let startDate = task.createdDate.addingTimeInterval(task.queuedFor.timeInterval)
        let debugInfo: JSONValue = [
            "request_info": "",
            "submit_time_ms": .string(Self.milliseconds(task.createdDate)),
            "execute_time_ms": .string(executed ? Self.milliseconds(startDate) : "0"),
            "complete_time_ms": .string(observation.finishedAt.map(Self.milliseconds) ?? (executed ? "" : "0")),
        ]
        let status: JSONValue = [
            "task_id": .string(task.id),
            "status": .string(Self.status(of: observation.phase)),
            "reason": .string(reason(of: observation)),
            "task_type": "video",
            "eta": .integer(Int64(observation.remaining.timeInterval.rounded(.up))),
            "progress_percent": .integer(Int64((observation.progress * 100).rounded(.down))),
        ]
        return [
            "extra": ["seed": .string(executed ? String(observation.reportedSeed) : ""), "debug_info": debugInfo],
            "task": status,
            "videos": .array(videos(observation)),
            "images": .array(images(observation)),
            "audios": .array(audios(observation)),
        ]
    }

    /// The documented status vocabulary; an expired or cancelled task is reported as failed (the list has nothing
    /// else) with a reason that says what happened [INFERRED].
    static func status(of phase: TaskPhase) -> String {
        switch phase {
        case .queued: "TASK_STATUS_QUEUED"
        case .running: "TASK_STATUS_PROCESSING"
        case .succeeded: "TASK_STATUS_SUCCEED"
        case .failed, .expired, .cancelled: "TASK_STATUS_FAILED"
        }
    }

    /// `""` unless failed. Content rejection uses upstream's wording for a sensitive output [INFERRED].
    private func reason(of observation: TaskObservation) -> String {
        switch observation.phase {
        case .queued, .running, .succeeded: return ""
        case .failed(.contentRejected): return "The request failed because the output video may contain sensitive information."
        case .failed(.generationFailed): return "Video generation failed due to an internal error. Please try again."
        case .failed(.custom(let code, let message)): return "\(code): \(message)"
        case .expired:
            let limit = observation.task.params["execution_expires_after"]?.integerValue ?? 172_800
            return "The task expired: it did not run within execution_expires_after (\(limit) s)."
        case .cancelled: return "The task was cancelled."
        }
    }

    private func videos(_ observation: TaskObservation) -> [JSONValue] {
        guard let url = observation.videoURL else { return [] }
        return [["video_url": .string(url.absoluteString), "video_url_ttl": .string(String(ttl)), "video_type": "mp4"]]
    }

    private func images(_ observation: TaskObservation) -> [JSONValue] {
        guard let url = observation.lastFrameURL else { return [] }
        return [["image_url": .string(url.absoluteString), "image_url_ttl": .integer(ttl), "image_type": "png"]]
    }

    private func audios(_ observation: TaskObservation) -> [JSONValue] {
        guard observation.phase == .succeeded, observation.task.echo.generateAudio != false,
            let url = JieKouAudio.url(for: observation, basePath: dialect.basePath, configuration: configuration)
        else { return [] }
        let metadata: JSONValue = [
            "text": .string(Self.dialogue(in: observation.task.prompt)),
            "start_time": 0,
            "end_time": .integer(Int64(observation.task.echo.duration ?? 5)),
        ]
        return [
            [
                "audio_url": .string(url.absoluteString), "audio_url_ttl": .string(String(ttl)), "audio_type": "wav",
                "audio_metadata": metadata,
            ]
        ]
    }

    /// The spoken lines of a prompt: the text between double quotes (JieKou's documentation asks for dialogue in them).
    static func dialogue(in prompt: String?) -> String {
        let pieces = (prompt ?? "").split(separator: "\"", omittingEmptySubsequences: false)
        return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }.joined(separator: " ")
    }

    private static func hasRun(_ phase: TaskPhase) -> Bool {
        switch phase {
        case .queued, .expired, .cancelled: false
        case .running, .succeeded, .failed: true
        }
    }

    private static func milliseconds(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
