import Foundation
import SeedanceCore

/// Reads and validates the parameters of a content-array create (the object inside `input[0].params` for
/// spark_dance, the body itself for Ark) as Vtrix's spark_dance pages describe them, for one model's
/// ``ContentArrayProfile`` (a Seedance 2.x profile is read by `Seedance2Reader`). Every refusal is a ``SimulatedError/invalidParameter(_:_:code:status:)`` naming the field,
/// with the code the dialect's ``ContentArrayCodebook`` gives for the ``ContentArrayViolation``. Unknown fields are
/// ignored.
struct ContentArrayReader {
    let profile: ContentArrayProfile
    let codebook: ContentArrayCodebook
    /// The files the simulator hosts, so 2.x reference media pointing at them are inspected.
    var hosted: HostedMedia? = nil

    /// The validated input of `object`. Throws ``SimulatedError`` for the first rule broken.
    func read(_ object: [String: JSONValue]) throws -> ContentArrayInput {
        if let model = profile.seedance2 {
            return try Seedance2Reader(model: model, profile: profile, codebook: codebook, hosted: hosted).read(object)
        }
        let fields = JSONFields(object)
        var input = try ContentArrayContentReader(profile: profile, codebook: codebook).read(fields)
        input.resolution = try fields.string("resolution", code: codebook(.resolution))
        if let resolution = input.resolution, !profile.resolutions.contains(resolution) {
            throw refusal(
                .resolution, "resolution",
                "resolution must be one of \(profile.resolutions.joined(separator: ", ")) for \(profile.modelName); got \"\(resolution)\".")
        }
        input.ratio = try fields.string("ratio", code: codebook(.ratio))
        if let ratio = input.ratio, !profile.ratios.contains(ratio) {
            throw refusal(.ratio, "ratio", "ratio must be one of \(profile.ratios.joined(separator: ", ")); got \"\(ratio)\".")
        }
        input.duration = try readDuration(fields)
        input.frames = try readFrames(fields)
        input.seed = try fields.integer("seed", in: -1...4_294_967_295, code: codebook(.seed))
        input.expiresAfter = try fields.integer("execution_expires_after", in: 3600...259_200, code: codebook(.expiry))
        input.serviceTier = try fields.string("service_tier", code: codebook(.serviceTier))
        if let tier = input.serviceTier, !["default", "flex"].contains(tier) {
            throw refusal(.serviceTier, "service_tier", "service_tier must be default or flex; got \"\(tier)\".")
        }
        input.cameraFixed = try fields.bool("camera_fixed", code: codebook(.boolean))
        input.watermark = try fields.bool("watermark", code: codebook(.boolean))
        input.generateAudio = try fields.bool("generate_audio", code: codebook(.boolean))
        input.draft = try fields.bool("draft", code: codebook(.boolean))
        input.returnLastFrame = try fields.bool("return_last_frame", code: codebook(.boolean))
        input.callbackURL = try readCallbackURL(fields)
        try checkDraftMode(input)
        return input
    }

    private func readDuration(_ fields: JSONFields) throws -> Int64? {
        guard let duration = try fields.integer("duration", code: codebook(.duration)) else { return nil }
        let allowed = profile.durationRange.contains(duration) || (profile.allowsAutoDuration && duration == -1)
        guard allowed else {
            let auto = profile.allowsAutoDuration ? "-1 or " : ""
            throw refusal(
                .duration, "duration",
                "duration must be \(auto)an integer between \(profile.durationRange.lowerBound) and \(profile.durationRange.upperBound) for \(profile.modelName); got \(duration)."
            )
        }
        return duration
    }

    private func readFrames(_ fields: JSONFields) throws -> Int64? {
        guard let frames = try fields.integer("frames", code: codebook(.frames)) else { return nil }
        guard profile.allowsFrames else {
            throw refusal(.frames, "frames", "frames is not supported by \(profile.modelName); use duration.")
        }
        guard (29...289).contains(frames), (frames - 25) % 4 == 0 else {
            throw refusal(.frames, "frames", "frames must be 25 + 4n within 29 … 289 (for example 29, 33, 57, 289); got \(frames).")
        }
        return frames
    }

    /// `callback_url`: an http(s) URL, or `nil` when absent.
    func readCallbackURL(_ fields: JSONFields) throws -> URL? {
        guard let text = try fields.string("callback_url", code: codebook(.callbackURL)) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw refusal(.callbackURL, "callback_url", "callback_url must be an http(s) URL; got \"\(text)\".")
        }
        return url
    }

    /// Vtrix's 1.5 Pro page: draft mode is 1.5 Pro only, makes 480p ("using other resolutions will cause an error"),
    /// and does not support the last frame or offline (`flex`) inference.
    private func checkDraftMode(_ input: ContentArrayInput) throws {
        guard input.draft == true else { return }
        guard profile.allowsDraft else {
            throw refusal(.unsupported, "draft", "draft mode is not supported by \(profile.modelName).")
        }
        if let resolution = input.resolution, resolution != "480p" {
            throw refusal(.resolution, "resolution", "draft mode generates 480p video only; got resolution \"\(resolution)\".")
        }
        if input.returnLastFrame == true {
            throw refusal(.draftConflict, "return_last_frame", "draft mode does not support return_last_frame.")
        }
        if input.serviceTier == "flex" {
            throw refusal(.serviceTier, "service_tier", "draft mode does not support the flex service tier.")
        }
        if input.draftTaskID != nil {
            throw refusal(.draftTask, "content", "a draft_task item makes a final video; it cannot be combined with draft: true.")
        }
    }

    private func refusal(_ violation: ContentArrayViolation, _ field: String, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, message, code: codebook(violation))
    }
}

extension ContentArrayReader {
    /// The settings a create of `object` runs with: validated, completed with the model's defaults and, for a final
    /// video, the draft's inputs (``ContentArrayDrafts``). On 2.x a final must name a draft of the same model
    /// [STRICT: the sources show drafts and finals of one model id]. Throws ``SimulatedError`` for the first rule
    /// broken.
    func settings(_ object: [String: JSONValue], in context: DialectContext) async throws -> (settings: ContentArraySettings, input: ContentArrayInput) {
        var reader = self
        reader.hosted = context.hostedMedia
        let input = try reader.read(object)
        var draft: ContentArraySettings?
        if let draftID = input.draftTaskID {
            if context.configuration.assumesUnknownDraftsSucceeded, (try? await context.observeTask(draftID)) == nil {
                let assumed = ContentArrayInput(prompt: "a draft made before this simulator started", resolution: "480p", duration: 5, draft: true)
                draft = ContentArraySettings(assumed, profile: profile, reusing: nil)
            } else {
                draft = try await ContentArrayDrafts.settings(ofDraft: draftID, in: context, codebook: codebook)
            }
            if let model = profile.seedance2, let made = draft?.model, made != model.id {
                throw SimulatedError.invalidParameter(
                    "content", "draft_task.id \"\(draftID)\" is a draft of model \(made); a final video on \(model.id) needs a draft of the same model.",
                    code: codebook(.draftTask))
            }
        }
        return (ContentArraySettings(input, profile: profile, reusing: draft), input)
    }
}
