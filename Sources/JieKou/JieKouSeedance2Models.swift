import SeedanceCore

extension ModelID {
    /// `seedance-2.0`: Seedance 2.0 on the flat `/v3/async/seedance-2.0` route of JieKou AI, Novita AI and PPIO. The
    /// wire has no model field: this is the SDK's name for the route with `"fast": false`.
    public static let jiekouSeedance2_0: ModelID = "seedance-2.0"
    /// `seedance-2.0-fast`: Seedance 2.0 fast on the same route, selected on the wire by `"fast": true`.
    public static let jiekouSeedance2_0Fast: ModelID = "seedance-2.0-fast"
}

extension JieKouModels {
    /// The request fields the `/v3/async/seedance-2.0` route takes (docs/dialects/jiekou.md, "Seedance 2.0"). Not
    /// here, so refused: `cameraFixed`, `serviceTier`, `executionExpiresAfter`, `framesPerSecond`, `frames`,
    /// `callbackURL`, `priority`, `safetyIdentifier`, `taskType`, `outputFormat`, `draft`, `draftTask` (absent from
    /// every host's field list).
    package static let seedance2Fields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .referenceImages, .referenceVideos, .referenceAudios, .resolution, .aspectRatio, .duration,
        .seed, .watermark, .generateAudio, .returnLastFrame, .webSearch,
    ]

    /// Reference media on the route, as JieKou's Seedance 2.0 page documents them: 1–9 images (URL or inline),
    /// 1–3 videos (URLs only: mp4/mov, at most 50 MB, input resolution 480p–720p, read as 409,600–927,408 pixels, the
    /// upstream 480p floor and the largest 720p frame [INFERRED]), 1–3 audio clips (URL or inline wav/mp3, at most
    /// 15 MB); clips 2–15 s, 15 s per kind in all, audio never alone. No host documents assets (`asset://`): refused.
    package static let seedance2References: ReferenceLimits = {
        var video = VideoConstraints.seedance2
        video.maxBytes = 50 * 1024 * 1024
        video.pixelCount = 409_600...927_408
        video.acceptsAssets = false
        var audio = AudioConstraints.seedance2
        audio.acceptsAssets = false
        return ReferenceLimits(
            maxImages: 9, maxVideos: 3, maxAudios: 3, clipSeconds: 2...15, totalSeconds: 15, audioAlone: false, video: video, audio: audio)
    }()

    /// Seedance 2.0 (`fast == false`) or 2.0 fast on the flat route, with the host's `resolutions`.
    ///
    /// Documented: prompt optional except on text-to-video, the seven ratios with `adaptive` (default), 4…15 s or
    /// auto (`-1`, default 5 s), seed −1…4294967295, frames as Seedance 1.5 Pro's (URL or inline jpeg/png/webp/bmp/
    /// tiff/gif, 300–6000 px, ratio 0.4–2.5, under 30 MB), no service tier, the 64 MB upstream body limit.
    package static func seedance2(fast: Bool, resolutions: [Resolution]) -> ModelCapabilities {
        ModelCapabilities(
            id: fast ? .jiekouSeedance2_0Fast : .jiekouSeedance2_0, displayName: fast ? "Seedance 2.0 fast" : "Seedance 2.0",
            supportedFields: seedance2Fields, prompt: .optional, resolutions: resolutions, defaultResolution: .p720,
            aspectRatios: [.r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9, .adaptive], defaultAspectRatio: .adaptive,
            durations: .range(4...15, allowsAuto: true), defaultDuration: .seconds(5), seedRange: -1...4_294_967_295, serviceTiers: [],
            images: .seedance, references: seedance2References, maxRequestBytes: Seedance2Limits.maxRequestBytes)
    }

    /// Whether `model` is served by the `/v3/async/seedance-2.0` route.
    package static func isSeedance2(_ model: ModelID) -> Bool {
        model == .jiekouSeedance2_0 || model == .jiekouSeedance2_0Fast
    }
}
