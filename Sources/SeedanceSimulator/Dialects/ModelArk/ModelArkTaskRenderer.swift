import Foundation
import SeedanceCore

/// Renders an Ark content-generation task object (docs/dialects/modelark.md) for GET, list items and callbacks:
/// `id`, `model`, `status` (`queued` / `running` / `succeeded` / `failed` / `cancelled` / `expired`), `error`
/// (`null` unless failed, then `{code, message}`), `created_at` / `updated_at` (Unix seconds), the echoed settings
/// (`seed`, `resolution`, `ratio`, `duration` or `frames`, `framespersecond`, `service_tier`,
/// `execution_expires_after`, `generate_audio` and `draft` where the model has them, `draft_task_id` for a final),
/// and once succeeded `content {video_url, last_frame_url?}` and `usage {completion_tokens, total_tokens}`.
///
/// Seedance 2.x tasks also echo `priority` (0 unless given), `safety_identifier` when given, `output_format` on
/// 2.5 (`mp4` unless `mov`); a task that asked for `tools: [{"type": "web_search"}]` made one search (the
/// simulated model always searches once), so it reports `tools` and, once succeeded,
/// `usage.tool_usage.web_search: 1`. Their tokens follow the frame count (``Seedance2Output``). A 2.5 edit of a clip
/// the simulator hosts lasts about 0.4 s less than its source and reports that fractional length (`11.583`).
///
/// The seed is reported when the request gave one, or from the moment the task ran (the model drew it); `duration`
/// stays as requested (`-1` included) until the video exists, then reports its real length, and an `adaptive`
/// ratio then reports the ratio produced.
struct ModelArkTaskRenderer {
    /// The task object of `observation`.
    func render(_ observation: TaskObservation) -> JSONValue {
        let task = observation.task
        let profile = SimulatedModelArk.profile(for: task.model)
        var object: [String: JSONValue] = [
            "id": .string(task.id), "model": .string(task.model), "status": .string(Self.status(of: observation.phase)),
            "error": error(observation.phase),
            "created_at": .integer(Self.seconds(task.createdDate)), "updated_at": .integer(Self.seconds(observation.updatedAt)),
            "framespersecond": .integer(Int64(ContentArraySettings.framesPerSecond)),
        ]
        guard let settings = ContentArraySettings(json: task.params) else { return .object(object) }
        let output = ContentArrayOutput(settings, task: task)
        let succeeded = observation.phase == .succeeded
        let ran: Bool =
            switch observation.phase {
            case .running, .succeeded, .failed: true
            case .queued, .cancelled, .expired: false
            }
        if settings.seed >= 0 || ran { object["seed"] = .integer(observation.reportedSeed) }
        object["resolution"] = .string(settings.resolution)
        object["ratio"] = .string(succeeded ? output.ratio : settings.ratio)
        if let frames = settings.frames {
            object["frames"] = .integer(frames)
        } else if let duration = settings.duration {
            object["duration"] = succeeded ? output.reportedDuration : .integer(duration)
        }
        object["service_tier"] = .string(settings.serviceTier)
        object["execution_expires_after"] = .integer(settings.expiresAfter)
        if let audio = settings.generateAudio { object["generate_audio"] = .bool(audio) }
        if profile.allowsDraft { object["draft"] = .bool(settings.draft) }
        if let draftID = settings.draftTaskID { object["draft_task_id"] = .string(draftID) }
        if let model = profile.seedance2 {
            object["priority"] = .integer(settings.extras?.priority ?? 0)
            if let identifier = settings.extras?.safetyIdentifier { object["safety_identifier"] = .string(identifier) }
            if model.allowsOutputFormat { object["output_format"] = .string(settings.extras?.outputFormat ?? "mp4") }
            if settings.extras?.webSearch == true { object["tools"] = [["type": "web_search"]] }
        }
        if succeeded {
            var content: [String: JSONValue] = [:]
            content["video_url"] = observation.videoURL.map { .string($0.absoluteString) }
            content["last_frame_url"] = observation.lastFrameURL.map { .string($0.absoluteString) }
            object["content"] = .object(content)
            var usage: [String: JSONValue] = ["completion_tokens": .integer(output.tokens), "total_tokens": .integer(output.tokens)]
            if settings.extras?.webSearch == true { usage["tool_usage"] = ["web_search": 1] }
            object["usage"] = .object(usage)
        }
        return .object(object)
    }

    /// `null`, or `{code, message}` for a failed task (no moderation of outputs is documented per code:
    /// a rejected prompt that got this far fails `OutputVideoSensitiveContentDetected`, any other failure
    /// `InternalServiceError` [INFERRED]).
    private func error(_ phase: TaskPhase) -> JSONValue {
        guard case .failed(let reason) = phase else { return .null }
        let (code, message): (String, String) =
            switch reason {
            case .contentRejected: ("OutputVideoSensitiveContentDetected", "The request failed because the output video may contain sensitive information.")
            case .generationFailed: ("InternalServiceError", "The service encountered an unexpected internal error.")
            case .custom(let code, let message): (code, message)
            }
        return ["code": .string(code), "message": .string(message)]
    }

    /// The status string of `phase`.
    static func status(of phase: TaskPhase) -> String {
        switch phase {
        case .queued: "queued"
        case .running: "running"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .expired: "expired"
        case .cancelled: "cancelled"
        }
    }

    /// Every status string, for `filter.status`.
    static let statuses: Set<String> = ["queued", "running", "succeeded", "failed", "cancelled", "expired"]

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
