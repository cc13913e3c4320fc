import SeedanceCore

extension ModelID {
    /// `seedance-2.0`, Seedance 2.0 on seedanceapi.org's v2 API (its default model there).
    public static let seedanceapiSeedance2_0: ModelID = "seedance-2.0"
    /// `seedance-2.0-fast`, Seedance 2.0 fast on seedanceapi.org's v2 API.
    public static let seedanceapiSeedance2_0Fast: ModelID = "seedance-2.0-fast"
    /// `seedance-2-mini`, Seedance 2.0 mini on seedanceapi.org's v2 API (spelled so by the provider).
    public static let seedanceapiSeedance2Mini: ModelID = "seedance-2-mini"
}

/// What seedanceapi.org's v2 API (`/v2/generate`, `/v2/status`) accepts (docs/dialects/seedanceapi.md, "Seedance 2.x").
enum SeedanceAPIOrgSeedance2Models {
    /// The three v2 models, the provider's default first.
    static let ids: [ModelID] = [.seedanceapiSeedance2_0, .seedanceapiSeedance2_0Fast, .seedanceapiSeedance2Mini]

    /// The fields of 2.0 and 2.0 fast: prompt, `images` (``VideoRequest/referenceImages``), duration, aspect ratio,
    /// callback. `resolution` is not in their documented field list (public clients send it; the SDK does not guess).
    static let fields: Set<RequestField> = [.prompt, .referenceImages, .aspectRatio, .duration, .callbackURL]
    /// Mini adds `resolution` and `reference_video_urls` (``VideoRequest/referenceVideos``).
    static let miniFields = fields.union([.resolution, .referenceVideos])

    /// `images`: 1–4 image URLs, read as reference images [INFERRED: the v2 documentation calls them the images of
    /// image-to-video and allows four, more than a first and last frame]; mini's reference videos: URLs, as many and
    /// as long as upstream allows (3, 2–15 s, 15 s in all; seedanceapi.org documents no count). No audio, no inline
    /// media, no assets.
    static func references(videos: Int) -> ReferenceLimits {
        var limits = Seedance2Limits.references2_0
        (limits.maxImages, limits.maxVideos, limits.maxAudios) = (4, videos, 0)
        limits.video.acceptsAssets = false
        limits.audio.acceptsAssets = false
        return limits
    }

    /// Image URLs only (no inline data, no assets), formats and sizes as upstream.
    static let images: ImageConstraints = {
        var images = ImageConstraints.seedance
        images.acceptsInline = false
        return images
    }()

    /// The limits of `id`: prompt required, at most 2000 characters; 2.0 and fast 5, 10 or 15 s, mini 4…15 s (default
    /// 5 s); `16:9`, `9:16`, `4:3`, `3:4` (default `16:9`, text-to-video only); mini 480p or 720p; callbacks public
    /// `https`.
    static func model(_ id: ModelID) -> ModelCapabilities {
        let mini = id == .seedanceapiSeedance2Mini
        let name = mini ? "Seedance 2.0 mini" : id == .seedanceapiSeedance2_0Fast ? "Seedance 2.0 fast" : "Seedance 2.0"
        return ModelCapabilities(
            id: id, displayName: name, supportedFields: mini ? miniFields : fields, prompt: PromptRule(required: true, length: 1...2000),
            resolutions: mini ? [.p480, .p720] : [], aspectRatios: [.r16x9, .r9x16, .r4x3, .r3x4], defaultAspectRatio: .r16x9,
            durations: mini ? .range(4...15) : DurationRule(seconds: [5, 10, 15]), defaultDuration: .seconds(5), serviceTiers: [],
            images: images, callbackMustBePublicHTTPS: true, references: references(videos: mini ? 3 : 0))
    }

    /// Whether `id` is served by the v2 API.
    static func contains(_ id: ModelID) -> Bool { ids.contains(id) }
}
