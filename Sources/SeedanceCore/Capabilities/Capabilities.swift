/// The models a dialect knows, with their limits. Drives validation, the CLI's `providers` table and the README's
/// capability matrix. The optional operations (cancel, list, delete, callbacks) are not stated here: they are
/// ``Dialect/operations``, derived from the dialect's conformances.
public struct Capabilities: Sendable {
    /// The known models, the dialect's default first.
    public var models: [ModelCapabilities]
    /// Limits for a model id not in ``models`` (generic rules only), or `nil` to refuse unknown ids.
    public var unknownModel: ModelCapabilities?

    /// Describes a dialect's models.
    public init(models: [ModelCapabilities], unknownModel: ModelCapabilities? = nil) {
        self.models = models
        self.unknownModel = unknownModel
    }

    /// The limits for `model`: its own entry, else ``unknownModel`` with the id filled in, else `nil`.
    public func model(_ model: ModelID) -> ModelCapabilities? {
        if let known = models.first(where: { $0.id == model }) { return known }
        guard var generic = unknownModel else { return nil }
        generic.id = model
        return generic
    }
}

/// One model's documented limits. Unset request fields are omitted on the wire, so defaults here are what the
/// provider applies (documentation), not values the SDK sends.
public struct ModelCapabilities: Sendable {
    /// The id the provider expects in requests.
    public var id: ModelID
    /// A person's name for it (`Seedance 1.5 Pro`).
    public var displayName: String
    /// The ``VideoRequest`` fields this model accepts; any other set field is refused.
    public var supportedFields: Set<RequestField>
    /// Whether a prompt is required, and its length limits.
    public var prompt: PromptRule
    /// Accepted resolutions.
    public var resolutions: [Resolution]
    /// The resolution the provider applies when none is sent.
    public var defaultResolution: Resolution?
    /// Accepted aspect ratios.
    public var aspectRatios: [AspectRatio]
    /// The aspect ratio the provider applies when none is sent.
    public var defaultAspectRatio: AspectRatio?
    /// Accepted lengths (seconds, `auto`, frame counts).
    public var durations: DurationRule
    /// The length the provider applies when none is sent.
    public var defaultDuration: VideoDuration?
    /// Accepted seeds (`-1` means random).
    public var seedRange: ClosedRange<Int64>
    /// Accepted values of ``VideoRequest/executionExpiresAfter``, in seconds.
    public var expiryRange: ClosedRange<Int>
    /// Accepted service tiers.
    public var serviceTiers: [ServiceTier]
    /// Accepted frame rates.
    public var framesPerSecond: [Int]
    /// What the model accepts as input images.
    public var images: ImageConstraints
    /// Whether a callback URL must be public `https` (not loopback).
    public var callbackMustBePublicHTTPS: Bool
    /// Multimodal reference mode, or `nil` when the model has none.
    public var references: ReferenceLimits?
    /// Accepted output containers (``VideoRequest/outputFormat``), the default first.
    public var outputFormats: [MediaFormat]
    /// Accepted reference task types (``VideoRequest/taskType``).
    public var taskTypes: [ReferenceTaskType]
    /// Accepted queue priorities (``VideoRequest/priority``).
    public var priorityRange: ClosedRange<Int>
    /// The longest accepted ``VideoRequest/safetyIdentifier``, in characters.
    public var safetyIdentifierMaxLength: Int
    /// The draft → final flow where the model's drafts differ from Seedance 1.5 Pro's (Seedance 2.5), else `nil`.
    public var drafts: DraftRule?
    /// Whether first-frame, first+last-frame, edit and extend tasks take only the `adaptive` ratio (Seedance 2.5).
    public var adaptiveRatioOnlyForSourceMedia: Bool
    /// The largest request body the provider accepts, in bytes (inline media count), or `nil` when undocumented.
    public var maxRequestBytes: Int?

