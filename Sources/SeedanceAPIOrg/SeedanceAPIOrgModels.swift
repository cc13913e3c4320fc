import SeedanceCore

extension ModelID {
    /// `seedance-1.5`, the one model of seedanceapi.org's v1 API (it is never sent: the API has no model field).
    public static let seedanceapiSeedance1_5: ModelID = "seedance-1.5"
}

/// What seedanceapi.org's v1 API accepts (docs/dialects/seedanceapi.md).
enum SeedanceAPIOrgModels {
    /// Every field the body can carry. Last frame, seed, watermark, service tier, expiry, fps, frames, draft and
    /// last-frame return have no wire field here and are refused.
    static let supportedFields: Set<RequestField> = [
        .prompt, .firstFrame, .resolution, .aspectRatio, .duration, .generateAudio, .cameraFixed, .callbackURL,
    ]

    /// One image URL (a first frame; no inline data). Formats, size and pixel bounds are the upstream model's: the
    /// seed documents none of its own [INFERRED].
    static let images: ImageConstraints = {
        var images = ImageConstraints.seedance
        images.acceptsInline = false
        images.maxImages = 1
        return images
    }()

    /// Seedance 1.5: prompt required (≤ 2000 characters), 480p/720p (default 720p), seven ratios (default 1:1),
    /// 4/8/12 s (default 8 s), callback URLs public `https`.
    static let model = ModelCapabilities(
        id: .seedanceapiSeedance1_5, displayName: "Seedance 1.5", supportedFields: supportedFields,
        prompt: PromptRule(required: true, length: 1...2000), resolutions: [.p480, .p720], defaultResolution: .p720,
        aspectRatios: [.r1x1, .r16x9, .r9x16, .r4x3, .r3x4, .r21x9, .r9x21], defaultAspectRatio: .r1x1,
        durations: DurationRule(seconds: [4, 8, 12]), defaultDuration: .seconds(8), serviceTiers: [], images: images,
        callbackMustBePublicHTTPS: true)

    /// Seedance 1.5 (v1), then the v2 models.
    static let capabilities = Capabilities(models: [model] + SeedanceAPIOrgSeedance2Models.ids.map(SeedanceAPIOrgSeedance2Models.model), unknownModel: nil)
}
