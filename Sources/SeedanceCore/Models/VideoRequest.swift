import Foundation

/// What to generate, in provider-neutral terms.
///
/// Every property is optional: an unset property is omitted on the wire so the provider's default applies. The
/// chosen dialect validates the request before any I/O and refuses a property it does not support (it never drops
/// one silently). ``extraFields`` are added to the body as given, for fields the SDK does not model yet.
public struct VideoRequest: Sendable, Hashable {
    /// The text prompt. Dialogue inside double quotes is spoken on models that generate audio.
    public var prompt: String?
    /// The first frame (image-to-video).
    public var firstFrame: MediaInput?
    /// The last frame; requires a first frame.
    public var lastFrame: MediaInput?
    /// Reference images (multimodal reference mode, Seedance 2.x), called "Image 1", "Image 2" … in the prompt in
    /// this order. Never combined with ``firstFrame`` or ``lastFrame``.
    public var referenceImages: [MediaInput]
    /// Reference videos (Seedance 2.x), "Video 1" … in the prompt. URLs, assets or local files (uploaded through
    /// the client's ``MediaUploader``); never inline bytes.
    public var referenceVideos: [MediaInput]
    /// Reference audio clips (Seedance 2.x), "Audio 1" … in the prompt. On the 2.0 family they need at least one
    /// reference image or video beside them.
    public var referenceAudios: [MediaInput]
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
    /// Turn an earlier draft into the final video (Seedance 1.5 Pro, 2.5).
    public var draftTaskID: TaskID?
    /// What a reference task does (Seedance 2.5: auto, reference, edit, extend).
    public var taskType: ReferenceTaskType?
    /// The output container (`mp4`, or `mov` on Seedance 2.5).
    public var outputFormat: MediaFormat?
    /// Let the model search the web while writing the video (the `web_search` tool, Seedance 2.x). The model decides
    /// whether to search; ``Usage/webSearchCount`` says how often it did.
    public var webSearch: Bool?
    /// Queue priority within one endpoint, 0 (default) to 9 (Seedance 2.x).
    public var priority: Int?
    /// A stable, hashed identifier of your end user (at most 64 characters) that the provider uses for abuse
    /// monitoring; echoed back on the task. Never put personal data here.
    public var safetyIdentifier: String?
    /// Fields sent as given at the top level of the body (or where the dialect documents its parameters).
    public var extraFields: [String: JSONValue]

    /// Builds a request; everything not given is left to the provider's default.
    public init(
        prompt: String? = nil, firstFrame: MediaInput? = nil, lastFrame: MediaInput? = nil, referenceImages: [MediaInput] = [],
        referenceVideos: [MediaInput] = [], referenceAudios: [MediaInput] = [], model: ModelID? = nil,
        resolution: Resolution? = nil, aspectRatio: AspectRatio? = nil, duration: VideoDuration? = nil,
        framesPerSecond: Int? = nil, generateAudio: Bool? = nil, cameraFixed: Bool? = nil, seed: Int64? = nil,
        watermark: Bool? = nil, serviceTier: ServiceTier? = nil, executionExpiresAfter: Int? = nil,
        callbackURL: URL? = nil, returnLastFrame: Bool? = nil, draft: Bool? = nil, draftTaskID: TaskID? = nil,
        taskType: ReferenceTaskType? = nil, outputFormat: MediaFormat? = nil, webSearch: Bool? = nil, priority: Int? = nil,
        safetyIdentifier: String? = nil, extraFields: [String: JSONValue] = [:]
    ) {
        self.prompt = prompt
        self.firstFrame = firstFrame
        self.lastFrame = lastFrame
        self.referenceImages = referenceImages
        self.referenceVideos = referenceVideos
        self.referenceAudios = referenceAudios
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
        self.taskType = taskType
        self.outputFormat = outputFormat
        self.webSearch = webSearch
        self.priority = priority
        self.safetyIdentifier = safetyIdentifier
        self.extraFields = extraFields
    }

    /// Whether the request carries reference images, videos or audio clips (multimodal reference mode).
    package var hasReferences: Bool { !(referenceImages.isEmpty && referenceVideos.isEmpty && referenceAudios.isEmpty) }

    /// The fields this request sets, for validation against ``ModelCapabilities/supportedFields``.
    public var setFields: [RequestField] {
        var fields: [RequestField] = []
        if prompt != nil { fields.append(.prompt) }
        if firstFrame != nil { fields.append(.firstFrame) }
        if lastFrame != nil { fields.append(.lastFrame) }
        if !referenceImages.isEmpty { fields.append(.referenceImages) }
        if !referenceVideos.isEmpty { fields.append(.referenceVideos) }
        if !referenceAudios.isEmpty { fields.append(.referenceAudios) }
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
        if taskType != nil { fields.append(.taskType) }
        if outputFormat != nil { fields.append(.outputFormat) }
        if webSearch != nil { fields.append(.webSearch) }
        if priority != nil { fields.append(.priority) }
        if safetyIdentifier != nil { fields.append(.safetyIdentifier) }
        return fields
    }
}

/// A property of ``VideoRequest``, named as the SDK's user writes it (used in validation errors and capabilities).
///
/// An open set, like ``SeedanceError/Category``: a struct with one static member per field, so fields added by later
/// versions never break a `switch` over it; such a
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
    /// ``VideoRequest/referenceImages``.
    public static let referenceImages = RequestField(rawValue: "referenceImages")
    /// ``VideoRequest/referenceVideos``.
    public static let referenceVideos = RequestField(rawValue: "referenceVideos")
    /// ``VideoRequest/referenceAudios``.
    public static let referenceAudios = RequestField(rawValue: "referenceAudios")
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
    /// ``VideoRequest/taskType``.
    public static let taskType = RequestField(rawValue: "taskType")
    /// ``VideoRequest/outputFormat``.
    public static let outputFormat = RequestField(rawValue: "outputFormat")
    /// ``VideoRequest/webSearch``.
    public static let webSearch = RequestField(rawValue: "webSearch")
    /// ``VideoRequest/priority``.
    public static let priority = RequestField(rawValue: "priority")
    /// ``VideoRequest/safetyIdentifier``.
    public static let safetyIdentifier = RequestField(rawValue: "safetyIdentifier")

    /// Every field this version knows, in ``VideoRequest``'s order.
    public static let allCases: [RequestField] = [
        .prompt, .firstFrame, .lastFrame, .referenceImages, .referenceVideos, .referenceAudios, .resolution, .aspectRatio, .duration,
        .frames, .framesPerSecond, .generateAudio, .cameraFixed, .seed, .watermark, .serviceTier, .executionExpiresAfter, .callbackURL,
        .returnLastFrame, .draft, .draftTask, .taskType, .outputFormat, .webSearch, .priority, .safetyIdentifier,
    ]
}
