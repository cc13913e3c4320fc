import Foundation
import SeedanceCore

/// Reads and validates a Seedance 2.x content-array create (the Ark body, or the object inside spark_dance's
/// `input[0].params`) for one ``SimulatedSeedance2Model``: the content (``Seedance2ContentReader``), then the top-level
/// fields. Every refusal is a 400 naming the field, with the code the dialect's ``ContentArrayCodebook`` gives.
/// Unknown fields are ignored, as on 1.x; the fields the 2.x models refuse are not (``SimulatedSeedance2Model/refusedFields``).
///
/// Rules beyond the content:
/// - `resolution` one of the model's (compared case-insensitively, `4K` is `4k`); default 720p;
/// - `ratio` one of 16:9, 4:3, 1:1, 3:4, 9:16, 21:9, adaptive; on the 2.5 line only `adaptive` (or none) for
///   first-frame and first + last frame tasks, and for edit and extend;
/// - `duration` -1 or 4 … 15 (2.0) / 4 … 30 (2.5); default 5 (2.0) or -1 (2.5);
/// - `seed` -1 … 2147483647 (the 2026 pages); `execution_expires_after` 3600 … 259200;
/// - `priority` an integer 0 … 9; `safety_identifier` a string of at most 64 characters; `tools` exactly
///   `[{"type": "web_search"}]`; `output_format` mp4 or mov (2.5);
/// - `omni_reference_task_type` auto, reference, edit or extend (2.5); an explicit reference, edit or extend needs
///   reference media, edit and extend at least one `reference_video`, edit `duration` -1 (or none) and a 4 … 30 s
///   source, edit and extend `ratio` adaptive (or none): `InvalidParameter.TaskTypeConstraint`;
/// - `draft: true` (2.5) only at 480p (or no resolution) and not with `return_last_frame`;
/// - a draft's final renders at the model's final resolution (1080p; 4k on Premium), and refuses any other with
///   `InvalidResolutionParameter` [STRICT: the sources name only these].
struct Seedance2Reader {
    let model: SimulatedSeedance2Model
    let profile: ContentArrayProfile
    let codebook: ContentArrayCodebook
    let hosted: HostedMedia?

    /// The validated input of `object`. Throws ``SimulatedError`` for the first rule broken.
    func read(_ object: [String: JSONValue]) throws -> ContentArrayInput {
        let fields = JSONFields(object)
        if let field = model.refusedFields.first(where: fields.has) {
            throw refusal(.unsupportedField, field, "the specified parameter \(field) is not supported for model \(model.id).")
        }
        let media = Seedance2MediaCheck(model: model, hosted: hosted, codebook: codebook)
        var (input, mode) = try Seedance2ContentReader(model: model, profile: profile, codebook: codebook, media: media).read(fields)
        try readOutput(fields, into: &input)
        try readExtras(fields, into: &input)
        try checkRatio(input, mode: mode)
        try checkTaskType(input, mode: mode, media: media)
        if input.extras?.taskType == "edit", let source = media.videoSeconds.first { input.extras?.editSourceSeconds = source.seconds }
        try checkDraft(input, mode: mode)
        if mode == .draftFinal, input.resolution == nil { input.resolution = model.finalResolution }
        return input
    }

    private func readOutput(_ fields: JSONFields, into input: inout ContentArrayInput) throws {
        if let resolution = try fields.string("resolution", code: codebook(.resolution)) {
            guard model.resolutions.contains(resolution.lowercased()) else {
                throw refusal(
                    .resolution, "resolution",
                    "resolution must be one of \(model.resolutions.joined(separator: ", ")) for model \(model.id); got \"\(resolution)\".")
            }
            input.resolution = resolution.lowercased()
        }
        input.ratio = try fields.string("ratio", code: codebook(.ratio))
        if let ratio = input.ratio, !SimulatedSeedance2Model.ratios.contains(ratio) {
            throw refusal(.ratio, "ratio", "ratio must be one of \(SimulatedSeedance2Model.ratios.joined(separator: ", ")); got \"\(ratio)\".")
        }
        if let duration = try fields.integer("duration", code: codebook(.duration)) {
            guard duration == -1 || (4...model.longestDuration).contains(duration) else {
                throw refusal(
                    .duration, "duration", "duration must be -1 or an integer between 4 and \(model.longestDuration) for model \(model.id); got \(duration).")
            }
            input.duration = duration
        }
        input.seed = try fields.integer("seed", in: -1...2_147_483_647, code: codebook(.seed))
        input.expiresAfter = try fields.integer("execution_expires_after", in: 3600...259_200, code: codebook(.expiry))
        input.watermark = try fields.bool("watermark", code: codebook(.boolean))
        input.generateAudio = try fields.bool("generate_audio", code: codebook(.boolean))
        input.draft = try fields.bool("draft", code: codebook(.boolean))
        input.returnLastFrame = try fields.bool("return_last_frame", code: codebook(.boolean))
        input.callbackURL = try ContentArrayReader(profile: profile, codebook: codebook).readCallbackURL(fields)
    }

