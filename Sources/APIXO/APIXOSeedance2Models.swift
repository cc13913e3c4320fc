import SeedanceCore

extension ModelID {
    /// `seedance-2-0`, Seedance 2.0 on APIXO (480p, 720p, 1080p).
    public static let apixoSeedance2_0: ModelID = "seedance-2-0"
    /// `seedance-2-0-fast`, Seedance 2.0 fast on APIXO (480p, 720p).
    public static let apixoSeedance2_0Fast: ModelID = "seedance-2-0-fast"
    /// `seedance-2-0-mini`, Seedance 2.0 mini on APIXO (480p, 720p).
    public static let apixoSeedance2_0Mini: ModelID = "seedance-2-0-mini"
}

/// What APIXO's Seedance 2.0 models accept (docs/dialects/apixo.md, "Seedance 2.0"): `input.mode` with `image_urls`,
/// `video_urls` and `audio_urls`, all URLs.
enum APIXOSeedance2Models {
    /// The three models, in APIXO's order.
    static let ids: [ModelID] = [.apixoSeedance2_0, .apixoSeedance2_0Fast, .apixoSeedance2_0Mini]

    /// Every field the 2.0 `input` can carry, plus the callback. Seed, watermark, fixed lens, tier, expiry, frame
    /// rate, last-frame return, priority, safety identifier, task type, output format and drafts have no field here.
    static let supportedFields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .referenceImages, .referenceVideos, .referenceAudios, .resolution, .aspectRatio, .duration,
        .generateAudio, .webSearch, .callbackURL,
    ]

    /// Reference media: 1–9 image URLs, 1–3 video URLs, 1–3 audio URLs, each clip 2–15 s and 15 s per kind in all,
    /// audio never alone (APIXO: "omni_reference with only audio_urls … will fail"). URLs only: no inline media and no
    /// assets. File limits beyond durations are the upstream model's (APIXO documents none).
    static let references: ReferenceLimits = {
        var limits = Seedance2Limits.references2_0
        limits.video.acceptsAssets = false
        limits.audio.acceptsInline = false
        limits.audio.acceptsAssets = false
        return limits
    }()

    /// The limits of `id`: prompt required, 3…2500 characters (the 2.0 pages say only "required"; APIXO's 1.5 Pro page
    /// gives this range, kept as the safe reading), 4…15 whole seconds (no auto),
    /// `adaptive` (sent as `auto`) and six ratios, frames as APIXO documents images (JPG/PNG/WebP URLs up to 10 MB),
    /// the callback a public `https` URL. Resolutions: 480p, 720p and, on `seedance-2-0` only, 1080p (no 4K).
    static func model(_ id: ModelID) -> ModelCapabilities {
        let (name, resolutions): (String, [Resolution]) =
            switch id {
            case .apixoSeedance2_0: ("Seedance 2.0", [.p480, .p720, .p1080])
            case .apixoSeedance2_0Fast: ("Seedance 2.0 fast", [.p480, .p720])
            default: ("Seedance 2.0 mini", [.p480, .p720])
            }
        return ModelCapabilities(
            id: id, displayName: name, supportedFields: supportedFields, prompt: PromptRule(required: true, length: 3...2500), resolutions: resolutions,
            aspectRatios: [.adaptive, .r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9], durations: .range(4...15), defaultDuration: .seconds(5),
            serviceTiers: [], images: APIXOModels.images, callbackMustBePublicHTTPS: true, references: references,
            maxRequestBytes: Seedance2Limits.maxRequestBytes)
    }

    /// Whether `id` is one of APIXO's Seedance 2.0 models.
    static func contains(_ id: ModelID) -> Bool { ids.contains(id) }
}
