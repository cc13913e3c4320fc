import SeedanceCore

/// The validation every content-array dialect runs: the generic checks of ``RequestValidator`` (fields, values,
/// references, modes), then the rules of the upstream Seedance API that belong to the content array
/// (docs/dialects/sparkdance.md, docs/dialects/modelark.md):
///
/// - text-to-video (no first frame, no reference, no draft task) needs a non-empty prompt;
/// - draft mode renders at the model's draft resolution (480p; another explicit resolution is an error), has no
///   last-frame image and no `flex` tier, and cannot be combined with a draft task id;
/// - a draft task id turns an earlier draft into the final video: the `draft_task` item is the only content, and the
///   provider reuses the draft's prompt, images, references, `generate_audio`, `seed`, `ratio`, `duration`,
///   `camera_fixed` and (2.5) task type and web search, so setting any of them again is refused (they would be
///   ignored); the id must not be empty. On Seedance 2.5 (``ModelCapabilities/drafts``) the final's `resolution`
///   must be one of ``DraftRule/finalResolutions`` (1080p on 2.5, 4k on 2.5 Premium: the provider answers
///   `InvalidResolutionParameter` to a Premium final at 1080p);
/// - ``VideoRequest/extraFields`` may not use a key the SDK models (the typed property is validated, the extra is
///   not) nor one the dialect reserves (`model` on Ark).
///
/// Every failure is a `SeedanceError` with category `.invalidRequest` naming field, value, what is allowed, the
/// model and the provider. Pure: no I/O.
package struct ContentArrayRules: Sendable {
    /// Named in every error.
    package var provider: ProviderID
    /// The limits the request is checked against.
    package var model: ModelCapabilities
    /// Wire keys the dialect sets itself besides the parameters, closed to ``VideoRequest/extraFields``.
    package var reservedKeys: Set<String>

    /// Builds the rules for `model` on `provider`.
    package init(provider: ProviderID, model: ModelCapabilities, reservedKeys: Set<String> = []) {
        self.provider = provider
        self.model = model
        self.reservedKeys = reservedKeys
    }

    /// The fields a final render takes from its draft task ("Draft Information" on Vtrix's 1.5 Pro page; for 2.5 the
    /// draft's references, task type and web search too, since the `draft_task` item must be the only content).
    package static let fieldsReusedFromDraft: [RequestField] = [
        .prompt, .firstFrame, .lastFrame, .referenceImages, .referenceVideos, .referenceAudios, .generateAudio, .seed, .aspectRatio,
        .duration, .frames, .cameraFixed, .taskType, .webSearch,
    ]

    /// Runs the generic checks, then the content-array rules. Throws the first violation found.
    package func validate(_ request: VideoRequest) throws {
        let validator = RequestValidator(provider: provider, model: model)
        try validator.validate(request)
        if let draftTaskID = request.draftTaskID {
            try checkFinalFromDraft(request, draftTaskID: draftTaskID, validator)
        } else if request.firstFrame == nil && !request.hasReferences {
            let prompt = request.prompt ?? ""
            try validator.check(
                !prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "prompt", request.prompt == nil ? nil : "\"\(prompt)\"",
                "a non-empty prompt, or a firstFrame (image-to-video), reference media, or a draftTaskID", reason: "is required for text-to-video")
        }
        if request.draft == true { try checkDraft(request, validator) }
        try checkExtraFields(request.extraFields, validator)
    }

    private func checkDraft(_ request: VideoRequest, _ validator: RequestValidator) throws {
        let draftResolution = model.drafts?.draftResolution ?? Seedance1Limits.draftResolution
        if let resolution = request.resolution {
            try validator.check(
                resolution == draftResolution, "resolution", resolution.rawValue, "\(draftResolution.rawValue) or unset",
                reason: "is not allowed in draft mode (drafts are rendered at \(draftResolution.rawValue))")
        }
        try validator.check(
            request.returnLastFrame != true, "returnLastFrame", "true", "false or unset", reason: "is not available in draft mode")
        if let tier = request.serviceTier {
            try validator.check(
                tier != .flex, "serviceTier", tier.rawValue, "default or unset", reason: "is not available in draft mode")
        }
    }

    private func checkFinalFromDraft(_ request: VideoRequest, draftTaskID: TaskID, _ validator: RequestValidator) throws {
        try validator.check(
            !draftTaskID.rawValue.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "draftTask",
            "\"\(draftTaskID.rawValue)\"", "the id of an earlier draft task")
        try validator.check(
            request.draft != true, "draft", "true", "unset or false together with a draftTaskID",
            reason: "cannot be combined with a draftTaskID (draft renders a preview; draftTaskID renders the final video from one)")
        let reused = Set(Self.fieldsReusedFromDraft)
        if let field = request.setFields.first(where: reused.contains) {
            throw SeedanceError.invalid(
                field.rawValue, value: nil,
                allowed:
                    "unset: the final video reuses the draft's prompt, images, references, generateAudio, seed, aspectRatio, duration, cameraFixed, taskType and webSearch",
                provider: provider, model: model.id, reason: "cannot be set together with a draftTaskID")
        }
        if let drafts = model.drafts, let resolution = request.resolution {
            try validator.check(
                drafts.finalResolutions.contains(resolution), "resolution", resolution.rawValue,
                drafts.finalResolutions.map(\.rawValue).joined(separator: ", ") + " or unset",
                reason: "is not a resolution this model renders a draft's final video at")
        }
    }

    private func checkExtraFields(_ extra: [String: JSONValue], _ validator: RequestValidator) throws {
        let closed = ContentArrayParameters.wireKeys.union(reservedKeys)
        for key in extra.keys.sorted() where closed.contains(key) {
            try validator.check(
                false, "extraFields.\(key)", nil, "keys the SDK does not model (set the VideoRequest property instead)",
                reason: "is a field the SDK sets itself")
        }
    }
}
