import SeedanceCore

extension ModelID {
    /// `seedance-v1.5-pro`: Seedance 1.5 Pro on JieKou AI, Novita AI and PPIO, the only model of this dialect. The
    /// endpoint is this id plus `-i2v` or `-t2v` (see ``JieKouEndpoint``).
    public static let jiekouSeedance1_5Pro: ModelID = "seedance-v1.5-pro"
}

/// The models of the flat-body dialect and their documented limits (docs/dialects/jiekou.md).
package enum JieKouModels {
    /// The request fields the 1.5 Pro endpoints take. Not here, so refused: `frames`, `callbackURL`,
    /// `returnLastFrame`, `draft`, `draftTask` (absent from the documented field list).
    package static let supportedFields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .resolution, .aspectRatio, .duration, .framesPerSecond, .generateAudio,
        .cameraFixed, .seed, .watermark, .serviceTier, .executionExpiresAfter,
    ]

    /// Seedance 1.5 Pro limits with the host's `resolutions`.
    ///
    /// Documented: fps 24 only, seed −1…4294967295, ratio list with `adaptive` (default), duration 4…12 whole
    /// seconds (no auto, no frame counts), expiry 3600…259200 s, tiers `default`/`flex`, images as upstream.
    /// Defaults marked [INFERRED] (720p, 5 s) are what the provider is believed to apply; the SDK never sends them.
    package static func seedance15Pro(resolutions: [Resolution]) -> ModelCapabilities {
        ModelCapabilities(
            id: .jiekouSeedance1_5Pro, displayName: "Seedance 1.5 Pro", supportedFields: supportedFields, prompt: .optional,
            resolutions: resolutions, defaultResolution: .p720,
            aspectRatios: [.r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9, .adaptive], defaultAspectRatio: .adaptive,
            durations: .range(4...12), defaultDuration: .seconds(5), seedRange: -1...4_294_967_295,
            expiryRange: 3600...259_200, serviceTiers: [.default, .flex], framesPerSecond: [24], images: .seedance)
    }
}
