import Foundation
import SeedanceCore

/// Draft → final ("Draft Information" on Vtrix's 1.5 Pro page): a `draft_task` item names an earlier draft task of the
/// same dialect, whose inputs the final video reuses. A draft made with `duration: -1` passes on the length the model
/// chose for it, so the final has the draft's length.
enum ContentArrayDrafts {
    /// The settings of the draft `id`. Throws ``SimulatedError`` (the dialect's ``ContentArrayViolation/draftTask``
    /// code, field `content`) when no task has that id, it is not a draft, or it has not succeeded.
    static func settings(ofDraft id: String, in context: DialectContext, codebook: ContentArrayCodebook) async throws -> ContentArraySettings {
        func refusal(_ message: String) -> SimulatedError {
            SimulatedError.invalidParameter("content", message, code: codebook(.draftTask))
        }
        guard let observation = try? await context.observeTask(id) else { throw refusal("draft_task.id \"\(id)\" names no task.") }
        guard let settings = ContentArraySettings(json: observation.task.params), settings.draft else {
            throw refusal("draft_task.id \"\(id)\" is not a draft task (created with draft: true).")
        }
        guard observation.phase == .succeeded else {
            throw refusal("draft_task.id \"\(id)\" has not succeeded; a final video needs a finished draft.")
        }
        var reused = settings
        if reused.duration == -1 { reused.duration = ContentArrayOutput(settings, task: observation.task).wholeSeconds }
        return reused
    }
}

/// What a finished content-array task produced: its real length and pixel size, and the tokens it used (Ark
/// bills `completion_tokens` ≈ width × height × fps × seconds ÷ 1024: 1280 × 720 × 24 × 5 ÷ 1024 = 108 000; 2.x
/// models by their frame count, see ``Seedance2Output``).
struct ContentArrayOutput: Sendable, Hashable {
    /// The video length in seconds (`frames ÷ 24` when frames decided it; the model's choice for `-1`).
    var seconds: Double
    var width: Int
    var height: Int
    /// The ratio actually produced (`adaptive` resolved to 16:9).
    var ratio: String
    /// Whether the 2.x output tables and token formula apply (``Seedance2Output``).
    var isSeedance2: Bool

    /// The output of `task` run with `settings`.
    init(_ settings: ContentArraySettings, task: SimulatedTask) {
        if let frames = settings.frames {
            seconds = Double(frames) / Double(ContentArraySettings.framesPerSecond)
        } else if let duration = settings.duration, duration > 0 {
            seconds = Double(duration)
        } else {
            seconds = Double(4 + task.drawnSeed % 9)
        }
        ratio = settings.ratio == "adaptive" ? "16:9" : settings.ratio
        if let model = settings.seedance2 {
            if settings.duration == -1, let source = settings.extras?.editSourceSeconds {
                seconds = max(2, ((source - 0.4) * Double(ContentArraySettings.framesPerSecond)).rounded() / Double(ContentArraySettings.framesPerSecond))
            }
            (width, height) = Seedance2Output.size(resolution: settings.resolution, ratio: ratio, narrow480p: model.usesNarrow480p)
            isSeedance2 = true
            return
        }
        isSeedance2 = false
        let short = Int(settings.resolution.dropLast()) ?? 720
        let parts = ratio.split(separator: ":").compactMap { Int($0) }
        let (across, down) = parts.count == 2 && parts[0] > 0 && parts[1] > 0 ? (parts[0], parts[1]) : (16, 9)
        if across >= down {
            (width, height) = (Self.even(Double(short) * Double(across) / Double(down)), short)
        } else {
            (width, height) = (short, Self.even(Double(short) * Double(down) / Double(across)))
        }
    }

    /// Whole seconds, as `duration` fields report them.
    var wholeSeconds: Int64 { Int64(seconds.rounded()) }

    /// The `duration` a finished task reports: whole seconds, except a 2.x length that is not (an edit's, made
    /// from its source), which is reported as a number with three decimals.
    var reportedDuration: JSONValue {
        guard isSeedance2, seconds.rounded() != seconds else { return .integer(wholeSeconds) }
        return .double((seconds * 1000).rounded() / 1000)
    }

    /// Tokens used.
    var tokens: Int64 {
        if isSeedance2 { return Seedance2Output.tokens(seconds: seconds, width: width, height: height) }
        return Int64((Double(width * height * ContentArraySettings.framesPerSecond) * seconds / 1024).rounded())
    }

    private static func even(_ value: Double) -> Int { Int((value / 2).rounded()) * 2 }
}
