/// The Seedance 2.x models and their limits on the official API (BytePlus ModelArk / Volcengine Ark), the base every
/// dialect that resells them adjusts (docs/dialects/modelark.md, "Seedance 2.x").
///
/// | | 2.0 | 2.0 fast, 2.0 mini | 2.5 | 2.5 Premium | 2.5 flash |
/// |---|---|---|---|---|---|
/// | resolutions | 480p 720p 1080p 4k | 480p 720p | 480p 720p 1080p | 480p 720p 1080p 4k | 480p 720p |
/// | duration (default) | 4…15 s or auto (5) | same | 4…30 s or auto (auto) | same | 4…30 s or auto |
/// | references (images/videos/audio) | 9 / 3 / 3, clips 2–15 s | same | 30 / 10 / 10, clips 2–30 s | same | same |
/// | audio-only references | no | no | yes | yes | no [conservative] |
/// | task types, mov output, draft | no | no | yes (final 1080p) | yes (final 4k) | no [conservative] |
///
/// Not taken by any 2.x model (the API answers 400): `camera_fixed`, `frames`, `service_tier`. 2.5 flash is known
/// only from router documentation: it gets the most conservative reading of each unknown.
package enum Seedance2Model: String, Sendable, Hashable, CaseIterable {
    /// Seedance 2.0: references, 4–15 s, up to 4K (10-bit H.265).
    case v2_0
    /// Seedance 2.0 fast: the 2.0 interface at 480p/720p, faster and cheaper.
    case v2_0Fast
    /// Seedance 2.0 mini: the 2.0 interface at 480p/720p, cheapest.
    case v2_0Mini
    /// Seedance 2.5: up to 30 s and 1080p, task types, mov output, draft → final at 1080p.
    case v2_5
    /// Seedance 2.5 Premium (whitelist only): 2.5 with 4K; its draft's final renders at 4K.
    case v2_5Premium
    /// Seedance 2.5 flash: 480p/720p, 4–30 s, no draft (limits from router documentation only).
    case v2_5Flash

    /// A person's name for the model.
    package var displayName: String {
        switch self {
        case .v2_0: "Seedance 2.0"
        case .v2_0Fast: "Seedance 2.0 fast"
        case .v2_0Mini: "Seedance 2.0 mini"
        case .v2_5: "Seedance 2.5"
        case .v2_5Premium: "Seedance 2.5 Premium"
        case .v2_5Flash: "Seedance 2.5 flash"
        }
    }

    /// Whether the model belongs to the 2.5 line (30 s, 30/10/10 references).
    package var is2_5Line: Bool { self == .v2_5 || self == .v2_5Premium || self == .v2_5Flash }

    /// The official model names, without region prefix or date, longest first so that `seedance-2-5-premium` is
    /// not taken for `seedance-2-5`.
    private static let names: [(String, Seedance2Model)] = [
        ("seedance-2-5-premium", .v2_5Premium), ("seedance-2-5-flash", .v2_5Flash), ("seedance-2-5", .v2_5),
        ("seedance-2-0-fast", .v2_0Fast), ("seedance-2-0-mini", .v2_0Mini), ("seedance-2-0", .v2_0),
    ]

    /// The model an official id names, whatever its region prefix (`dreamina-`, `doubao-`) or date suffix, or `nil`
    /// for an endpoint id (`ep-…`) or another model.
    package static func recognise(_ id: ModelID) -> Seedance2Model? {
        var name = id.rawValue.lowercased()
        for prefix in ["dreamina-", "doubao-"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        return names.first { name == $0.0 || name.hasPrefix($0.0 + "-") }?.1
    }

    /// The model's limits on the official API, under `id`.
    package func capabilities(id: ModelID) -> ModelCapabilities {
        let limits = Seedance2Limits.self
        var fields = limits.commonFields
        var resolutions: [Resolution] = [.p480, .p720]
        var references = limits.references2_0
        var durations = DurationRule.range(4...15, allowsAuto: true)
        var defaultDuration: VideoDuration = .seconds(5)
        var outputFormats: [MediaFormat] = []
        var taskTypes: [ReferenceTaskType] = []
        var drafts: DraftRule?
        switch self {
        case .v2_0: resolutions = [.p480, .p720, .p1080, .p4k]
        case .v2_0Fast, .v2_0Mini: break
        case .v2_5, .v2_5Premium:
            resolutions = self == .v2_5 ? [.p480, .p720, .p1080] : [.p480, .p720, .p1080, .p4k]
            fields.formUnion([.outputFormat, .taskType, .draft, .draftTask])
            references = limits.references2_5
            durations = .range(4...30, allowsAuto: true)
            defaultDuration = .auto
            outputFormats = [.mp4, .mov]
            taskTypes = [.auto, .reference, .edit, .extend]
            drafts = DraftRule(draftResolution: .p480, finalResolutions: self == .v2_5 ? [.p1080] : [.p4k])
        case .v2_5Flash:
            fields.remove(.webSearch)
            references = limits.references2_5
            references.audioAlone = false
            durations = .range(4...30, allowsAuto: true)
            defaultDuration = .auto
        }
        return ModelCapabilities(
            id: id, displayName: displayName, supportedFields: fields, prompt: .optional, resolutions: resolutions, defaultResolution: .p720,
            aspectRatios: limits.ratios, defaultAspectRatio: .adaptive, durations: durations, defaultDuration: defaultDuration,
            seedRange: limits.seedRange, expiryRange: limits.expiryRange, serviceTiers: [], framesPerSecond: [24], images: limits.images,
            references: references, outputFormats: outputFormats, taskTypes: taskTypes, drafts: drafts,
            adaptiveRatioOnlyForSourceMedia: is2_5Line, maxRequestBytes: limits.maxRequestBytes)
    }
}

/// The facts every Seedance 2.x model shares on the official API.
package enum Seedance2Limits {
    /// Fields every 2.x model takes. Not `cameraFixed`, `frames`, `serviceTier` (answered with 400) nor
    /// `framesPerSecond` (24 only, not a request field). `seed` is documented for 1.x only but accepted by 2.x in
    /// live probes: it is allowed and sent only when set. `webSearch` is documented by Volcengine; BytePlus's page
    /// does not list it, and the provider answers 400 (nothing billed) if it refuses it.
    package static let commonFields: Set<RequestField> = [
        .prompt, .firstFrame, .lastFrame, .referenceImages, .referenceVideos, .referenceAudios, .resolution, .aspectRatio, .duration,
        .generateAudio, .seed, .watermark, .executionExpiresAfter, .callbackURL, .returnLastFrame, .webSearch, .priority,
        .safetyIdentifier,
    ]
    /// `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `21:9`, `adaptive`.
    package static let ratios: [AspectRatio] = [.r16x9, .r4x3, .r1x1, .r3x4, .r9x16, .r21x9, .adaptive]
    /// `-1 … 2³¹-1`, as the 2026 pages give it.
    package static let seedRange: ClosedRange<Int64> = -1...2_147_483_647
    /// `execution_expires_after`: 3600 … 259200 s (default 172800).
    package static let expiryRange: ClosedRange<Int> = 3600...259_200
    /// jpeg, png, webp, bmp, tiff, gif, heic, heif; under 30 MB; 300–6000 px a side; ratio 0.4–2.5; inline and
    /// assets accepted; two frames (first, last).
    package static let images: ImageConstraints = {
        var rules = ImageConstraints.seedance
        rules.formats += [.heic, .heif]
        rules.acceptsAssets = true
        return rules
    }()
    /// The 2.0 family: 9 images, 3 videos, 3 audio clips; each clip 2–15 s, 15 s per type in all; audio never alone.
    package static let references2_0 = ReferenceLimits(maxImages: 9, maxVideos: 3, maxAudios: 3, clipSeconds: 2...15, totalSeconds: 15, audioAlone: false)
    /// The 2.5 line: 30 images, 10 videos, 10 audio clips; each clip 2–30 s, 30 s per type in all; audio alone allowed.
    package static let references2_5 = ReferenceLimits(maxImages: 30, maxVideos: 10, maxAudios: 10, clipSeconds: 2...30, totalSeconds: 30, audioAlone: true)
    /// The request body limit, 64 MB (read as 64,000,000 bytes, the stricter reading).
    package static let maxRequestBytes = 64_000_000
    /// How long an edit's source video must be, in seconds.
    package static let editSourceSeconds: ClosedRange<Double> = 4...30
}
