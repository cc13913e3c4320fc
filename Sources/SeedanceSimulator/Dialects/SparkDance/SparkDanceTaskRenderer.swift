import Foundation
import SeedanceCore

/// Renders a spark_dance task in the shapes of docs/dialects/sparkdance.md (the create answer, the status answer, which
/// is also the callback body):
///
/// - queued or running: `{"id", "status": "in_progress", "model", "created_at", "progress"}` (progress 0 … 1);
/// - succeeded: `"status": "completed"` with `output[0].content[]` (a `video` item with `url`, `duration`, `jobId`,
///   plus `format` / `resolution` / `ratio` / `fps` for the 1.0 models; an `image` item for the last frame when
///   `return_last_frame` was set [INFERRED: where the last frame appears]), `usage {cost (string, USD), discount}`
///   and `metadata {}`;
/// - failed or expired: `"status": "failed"` with `error` in the configured ``SimulatedSparkDance/FailureStyle``.
///
/// `duration` is a JSON number for 1.5 Pro (as Vtrix documents for 1.5 Pro) and a string for the 1.0 models (as the
/// provider's CLI decodes it, and as `frames` make it fractional: 57 frames → `"2.375"`).
struct SparkDanceTaskRenderer {
    let failureStyle: SimulatedSparkDance.FailureStyle

    /// The create answer: the new task's id, status, model and creation time.
    func createAnswer(_ task: SimulatedTask) -> JSONValue {
        [
            "id": .string(task.id), "status": "in_progress", "model": .string(task.model),
            "created_at": .integer(Self.seconds(task.createdDate)),
        ]
    }

    /// The status answer (and callback body) for `observation`.
    func render(_ observation: TaskObservation) -> JSONValue {
        let task = observation.task
        let model = SparkDanceSimulatedModel.named(task.model) ?? SparkDanceSimulatedModel(profile: .seedance15Pro(task.model), isSeed000: true)
        var object: [String: JSONValue] = [
            "id": .string(task.id), "model": .string(task.model), "created_at": .integer(Self.seconds(task.createdDate)),
        ]
        switch observation.phase {
        case .queued, .running:
            object["status"] = "in_progress"
            object["progress"] = .double(observation.progress)
        case .succeeded:
            object["status"] = "completed"
            let settings = ContentArraySettings(json: task.params)
            let output = settings.map { ContentArrayOutput($0, task: task) }
            let items = contentItems(observation, model: model, resolution: settings?.resolution, output: output)
            object["output"] = [["content": .array(items)]]
            object["usage"] = ["cost": .string(cost(settings, output: output, model: model)), "discount": 0]
            object["metadata"] = [:]
        case .failed, .expired, .cancelled:
            object["status"] = "failed"
            object["error"] = error(model.failure(observation.phase))
        }
        return .object(object)
    }

    private func contentItems(
        _ observation: TaskObservation, model: SparkDanceSimulatedModel, resolution: String?,
        output: ContentArrayOutput?
    ) -> [JSONValue] {
        let jobID = Self.jobID(of: observation.task)
        var video: [String: JSONValue] = ["type": "video", "jobId": .string(jobID)]
        video["url"] = observation.videoURL.map { .string($0.absoluteString) }
        if let output {
            if model.isSeed000 {
                video["duration"] = .integer(output.wholeSeconds)
            } else {
                video["duration"] = .string(Self.secondsText(output.seconds))
                video["format"] = "mp4"
                video["resolution"] = resolution.map(JSONValue.string)
                video["ratio"] = .string(output.ratio)
                video["fps"] = .integer(Int64(ContentArraySettings.framesPerSecond))
            }
        }
        var items: [JSONValue] = [.object(video)]
        if let lastFrame = observation.lastFrameURL {
            items.append(["type": "image", "url": .string(lastFrame.absoluteString), "jobId": .string(jobID)])
        }
        return items
    }

    /// USD at 2.4 per million tokens for 1.5 Pro with audio (1.2 silent), 2.5 for the others; drafts half price.
    private func cost(_ settings: ContentArraySettings?, output: ContentArrayOutput?, model: SparkDanceSimulatedModel) -> String {
        guard let settings, let output else { return "0.00" }
        var perMillion = model.isSeed000 ? (settings.generateAudio == false ? 1.2 : 2.4) : 2.5
        if settings.draft { perMillion /= 2 }
        return String(format: "%.2f", Double(output.tokens) * perMillion / 1_000_000)
    }

    private func error(_ failure: (code: String, message: String)) -> JSONValue {
        switch failureStyle {
        case .seed:
            return ["code": .string(failure.code), "error_message": .string(failure.message)]
        case .numericCode:
            return ["code": Int64(failure.code).map(JSONValue.integer) ?? .string(failure.code), "message": .string(failure.message)]
        case .plainString:
            return .string(failure.message)
        }
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    static func secondsText(_ seconds: Double) -> String {
        seconds.rounded() == seconds ? String(Int64(seconds)) : String(seconds)
    }

    /// The upstream job id a result item carries (`cgt-YYYYMMDDHHMMSS-xxxxx`, as Ark spells task ids).
    static func jobID(of task: SimulatedTask) -> String {
        TaskIDFormat.arkStyle.id(
            for: TaskIDFormat.Input(
                sequence: task.sequence, date: task.createdDate, random: (UInt64(bitPattern: task.drawnSeed) &* 0x9E37_79B9_7F4A_7C15, 0)))
    }
}
