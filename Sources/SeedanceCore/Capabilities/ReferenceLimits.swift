/// What a model accepts in multimodal reference mode (``VideoRequest/referenceImages``, ``VideoRequest/referenceVideos``,
/// ``VideoRequest/referenceAudios``). A model without reference mode has no `ReferenceLimits`.
public struct ReferenceLimits: Sendable, Hashable {
    /// How many reference images a request may carry.
    public var maxImages: Int
    /// How many reference videos a request may carry.
    public var maxVideos: Int
    /// How many reference audio clips a request may carry.
    public var maxAudios: Int
    /// The length each reference video and each audio clip must have, in seconds (bounds included).
    public var clipSeconds: ClosedRange<Double>
    /// The most seconds all reference videos together, and all audio clips together, may last.
    public var totalSeconds: Double
    /// Whether audio clips may be the only references (otherwise at least one image or video must accompany them).
    public var audioAlone: Bool
    /// What a reference video must be.
    public var video: VideoConstraints
    /// What a reference audio clip must be.
    public var audio: AudioConstraints

    /// Limits as given; nothing is checked here.
    public init(
        maxImages: Int, maxVideos: Int, maxAudios: Int, clipSeconds: ClosedRange<Double>, totalSeconds: Double, audioAlone: Bool,
        video: VideoConstraints = .seedance2, audio: AudioConstraints = .seedance2
    ) {
        self.maxImages = maxImages
        self.maxVideos = maxVideos
        self.maxAudios = maxAudios
        self.clipSeconds = clipSeconds
        self.totalSeconds = totalSeconds
        self.audioAlone = audioAlone
        self.video = video
        self.audio = audio
    }

    /// How many references of `kind` a request may carry.
    public func maxCount(_ kind: MediaKind) -> Int {
        switch kind {
        case .image: maxImages
        case .video: maxVideos
        case .audio: maxAudios
        }
    }
}

/// What a reference video must be. Local files are checked from their headers (``MediaInspector``); URLs and assets
/// are checked by the provider.
public struct VideoConstraints: Sendable, Hashable {
    /// Accepted containers (`mp4`, `mov`).
    public var formats: [MediaFormat]
    /// Accepted video codecs.
    public var videoCodecs: [MediaCodec]
    /// Largest accepted file, in bytes.
    public var maxBytes: Int
    /// Accepted width × height, in pixels.
    public var pixelCount: ClosedRange<Int>
    /// Each side must lie within this range, in pixels.
    public var sideRange: ClosedRange<Int>
    /// Width ÷ height must lie within these bounds (included).
    public var aspectRange: ClosedRange<Double>
    /// Accepted frame rates.
    public var framesPerSecond: ClosedRange<Double>
    /// Whether provider assets (`asset://…`) are accepted.
    public var acceptsAssets: Bool

    /// Constraints as given; nothing is checked here.
    public init(
        formats: [MediaFormat], videoCodecs: [MediaCodec], maxBytes: Int, pixelCount: ClosedRange<Int>, sideRange: ClosedRange<Int>,
        aspectRange: ClosedRange<Double>, framesPerSecond: ClosedRange<Double>, acceptsAssets: Bool
    ) {
        self.formats = formats
        self.videoCodecs = videoCodecs
        self.maxBytes = maxBytes
        self.pixelCount = pixelCount
        self.sideRange = sideRange
        self.aspectRange = aspectRange
        self.framesPerSecond = framesPerSecond
        self.acceptsAssets = acceptsAssets
    }

    /// The official Seedance 2.x limits: mp4 or mov, H.264 or H.265, at most 200 MB, 409,600–8,295,044 pixels
    /// (the stricter BytePlus floor; Volcengine documents 407,696), 300–6000 px a side, ratio 0.4–2.5, 24–60 fps,
    /// assets accepted.
    public static let seedance2 = VideoConstraints(
        formats: [.mp4, .mov], videoCodecs: [.h264, .h265], maxBytes: 200 * 1024 * 1024, pixelCount: 409_600...8_295_044,
        sideRange: 300...6000, aspectRange: 0.4...2.5, framesPerSecond: 24...60, acceptsAssets: true)
}

/// What a reference audio clip must be.
public struct AudioConstraints: Sendable, Hashable {
    /// Accepted formats (`wav`, `mp3`).
    public var formats: [MediaFormat]
    /// Largest accepted clip, in bytes.
    public var maxBytes: Int
    /// Whether inline bytes (`data:audio/<format>;base64,…`) are accepted, or only URLs and assets.
    public var acceptsInline: Bool
    /// Whether provider assets (`asset://…`) are accepted.
    public var acceptsAssets: Bool

    /// Constraints as given; nothing is checked here.
    public init(formats: [MediaFormat], maxBytes: Int, acceptsInline: Bool, acceptsAssets: Bool) {
        self.formats = formats
        self.maxBytes = maxBytes
        self.acceptsInline = acceptsInline
        self.acceptsAssets = acceptsAssets
    }

    /// The official Seedance 2.x limits: wav or mp3, at most 15 MB, inline and assets accepted.
    public static let seedance2 = AudioConstraints(formats: [.wav, .mp3], maxBytes: 15 * 1024 * 1024, acceptsInline: true, acceptsAssets: true)
}

/// Seedance 2.5's draft → final flow: a draft renders a cheap preview at ``draftResolution``; the final video, made
/// from the draft's task id, renders at one of ``finalResolutions``.
public struct DraftRule: Sendable, Hashable {
    /// The resolution drafts render at (any other explicit resolution is refused).
    public var draftResolution: Resolution
    /// The resolutions a final video may ask for, the provider's default first.
    public var finalResolutions: [Resolution]

    /// A rule as given.
    public init(draftResolution: Resolution, finalResolutions: [Resolution]) {
        self.draftResolution = draftResolution
        self.finalResolutions = finalResolutions
    }
}
