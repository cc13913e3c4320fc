import SeedanceContentArray
import SeedanceCore

/// The official task object: the answer to `GET …/tasks/{id}`, each item of a list page, and (assumed) a callback
/// body (docs/dialects/modelark.md). `content`, `usage` and `error` are absent or `null` until the task ends.
struct ModelArkTask: Decodable {
    var id: LenientString?
    var model: LenientString?
    var status: LenientString?
    var error: JSONValue?
    var content: Content?
    var usage: TokenUsage?
    var createdAt: JSONValue?
    var updatedAt: JSONValue?
    var seed: LenientInt?
    var resolution: LenientString?
    var ratio: LenientString?
    var duration: LenientDouble?
    var frames: LenientInt?
    var framesPerSecond: LenientInt?

    enum CodingKeys: String, CodingKey {
        case id, model, status, error, content, usage, seed, resolution, ratio, duration, frames
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case framesPerSecond = "framespersecond"
    }

    /// `content`: the video, and the last frame when `return_last_frame` was set.
    struct Content: Decodable {
        var videoURL: String?
        var lastFrameURL: String?

        enum CodingKeys: String, CodingKey {
            case videoURL = "video_url"
            case lastFrameURL = "last_frame_url"
        }
    }

    /// `usage`: tokens billed, as numbers, strings or fractions.
    struct TokenUsage: Decodable {
        var completionTokens: LenientDouble?
        var totalTokens: LenientDouble?

        enum CodingKeys: String, CodingKey {
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
        }
    }

    /// The task's `error`, when present and not empty.
    var errorPayload: ProviderErrorPayload? { error.flatMap(ProviderErrorPayload.init(json:)) }

    /// The video's length: `duration` when positive (it is `-1` while an auto length is undecided), else
    /// `frames ÷ framespersecond` (24 when not given).
    var videoSeconds: Double? {
        if let seconds = duration?.value, seconds > 0 { return seconds }
        guard let frames = frames?.value, frames > 0 else { return nil }
        return Double(frames) / Double(framesPerSecond?.value ?? 24)
    }
}

/// A list page: `{"total": …, "items": [task…]}`.
struct ModelArkTaskList: Decodable {
    var total: LenientInt?
    var items: [EchoedTask<ModelArkTask>]?
}
