import Foundation

/// What to generate, in provider-neutral terms.
///
/// Every property is optional: an unset property is omitted on the wire so the provider's default applies. The
/// chosen dialect validates the request before any I/O and refuses a property it does not support (it never drops
/// one silently). ``extraFields`` are added to the body as given, for fields the SDK does not model yet.
public struct VideoRequest: Sendable, Hashable, Codable {
    /// The text prompt. Dialogue inside double quotes is spoken on models that generate audio.
    public var prompt: String?
    /// The first frame (image-to-video).
    public var firstFrame: ImageInput?
    /// The last frame; requires a first frame.
    public var lastFrame: ImageInput?
    /// A model to use instead of the dialect's configured one.
    public var model: ModelID?
    /// Output resolution.
    public var resolution: Resolution?
    /// Output aspect ratio.
    public var aspectRatio: AspectRatio?
    /// Output length.
    public var duration: VideoDuration?
    /// Frames per second, where the dialect takes it (24 only, today).
    public var framesPerSecond: Int?
    /// Generate a sound track (Seedance 1.5 Pro).
    public var generateAudio: Bool?
    /// Keep the camera still.
    public var cameraFixed: Bool?
    /// Random seed; `-1` asks for a random one.
    public var seed: Int64?
    /// Add a watermark.
    public var watermark: Bool?
    /// Processing tier.
    public var serviceTier: ServiceTier?
    /// Seconds after which the provider abandons the task (it then ends `expired`).
    public var executionExpiresAfter: Int?
    /// Where the provider should POST the result, where the dialect has callbacks.
    public var callbackURL: URL?
    /// Also return the last frame of the generated video as an image.
    public var returnLastFrame: Bool?
    /// Generate a cheap low-resolution draft (Seedance 1.5 Pro).
    public var draft: Bool?
    /// Turn an earlier draft into the final video (Seedance 1.5 Pro).
    public var draftTaskID: TaskID?
    /// Fields sent as given at the top level of the body (or where the dialect documents its parameters).
    public var extraFields: [String: JSONValue]

    /// Builds a request; everything not given is left to the provider's default.
    public init(
        prompt: String? = nil, firstFrame: ImageInput? = nil, lastFrame: ImageInput? = nil, model: ModelID? = nil,
        resolution: Resolution? = nil, aspectRatio: AspectRatio? = nil, duration: VideoDuration? = nil,
        framesPerSecond: Int? = nil, generateAudio: Bool? = nil, cameraFixed: Bool? = nil, seed: Int64? = nil,
        watermark: Bool? = nil, serviceTier: ServiceTier? = nil, executionExpiresAfter: Int? = nil,
        callbackURL: URL? = nil, returnLastFrame: Bool? = nil, draft: Bool? = nil, draftTaskID: TaskID? = nil,
        extraFields: [String: JSONValue] = [:]
    ) {
        self.prompt = prompt
        self.firstFrame = firstFrame
        self.lastFrame = lastFrame
        self.model = model
        self.resolution = resolution
        self.aspectRatio = aspectRatio
        self.duration = duration
        self.framesPerSecond = framesPerSecond
        self.generateAudio = generateAudio
        self.cameraFixed = cameraFixed
        self.seed = seed
        self.watermark = watermark
        self.serviceTier = serviceTier
        self.executionExpiresAfter = executionExpiresAfter
        self.callbackURL = callbackURL
        self.returnLastFrame = returnLastFrame
        self.draft = draft
        self.draftTaskID = draftTaskID
        self.extraFields = extraFields
    }

