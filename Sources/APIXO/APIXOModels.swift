import SeedanceCore

extension ModelID {
    /// `seedance-1-5-pro`, Seedance 1.5 Pro on APIXO.
    public static let apixoSeedance1_5Pro: ModelID = "seedance-1-5-pro"
}

/// What APIXO's Seedance 1.5 Pro accepts (docs/dialects/apixo.md).
enum APIXOModels {
    /// Every field APIXO's `input` can carry. Seed, watermark, service tier, expiry, fps, frames, draft and
    /// last-frame return have no wire field here and are refused.
    static let supportedFields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .resolution, .aspectRatio, .duration, .generateAudio, .cameraFixed, .callbackURL,
    ]

    /// JPG, PNG or WebP URLs (no inline data), at most 10 MB each, a first and an optional end frame. Pixel and
    /// aspect bounds are the upstream model's (APIXO documents none of its own).
    static let images = ImageConstraints(
        formats: [.jpeg, .png, .webp], maxBytes: 10 * 1024 * 1024, sideRange: ImageConstraints.seedance.sideRange,
        aspectBounds: ImageConstraints.seedance.aspectBounds, acceptsInline: false, maxImages: 2)

    /// The limits of `id` on APIXO.
    static func model(_ id: ModelID, displayName: String) -> ModelCapabilities {
        ModelCapabilities(
            id: id, displayName: displayName, supportedFields: supportedFields,
            prompt: PromptRule(required: true, length: 3...2500), resolutions: [.p480, .p720],
            aspectRatios: [.r1x1, .r3x4, .r4x3, .r9x16, .r16x9, .r21x9], defaultAspectRatio: .r1x1,
            durations: .range(4...12), serviceTiers: [], images: images, callbackMustBePublicHTTPS: true)
    }

    /// Seedance 1.5 Pro, Seedance 2.0, 2.0 fast and 2.0 mini; any other model id configured on the dialect gets
    /// Seedance 1.5 Pro's limits.
    static let capabilities = Capabilities(
        models: [model(.apixoSeedance1_5Pro, displayName: "Seedance 1.5 Pro")] + APIXOSeedance2Models.ids.map(APIXOSeedance2Models.model),
        unknownModel: model("unknown", displayName: "Other APIXO model (Seedance 1.5 Pro limits)"))
}