    private func readExtras(_ fields: JSONFields, into input: inout ContentArrayInput) throws {
        var extras = input.extras ?? Seedance2Extras()
        defer { input.extras = extras }
        if fields.has("priority") {
            guard let priority = try? fields.integer("priority"), (0...9).contains(priority) else {
                throw refusal(.priority, "priority", "priority must be an integer between 0 and 9; got \(fields.object["priority"].map(Self.describe) ?? "").")
            }
            extras.priority = priority
        }
        if fields.has("safety_identifier") {
            guard let identifier = fields.object["safety_identifier"]?.stringValue, identifier.count <= 64 else {
                throw refusal(.safetyIdentifier, "safety_identifier", "safety_identifier must be a string of at most 64 characters.")
            }
            extras.safetyIdentifier = identifier
        }
        if fields.has("tools") {
            guard fields.object["tools"] == [["type": "web_search"]] else {
                throw refusal(
                    .tools, "tools", "tools must be [{\"type\": \"web_search\"}]; got \(fields.object["tools"].map(Self.describe) ?? "").")
            }
            extras.webSearch = true
        }
        extras.outputFormat = try fields.string("output_format", code: codebook(.outputFormat))
        if let format = extras.outputFormat, !["mp4", "mov"].contains(format) {
            throw refusal(.outputFormat, "output_format", "output_format must be mp4 or mov; got \"\(format)\".")
        }
        extras.taskType = try fields.string("omni_reference_task_type", code: codebook(.unsupportedField))
        if let type = extras.taskType, !SimulatedSeedance2Model.taskTypes.contains(type) {
            throw refusal(
                .unsupportedField, "omni_reference_task_type",
                "omni_reference_task_type must be one of \(SimulatedSeedance2Model.taskTypes.joined(separator: ", ")); got \"\(type)\".")
        }
    }

    private func checkRatio(_ input: ContentArrayInput, mode: Seedance2ContentReader.Mode) throws {
        guard model.framesForceAdaptiveRatio, mode == .firstFrame || mode == .firstAndLastFrame,
            let ratio = input.ratio, ratio != "adaptive"
        else { return }
        throw refusal(
            .ratio, "ratio",
            "model \(model.id) keeps the first frame's ratio: first-frame and first+last-frame tasks take ratio adaptive (or none); got \"\(ratio)\".")
    }

    private func checkTaskType(_ input: ContentArrayInput, mode: Seedance2ContentReader.Mode, media: Seedance2MediaCheck) throws {
        guard let extras = input.extras, let type = extras.taskType, type != "auto" else { return }
        func constraint(_ field: String, _ message: String) -> SimulatedError { refusal(.taskType, field, "omni_reference_task_type \(type): \(message)") }
        guard mode == .reference else { throw constraint("content", "the task needs reference media content (no frames, no draft_task).") }
        guard type != "reference" else { return }
        guard extras.references?.videos.isEmpty == false else { throw constraint("content", "the task needs at least one reference_video.") }
        if let ratio = input.ratio, ratio != "adaptive" {
            throw constraint("ratio", "ratio must be adaptive (or none); got \"\(ratio)\".")
        }
        if type == "edit" {
            if let duration = input.duration, duration != -1 { throw constraint("duration", "duration must be -1 (or none); got \(duration).") }
            try media.checkEditSources()
        }
    }

    private func checkDraft(_ input: ContentArrayInput, mode: Seedance2ContentReader.Mode) throws {
        if input.draft == true {
            if let resolution = input.resolution, resolution != "480p" {
                throw refusal(.resolution, "resolution", "draft mode generates 480p video only; got resolution \"\(resolution)\".")
            }
            if input.returnLastFrame == true { throw refusal(.draftConflict, "return_last_frame", "draft mode does not support return_last_frame.") }
            if mode == .draftFinal {
                throw refusal(.draftTask, "content", "a draft_task item makes a final video; it cannot be combined with draft: true.")
            }
        }
        if mode == .draftFinal, let final = model.finalResolution, let resolution = input.resolution, resolution != final {
            throw refusal(
                .finalResolution, "resolution",
                "a final video made from a draft on model \(model.id) renders at \(final); got resolution \"\(resolution)\".")
        }
    }

    private func refusal(_ violation: ContentArrayViolation, _ field: String, _ message: String) -> SimulatedError {
        SimulatedError.invalidParameter(field, message, code: codebook(violation))
    }

    private static func describe(_ value: JSONValue) -> String {
        String(decoding: SimulatedResponse.encode(value), as: UTF8.self)
    }
}
