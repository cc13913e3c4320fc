import Foundation
import SeedanceCore

/// The `data` object of seedanceapi.org's status answer (the success example of seedanceapi.org's documentation;
/// docs/dialects/seedanceapi.md):
///
/// | phase | `status` | `consumed_credits` | `response` | `error_message` |
/// |---|---|---|---|---|
/// | queued, running | `IN_PROGRESS` | absent | `[]` | `null` |
/// | succeeded | `SUCCESS` | the price | `[video URL]` | `null` |
/// | failed, expired, cancelled | `FAILED` | `0` | `[]` | a message |
///
/// with `task_id`, `created_at` (ISO-8601, whole seconds, `Z`) and `request` (`prompt`, `aspect_ratio`,
/// `resolution`, `duration` as a string) always. The in-progress and failed shapes are [INFERRED] from the success
/// example ("Status will be FAILED with error_message populated").
enum SeedanceAPIOrgStatusRendering {
    static func data(for observation: TaskObservation) -> JSONValue {
        var data: [String: JSONValue] = [
            "task_id": .string(observation.id), "status": .string(status(of: observation.phase)),
            "created_at": .string(iso8601(observation.task.createdDate)),
            "request": observation.task.params["request"] ?? .object([:]),
            "response": .array(observation.videoURL.map { [.string($0.absoluteString)] } ?? []),
            "error_message": errorMessage(observation.phase).map { .string($0) } ?? .null,
        ]
        if observation.phase.isTerminal {
            data["consumed_credits"] = .integer(Int64(observation.phase == .succeeded ? price(of: observation.task) : 0))
        }
        return .object(data)
    }

    static func status(of phase: TaskPhase) -> String {
        switch phase {
        case .queued, .running: "IN_PROGRESS"
        case .succeeded: "SUCCESS"
        case .failed, .expired, .cancelled: "FAILED"
        }
    }

    /// The failure message [INFERRED]: moderation, a random failure (the fixture's wording), expiry, cancellation, or
    /// a planned failure's own message.
    static func errorMessage(_ phase: TaskPhase) -> String? {
        switch phase {
        case .failed(.contentRejected): "The prompt was rejected by content moderation"
        case .failed(.generationFailed): "Video generation failed, please try again"
        case .failed(.custom(_, let message)): message
        case .expired: "The task timed out before it could run"
        case .cancelled: "The task was cancelled"
        case .queued, .running, .succeeded: nil
        }
    }

    /// The task's price: the one a v2 create kept with it, else the v1 table's for its settings.
    static func price(of task: SimulatedTask) -> Int {
        if let kept = task.params["credits"], !kept.isNull { return Int(kept.integerValue ?? 0) }
        return SimulatedSeedanceAPIOrg.credits(
            resolution: task.echo.resolution ?? "720p", durationSeconds: task.echo.duration ?? 8,
            generateAudio: task.echo.generateAudio ?? false) ?? 0
    }

    /// What the task counts against a limited balance: its price unless it failed.
    static func chargedCredits(_ observation: TaskObservation) -> Int {
        switch observation.phase {
        case .failed, .expired, .cancelled: 0
        case .queued, .running, .succeeded: price(of: observation.task)
        }
    }

    static func iso8601(_ date: Date) -> String {
        Date.ISO8601FormatStyle().format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
