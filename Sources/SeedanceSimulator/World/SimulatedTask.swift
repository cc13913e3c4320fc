import Foundation
import SeedanceCore

/// One video task in the simulated world. Its state is not stored: ``TaskWorld`` derives it from the clock
/// (``TaskTimeline``), so virtual time needs no timers.
public struct SimulatedTask: Sendable, Hashable {
    /// The id, in the dialect's ``SimulatedDialect/taskIDFormat``.
    public let id: String
    /// The ``SimulatedDialect/name`` of the dialect that created it (other dialects do not see it).
    public let dialect: String
    /// 1 for the world's first task, then 2, 3 …
    public let sequence: Int
    /// The model the request named (or the dialect's default).
    public var model: String
    /// The prompt, when there is one (checked against ``SimulatorConfiguration/rejectedPromptMarkers``).
    public var prompt: String?
    /// The request parameters as the dialect chose to keep them (usually the parsed body).
    public var params: JSONValue
    /// The clock reading at creation.
    public let createdAt: Duration
    /// The calendar date at creation (for `created_at` fields).
    public let createdDate: Date
    /// When the task leaves the queue and starts running, counted from creation.
    public var queuedFor: Duration
    /// When the task reaches its terminal state, counted from creation.
    public var completionTime: Duration
    /// How the task ends unless cancelled first.
    public var plannedOutcome: PlannedOutcome
    /// The clock reading at cancellation, if it was cancelled.
    public var cancelledAt: Duration?
    /// Whether the record was deleted (a deleted task is invisible to every route).
    public var isDeleted: Bool
    /// Where the finished task is announced, when the request asked for a callback.
    public var callbackURL: URL?
    /// Whether the request asked for the last frame as an image.
    public var returnLastFrame: Bool
    /// The generation settings the task reports back.
    public var echo: TaskEcho
    /// A seed the "model" drew, for dialects that report the seed actually used when the request left it random.
    public let drawnSeed: Int64
    /// Scheme, host and port the result links point at (see ``TaskObservation/videoURL``).
    public let mediaBaseURL: URL
    /// Dialect-specific data (for example the model segment a status route must repeat).
    public var metadata: JSONValue
    /// The video the task makes, when its dialect planned one (else the media routes serve the sample MP4).
    public var resultVideo: ResultVideo? = nil
}

/// The settings a task reports back in status answers (`duration`, `resolution` …). The dialect fills them from
/// the request and its documented defaults; `nil` means "do not report".
public struct TaskEcho: Sendable, Hashable {
    /// Video length in seconds.
    public var duration: Int?
    /// Frame count, where the dialect uses frames.
    public var frames: Int?
    /// Resolution (`720p`).
    public var resolution: String?
    /// Aspect ratio (`16:9`, `adaptive`).
    public var ratio: String?
    /// The requested seed (`-1` for random: report ``SimulatedTask/drawnSeed`` then).
    public var seed: Int64?
    /// Whether audio is generated.
    public var generateAudio: Bool?
    /// Frames per second.
    public var framesPerSecond: Int?

    /// Builds an echo.
    public init(
        duration: Int? = nil, frames: Int? = nil, resolution: String? = nil, ratio: String? = nil, seed: Int64? = nil,
        generateAudio: Bool? = nil, framesPerSecond: Int? = nil
    ) {
        self.duration = duration
        self.frames = frames
        self.resolution = resolution
        self.ratio = ratio
        self.seed = seed
        self.generateAudio = generateAudio
        self.framesPerSecond = framesPerSecond
    }
}

/// How a task ends if nobody cancels it.
public enum PlannedOutcome: Sendable, Hashable {
    /// Runs, then succeeds with a video.
    case succeed
    /// Runs, then fails for `reason`.
    case fail(FailureReason)
    /// Stays queued, then expires (as a task does when `execution_expires_after` passes before it runs).
    case expire
}

/// Why a task failed, in neutral terms. Each dialect renders it with its own code and message.
public enum FailureReason: Sendable, Hashable {
    /// The prompt matched a ``SimulatorConfiguration/rejectedPromptMarkers`` marker (content moderation).
    case contentRejected
    /// A random failure drawn from ``SimulatorConfiguration/failureRate``.
    case generationFailed
    /// A failure the dialect planned itself, with its provider code and message.
    case custom(code: String, message: String)
}

/// What a dialect hands to ``DialectContext/createTask(_:)``: everything the world needs to know about a new task.
public struct TaskDraft: Sendable {
    /// The model.
    public var model: String
    /// The prompt, checked against the rejection markers.
    public var prompt: String?
    /// Parameters to keep with the task (usually the parsed body).
    public var params: JSONValue
    /// Where to post the terminal state, if the request asked for a callback.
    public var callbackURL: URL?
    /// Whether the request asked for the last frame.
    public var returnLastFrame: Bool
    /// Settings to report back.
    public var echo: TaskEcho
    /// Overrides the configured completion time (for example from the requested video length).
    public var completionTime: Duration?
    /// Overrides outcome planning (rates and rejection markers).
    public var outcome: PlannedOutcome?
    /// Dialect-specific data.
    public var metadata: JSONValue
    /// The video the task makes (pixel size, length, container), or `nil` for the sample MP4.
    public var resultVideo: ResultVideo?

    /// Builds a draft.
    public init(
        model: String, prompt: String? = nil, params: JSONValue = .object([:]), callbackURL: URL? = nil,
        returnLastFrame: Bool = false, echo: TaskEcho = TaskEcho(), completionTime: Duration? = nil,
        outcome: PlannedOutcome? = nil, metadata: JSONValue = .null, resultVideo: ResultVideo? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.params = params
        self.callbackURL = callbackURL
        self.returnLastFrame = returnLastFrame
        self.echo = echo
        self.completionTime = completionTime
        self.outcome = outcome
        self.metadata = metadata
        self.resultVideo = resultVideo
    }
}