    /// Describes a model; the defaults are the common Seedance limits (no references, no 2.x-only fields).
    public init(
        id: ModelID, displayName: String, supportedFields: Set<RequestField>, prompt: PromptRule = .optional,
        resolutions: [Resolution], defaultResolution: Resolution? = nil, aspectRatios: [AspectRatio],
        defaultAspectRatio: AspectRatio? = nil, durations: DurationRule, defaultDuration: VideoDuration? = nil,
        seedRange: ClosedRange<Int64> = -1...4_294_967_295, expiryRange: ClosedRange<Int> = 3600...259_200,
        serviceTiers: [ServiceTier] = [.default, .flex], framesPerSecond: [Int] = [24], images: ImageConstraints = .seedance,
        callbackMustBePublicHTTPS: Bool = false, references: ReferenceLimits? = nil, outputFormats: [MediaFormat] = [],
        taskTypes: [ReferenceTaskType] = [], priorityRange: ClosedRange<Int> = 0...9, safetyIdentifierMaxLength: Int = 64,
        drafts: DraftRule? = nil, adaptiveRatioOnlyForSourceMedia: Bool = false, maxRequestBytes: Int? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.supportedFields = supportedFields
        self.prompt = prompt
        self.resolutions = resolutions
        self.defaultResolution = defaultResolution
        self.aspectRatios = aspectRatios
        self.defaultAspectRatio = defaultAspectRatio
        self.durations = durations
        self.defaultDuration = defaultDuration
        self.seedRange = seedRange
        self.expiryRange = expiryRange
        self.serviceTiers = serviceTiers
        self.framesPerSecond = framesPerSecond
        self.images = images
        self.callbackMustBePublicHTTPS = callbackMustBePublicHTTPS
        self.references = references
        self.outputFormats = outputFormats
        self.taskTypes = taskTypes
        self.priorityRange = priorityRange
        self.safetyIdentifierMaxLength = safetyIdentifierMaxLength
        self.drafts = drafts
        self.adaptiveRatioOnlyForSourceMedia = adaptiveRatioOnlyForSourceMedia
        self.maxRequestBytes = maxRequestBytes
    }
}

/// Whether a prompt is needed and how long it may be.
public struct PromptRule: Sendable, Hashable {
    /// Whether a request without a prompt is refused.
    public var required: Bool
    /// Hard length limits in characters, when the provider enforces them.
    public var length: ClosedRange<Int>?

    /// A rule; `length` `nil` means no enforced limit.
    public init(required: Bool, length: ClosedRange<Int>? = nil) {
        self.required = required
        self.length = length
    }

    /// A prompt may be left out; no length limit.
    public static let optional = PromptRule(required: false)
    /// A prompt is required; no length limit.
    public static let required = PromptRule(required: true)
}

/// Which lengths a model accepts.
public struct DurationRule: Sendable, Hashable {
    /// Accepted whole seconds.
    public var seconds: [Int]
    /// Whether `.auto` is accepted.
    public var allowsAuto: Bool
    /// Accepted frame counts, where `.frames` is accepted.
    public var frames: FramesRule?

    /// A rule accepting exactly these seconds, optionally `auto` and frame counts.
    public init(seconds: [Int], allowsAuto: Bool = false, frames: FramesRule? = nil) {
        self.seconds = seconds
        self.allowsAuto = allowsAuto
        self.frames = frames
    }

    /// A contiguous range of seconds.
    public static func range(_ range: ClosedRange<Int>, allowsAuto: Bool = false, frames: FramesRule? = nil) -> DurationRule {
        DurationRule(seconds: Array(range), allowsAuto: allowsAuto, frames: frames)
    }

    /// The accepted values as text (`4…12 or auto`).
    public var allowedDescription: String {
        var text: String
        if let first = seconds.first, let last = seconds.last, seconds == Array(first...last), seconds.count > 2 {
            text = "\(first)…\(last) seconds"
        } else {
            text = seconds.map(String.init).joined(separator: ", ") + " seconds"
        }
        if allowsAuto { text += ", or auto" }
        if let frames { text += ", or \(frames.allowedDescription)" }
        return text
    }
}

/// Frame counts of the form `base + step·n` within `range` (Seedance 1.0: 25 + 4n within 29…289).
public struct FramesRule: Sendable, Hashable {
    /// The smallest term of the series.
    public var base: Int
    /// The gap between accepted counts.
    public var step: Int
    /// The accepted bounds, inclusive.
    public var range: ClosedRange<Int>

    /// A rule accepting `base + step·n` within `range`.
    public init(base: Int, step: Int, range: ClosedRange<Int>) {
        self.base = base
        self.step = step
        self.range = range
    }

    /// Seedance 1.0: 25 + 4n within 29…289.
    public static let seedance1 = FramesRule(base: 25, step: 4, range: 29...289)

    /// Whether `frames` lies in ``range`` and on the series.
    public func accepts(_ frames: Int) -> Bool {
        range.contains(frames) && (frames - base) % step == 0
    }

    /// The accepted values as text, for validation errors.
    public var allowedDescription: String { "frames of the form \(base)+\(step)n within \(range.lowerBound)…\(range.upperBound)" }
}
