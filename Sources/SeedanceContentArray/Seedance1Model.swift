import SeedanceCore

/// The Seedance 1.x models the upstream content-array API serves, with their documented limits.
///
/// Dialects spell model ids differently (`spark_dance_v1_5_pro` on Vtrix, `seedance-1-5-pro-251215` on BytePlus,
/// `doubao-seedance-1-5-pro-251215` on Volcengine), so ``capabilities(id:)`` takes the id to put on the result.
/// Facts and their sources (docs/dialects/sparkdance.md, docs/dialects/modelark.md, docs/dialects/README.md):
///
/// | | 1.5 Pro | 1.0 Pro, 1.0 Pro Fast | 1.0 Lite (t2v / i2v) |
/// |---|---|---|---|
/// | resolutions (default) | 480p 720p 1080p (720p) | 480p 720p 1080p (1080p) | 480p 720p 1080p (720p) |
/// | ratios (default) | 7 incl. adaptive (adaptive) | 7 incl. adaptive (16:9; adaptive for i2v) | same |
/// | duration | 4…12 s or auto (-1) | 2…12 s, or frames 25+4n in 29…289 | same as 1.0 Pro |
/// | audio, draft | yes | no | no |
/// | image formats | + heic, heif | jpeg png webp bmp tiff gif | same (t2v: no images) |
///
/// 1080p on 1.5 Pro: Vtrix's 1.5 Pro page lists it, while its error 003015004 reads "must be 480p or 720p"; it is
/// accepted here (the parameter list is the contract) and the provider has the last word. Pro Fast and Lite limits come
/// from the official API's table (docs/dialects/modelark.md), not from a Vtrix page.
package enum Seedance1Model: String, Sendable, Hashable, CaseIterable {
    /// Seedance 1.5 Pro (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-5-pro): audio, draft mode, auto duration.
    case v1_5Pro
    /// Seedance 1.0 Pro (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro): frame-exact lengths.
    case v1_0Pro
    /// Seedance 1.0 Pro Fast: the 1.0 Pro interface, faster and cheaper. [docs/dialects/modelark.md]
    case v1_0ProFast
    /// Seedance 1.0 Lite, text-to-video only. [docs/dialects/modelark.md]
    case v1_0LiteT2V
    /// Seedance 1.0 Lite, image-to-video. [docs/dialects/modelark.md]
    case v1_0LiteI2V

    /// A person's name for the model.
    package var displayName: String {
        switch self {
        case .v1_5Pro: "Seedance 1.5 Pro"
        case .v1_0Pro: "Seedance 1.0 Pro"
        case .v1_0ProFast: "Seedance 1.0 Pro Fast"
        case .v1_0LiteT2V: "Seedance 1.0 Lite (text-to-video)"
        case .v1_0LiteI2V: "Seedance 1.0 Lite (image-to-video)"
        }
    }

    /// The model's limits, under the dialect's own spelling of its id.
    package func capabilities(id: ModelID) -> ModelCapabilities {
        switch self {
        case .v1_5Pro:
            return Seedance1Limits.model(
                id: id, displayName: displayName, fields: Seedance1Limits.commonFields.union([.generateAudio, .draft, .draftTask]),
                defaultResolution: .p720, defaultRatio: .adaptive, durations: .range(4...12, allowsAuto: true),
                images: Seedance1Limits.images(heif: true))
        case .v1_0Pro, .v1_0ProFast:
            return Seedance1Limits.model(
                id: id, displayName: displayName, fields: Seedance1Limits.commonFields.union([.frames]),
                defaultResolution: .p1080, defaultRatio: .r16x9, durations: Seedance1Limits.durations1_0,
                images: Seedance1Limits.images(heif: false))
        case .v1_0LiteT2V:
            return Seedance1Limits.model(
                id: id, displayName: displayName,
                fields: Seedance1Limits.commonFields.union([.frames]).subtracting([.firstFrame, .lastFrame]),
                defaultResolution: .p720, defaultRatio: .r16x9, durations: Seedance1Limits.durations1_0,
                images: Seedance1Limits.images(heif: false, maxImages: 0))
        case .v1_0LiteI2V:
            return Seedance1Limits.model(
                id: id, displayName: displayName, fields: Seedance1Limits.commonFields.union([.frames]),
                defaultResolution: .p720, defaultRatio: .adaptive, durations: Seedance1Limits.durations1_0,
                images: Seedance1Limits.images(heif: false))
        }
    }

    /// Limits for a model id no dialect table knows (a newer dated id, an `ep-…` endpoint): the union of every
    /// Seedance 1.x field and value, with durations widened to 1…15 s [INFERRED: so that a newer model is not
    /// refused locally; the provider validates the rest].
    package static func unknownModel(id: ModelID = "") -> ModelCapabilities {
        Seedance1Limits.model(
            id: id, displayName: "Unknown model (generic rules)",
            fields: Seedance1Limits.commonFields.union([.frames, .generateAudio, .draft, .draftTask]),
            defaultResolution: nil, defaultRatio: nil, durations: .range(1...15, allowsAuto: true, frames: .seedance1),
            images: Seedance1Limits.images(heif: true))
    }
}

/// The facts every Seedance 1.x model shares (docs/dialects/sparkdance.md).
package enum Seedance1Limits {
    /// Fields every Seedance 1.x model accepts. `framesPerSecond` is not a request field of this API (24 fps only).
    package static let commonFields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .resolution, .aspectRatio, .duration, .cameraFixed, .seed, .watermark,
        .serviceTier, .executionExpiresAfter, .callbackURL, .returnLastFrame,
    ]
    /// `480p`, `720p`, `1080p`.
    package static let resolutions: [Resolution] = [.p480, .p720, .p1080]
    /// `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `21:9`, `adaptive`.
    package static let ratios: [AspectRatio] = [.r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9, .adaptive]
    /// `-1 … 2³²-1`.
    package static let seedRange: ClosedRange<Int64> = -1...4_294_967_295
    /// `execution_expires_after`: 3600 … 259200 s (default 172800).
    package static let expiryRange: ClosedRange<Int> = 3600...259_200
    /// `default` (online) and `flex` (offline).
    package static let serviceTiers: [ServiceTier] = [.default, .flex]
    /// The only frame rate.
    package static let framesPerSecond = 24
    /// The resolution draft mode renders at (Vtrix's 1.5 Pro page: "480p resolution will be used … other resolutions
    /// will cause an error").
    package static let draftResolution: Resolution = .p480
    /// Seedance 1.0: 2…12 s, or 25+4n frames within 29…289.
    package static let durations1_0: DurationRule = .range(2...12, frames: .seedance1)

    /// The upstream image rules, with heic/heif where the model takes them and `maxImages` images.
    package static func images(heif: Bool, maxImages: Int = 2) -> ImageConstraints {
        var rules = ImageConstraints.seedance
        if heif { rules.formats += [.heic, .heif] }
        rules.maxImages = maxImages
        return rules
    }

    static func model(
        id: ModelID, displayName: String, fields: Set<RequestField>, defaultResolution: Resolution?,
        defaultRatio: AspectRatio?, durations: DurationRule, images: ImageConstraints
    ) -> ModelCapabilities {
        ModelCapabilities(
            id: id, displayName: displayName, supportedFields: fields, prompt: .optional, resolutions: resolutions,
            defaultResolution: defaultResolution, aspectRatios: ratios, defaultAspectRatio: defaultRatio,
            durations: durations, defaultDuration: .seconds(5), seedRange: seedRange, expiryRange: expiryRange,
            serviceTiers: serviceTiers, framesPerSecond: [framesPerSecond], images: images)
    }
}