    /// The fields this request sets, for validation against ``ModelCapabilities/supportedFields``.
    public var setFields: [RequestField] {
        var fields: [RequestField] = []
        if prompt != nil { fields.append(.prompt) }
        if firstFrame != nil { fields.append(.firstFrame) }
        if lastFrame != nil { fields.append(.lastFrame) }
        if resolution != nil { fields.append(.resolution) }
        if aspectRatio != nil { fields.append(.aspectRatio) }
        if let duration {
            if case .frames = duration { fields.append(.frames) } else { fields.append(.duration) }
        }
        if framesPerSecond != nil { fields.append(.framesPerSecond) }
        if generateAudio != nil { fields.append(.generateAudio) }
        if cameraFixed != nil { fields.append(.cameraFixed) }
        if seed != nil { fields.append(.seed) }
        if watermark != nil { fields.append(.watermark) }
        if serviceTier != nil { fields.append(.serviceTier) }
        if executionExpiresAfter != nil { fields.append(.executionExpiresAfter) }
        if callbackURL != nil { fields.append(.callbackURL) }
        if returnLastFrame != nil { fields.append(.returnLastFrame) }
        if draft != nil { fields.append(.draft) }
        if draftTaskID != nil { fields.append(.draftTask) }
        return fields
    }
}

/// A property of ``VideoRequest``, named as the SDK's user writes it (used in validation errors and capabilities).
///
/// An open set, like ``SeedanceError/Category``: a struct with one static member per field, so fields added by later
/// versions (Seedance 2.x adds references, task types, output formats …) never break a `switch` over it; such a
/// `switch` needs `default:`. ``allCases`` lists the fields this version knows, in declaration order.
public struct RequestField: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The property's name (`firstFrame`, `draftTask` for ``VideoRequest/draftTaskID``).
    public let rawValue: String

    /// The field named `rawValue`; never fails (a name this version does not know is kept as written).
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// ``VideoRequest/prompt``.
    public static let prompt = RequestField(rawValue: "prompt")
    /// ``VideoRequest/firstFrame``.
    public static let firstFrame = RequestField(rawValue: "firstFrame")
    /// ``VideoRequest/lastFrame``.
    public static let lastFrame = RequestField(rawValue: "lastFrame")
    /// ``VideoRequest/resolution``.
    public static let resolution = RequestField(rawValue: "resolution")
    /// ``VideoRequest/aspectRatio``.
    public static let aspectRatio = RequestField(rawValue: "aspectRatio")
    /// ``VideoRequest/duration``.
    public static let duration = RequestField(rawValue: "duration")
    /// ``VideoRequest/duration`` given as ``VideoDuration/frames(_:)`` (a frame count instead of seconds).
    public static let frames = RequestField(rawValue: "frames")
    /// ``VideoRequest/framesPerSecond``.
    public static let framesPerSecond = RequestField(rawValue: "framesPerSecond")
    /// ``VideoRequest/generateAudio``.
    public static let generateAudio = RequestField(rawValue: "generateAudio")
    /// ``VideoRequest/cameraFixed``.
    public static let cameraFixed = RequestField(rawValue: "cameraFixed")
    /// ``VideoRequest/seed``.
    public static let seed = RequestField(rawValue: "seed")
    /// ``VideoRequest/watermark``.
    public static let watermark = RequestField(rawValue: "watermark")
    /// ``VideoRequest/serviceTier``.
    public static let serviceTier = RequestField(rawValue: "serviceTier")
    /// ``VideoRequest/executionExpiresAfter``.
    public static let executionExpiresAfter = RequestField(rawValue: "executionExpiresAfter")
    /// ``VideoRequest/callbackURL``.
    public static let callbackURL = RequestField(rawValue: "callbackURL")
    /// ``VideoRequest/returnLastFrame``.
    public static let returnLastFrame = RequestField(rawValue: "returnLastFrame")
    /// ``VideoRequest/draft``.
    public static let draft = RequestField(rawValue: "draft")
    /// ``VideoRequest/draftTaskID``.
    public static let draftTask = RequestField(rawValue: "draftTask")

    /// Every field this version knows, in ``VideoRequest``'s order.
    public static let allCases: [RequestField] = [
        .prompt, .firstFrame, .lastFrame, .resolution, .aspectRatio, .duration, .frames, .framesPerSecond, .generateAudio,
        .cameraFixed, .seed, .watermark, .serviceTier, .executionExpiresAfter, .callbackURL, .returnLastFrame, .draft, .draftTask,
    ]
}
