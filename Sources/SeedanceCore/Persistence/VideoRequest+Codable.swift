import Foundation

extension VideoRequest: Codable {
    private enum CodingKeys: String, CodingKey {
        case prompt, firstFrame, lastFrame, referenceImages, referenceVideos, referenceAudios, model, resolution, aspectRatio
        case duration, framesPerSecond, generateAudio, cameraFixed, seed, watermark, serviceTier, executionExpiresAfter
        case callbackURL, returnLastFrame, draft, draftTaskID, taskType, outputFormat, webSearch, priority, safetyIdentifier
        case extraFields
    }

    /// Decodes a request stored by this or an earlier version: every key is optional (a request stored before
    /// references existed reads back with none), keyed by property name.
    ///
    /// - Throws: `DecodingError` when a present value has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            prompt: try c.decodeIfPresent(String.self, forKey: .prompt),
            firstFrame: try c.decodeIfPresent(MediaInput.self, forKey: .firstFrame),
            lastFrame: try c.decodeIfPresent(MediaInput.self, forKey: .lastFrame),
            referenceImages: try c.decodeIfPresent([MediaInput].self, forKey: .referenceImages) ?? [],
            referenceVideos: try c.decodeIfPresent([MediaInput].self, forKey: .referenceVideos) ?? [],
            referenceAudios: try c.decodeIfPresent([MediaInput].self, forKey: .referenceAudios) ?? [],
            model: try c.decodeIfPresent(ModelID.self, forKey: .model),
            resolution: try c.decodeIfPresent(Resolution.self, forKey: .resolution),
            aspectRatio: try c.decodeIfPresent(AspectRatio.self, forKey: .aspectRatio),
            duration: try c.decodeIfPresent(VideoDuration.self, forKey: .duration),
            framesPerSecond: try c.decodeIfPresent(Int.self, forKey: .framesPerSecond),
            generateAudio: try c.decodeIfPresent(Bool.self, forKey: .generateAudio),
            cameraFixed: try c.decodeIfPresent(Bool.self, forKey: .cameraFixed),
            seed: try c.decodeIfPresent(Int64.self, forKey: .seed),
            watermark: try c.decodeIfPresent(Bool.self, forKey: .watermark),
            serviceTier: try c.decodeIfPresent(ServiceTier.self, forKey: .serviceTier),
            executionExpiresAfter: try c.decodeIfPresent(Int.self, forKey: .executionExpiresAfter),
            callbackURL: try c.decodeIfPresent(URL.self, forKey: .callbackURL),
            returnLastFrame: try c.decodeIfPresent(Bool.self, forKey: .returnLastFrame),
            draft: try c.decodeIfPresent(Bool.self, forKey: .draft),
            draftTaskID: try c.decodeIfPresent(TaskID.self, forKey: .draftTaskID),
            taskType: try c.decodeIfPresent(ReferenceTaskType.self, forKey: .taskType),
            outputFormat: try c.decodeIfPresent(MediaFormat.self, forKey: .outputFormat),
            webSearch: try c.decodeIfPresent(Bool.self, forKey: .webSearch),
            priority: try c.decodeIfPresent(Int.self, forKey: .priority),
            safetyIdentifier: try c.decodeIfPresent(String.self, forKey: .safetyIdentifier),
            extraFields: try c.decodeIfPresent([String: JSONValue].self, forKey: .extraFields) ?? [:])
    }

    /// Encodes the set properties keyed by property name; unset ones and empty reference lists are left out.
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(prompt, forKey: .prompt)
        try c.encodeIfPresent(firstFrame, forKey: .firstFrame)
        try c.encodeIfPresent(lastFrame, forKey: .lastFrame)
        if !referenceImages.isEmpty { try c.encode(referenceImages, forKey: .referenceImages) }
        if !referenceVideos.isEmpty { try c.encode(referenceVideos, forKey: .referenceVideos) }
        if !referenceAudios.isEmpty { try c.encode(referenceAudios, forKey: .referenceAudios) }
        try c.encodeIfPresent(model, forKey: .model)
        try c.encodeIfPresent(resolution, forKey: .resolution)
        try c.encodeIfPresent(aspectRatio, forKey: .aspectRatio)
        try c.encodeIfPresent(duration, forKey: .duration)
        try c.encodeIfPresent(framesPerSecond, forKey: .framesPerSecond)
        try c.encodeIfPresent(generateAudio, forKey: .generateAudio)
        try c.encodeIfPresent(cameraFixed, forKey: .cameraFixed)
        try c.encodeIfPresent(seed, forKey: .seed)
        try c.encodeIfPresent(watermark, forKey: .watermark)
        try c.encodeIfPresent(serviceTier, forKey: .serviceTier)
        try c.encodeIfPresent(executionExpiresAfter, forKey: .executionExpiresAfter)
        try c.encodeIfPresent(callbackURL, forKey: .callbackURL)
        try c.encodeIfPresent(returnLastFrame, forKey: .returnLastFrame)
        try c.encodeIfPresent(draft, forKey: .draft)
        try c.encodeIfPresent(draftTaskID, forKey: .draftTaskID)
        try c.encodeIfPresent(taskType, forKey: .taskType)
        try c.encodeIfPresent(outputFormat, forKey: .outputFormat)
        try c.encodeIfPresent(webSearch, forKey: .webSearch)
        try c.encodeIfPresent(priority, forKey: .priority)
        try c.encodeIfPresent(safetyIdentifier, forKey: .safetyIdentifier)
        try c.encode(extraFields, forKey: .extraFields)
    }
}
