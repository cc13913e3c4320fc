import Foundation

/// What the provider said about a task at one moment, in neutral terms.
///
/// Fields a dialect does not report stay `nil`. ``raw`` keeps the provider's whole answer for anything else.
public struct TaskSnapshot: Sendable, Hashable, Codable {
    /// The task.
    public var id: TaskID
    /// The neutral status.
    public var status: TaskStatus
    /// The status string exactly as the provider sent it.
    public var rawStatus: String
    /// Progress from 0 to 1, where the dialect reports it.
    public var progress: Double?
    /// The generated video, once succeeded. Result URLs expire: download promptly.
    public var videoURL: URL?
    /// The last frame as an image, when asked for and reported.
    public var lastFrameURL: URL?
    /// Generated audio tracks, where the dialect reports them separately.
    public var audioURLs: [URL]
    /// The video's actual length in seconds.
    public var duration: Double?
    /// The output resolution, as echoed.
    public var resolution: Resolution?
    /// The output aspect ratio, as echoed.
    public var aspectRatio: AspectRatio?
    /// The seed used.
    public var seed: Int64?
    /// The model that ran the task, as echoed.
    public var model: ModelID?
    /// What the task cost, as the dialect reports it.
    public var usage: Usage?
    /// Why the task failed (or was cancelled / expired), when it did.
    public var failure: TaskFailure?
    /// When the provider created the task.
    public var createdAt: Date?
    /// When the provider last changed the task.
    public var updatedAt: Date?
    /// When the task reached its terminal state.
    public var completedAt: Date?
    /// When the result URLs stop working, where the dialect says.
    public var resultExpiresAt: Date?
    /// Whether this task is a draft (a cheap 480p preview to turn into the final video with ``VideoRequest/draftTaskID``).
    public var isDraft: Bool?
    /// The draft this task renders the final video from, as echoed (Seedance 2.5 draft → final).
    public var draftTaskID: TaskID?
    /// The output container, as echoed (`mp4`, `mov`).
    public var outputFormat: MediaFormat?
    /// The provider's whole answer.
    public var raw: JSONValue?

    /// Builds a snapshot.
    public init(
        id: TaskID, status: TaskStatus, rawStatus: String, progress: Double? = nil, videoURL: URL? = nil,
        lastFrameURL: URL? = nil, audioURLs: [URL] = [], duration: Double? = nil, resolution: Resolution? = nil,
        aspectRatio: AspectRatio? = nil, seed: Int64? = nil, model: ModelID? = nil, usage: Usage? = nil,
        failure: TaskFailure? = nil, createdAt: Date? = nil, updatedAt: Date? = nil, completedAt: Date? = nil,
        resultExpiresAt: Date? = nil, isDraft: Bool? = nil, draftTaskID: TaskID? = nil, outputFormat: MediaFormat? = nil,
        raw: JSONValue? = nil
    ) {
        self.id = id
        self.status = status
        self.rawStatus = rawStatus
        self.progress = progress
        self.videoURL = videoURL
        self.lastFrameURL = lastFrameURL
        self.audioURLs = audioURLs
        self.duration = duration
        self.resolution = resolution
        self.aspectRatio = aspectRatio
        self.seed = seed
        self.model = model
        self.usage = usage
        self.failure = failure
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
        self.resultExpiresAt = resultExpiresAt
        self.isDraft = isDraft
        self.draftTaskID = draftTaskID
        self.outputFormat = outputFormat
        self.raw = raw
    }

    /// Whether two snapshots differ in what a watcher cares about: status, progress, result URLs or failure.
    /// ``raw`` and timestamps are ignored.
    public func isObservableChange(from previous: TaskSnapshot?) -> Bool {
        guard let previous else { return true }
        return status != previous.status || rawStatus != previous.rawStatus || progress != previous.progress
            || videoURL != previous.videoURL || lastFrameURL != previous.lastFrameURL
            || audioURLs != previous.audioURLs || failure != previous.failure
    }
}

/// What a task cost, in whatever terms the dialect reports.
public struct Usage: Sendable, Hashable, Codable {
    /// Monetary cost exactly as sent (`"0.26"`), usually USD.
    public var cost: String?
    /// Discount applied, as sent.
    public var discount: Double?
    /// Credits consumed (credit-based dialects).
    public var credits: Int?
    /// Output tokens (the official API bills by tokens).
    public var completionTokens: Int?
    /// Total tokens.
    public var totalTokens: Int?
    /// How many web searches the model ran (``VideoRequest/webSearch``); `0` when it chose not to search.
    public var webSearchCount: Int?

    /// Builds a usage record.
    public init(
        cost: String? = nil, discount: Double? = nil, credits: Int? = nil, completionTokens: Int? = nil, totalTokens: Int? = nil,
        webSearchCount: Int? = nil
    ) {
        self.cost = cost
        self.discount = discount
        self.credits = credits
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
        self.webSearchCount = webSearchCount
    }

    /// ``cost`` as a decimal number, when it parses.
    public var costValue: Decimal? { cost.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }
}

/// Why a task did not succeed, as the provider reported it.
public struct TaskFailure: Sendable, Hashable, Codable {
    /// The neutral category (`contentRejected`, `server`, `invalidRequest`, `insufficientCredits` …).
    public var category: SeedanceError.Category
    /// The provider's code, as sent.
    public var code: ProviderCode?
    /// The provider's message.
    public var message: String

    /// Builds a failure.
    public init(category: SeedanceError.Category, code: ProviderCode? = nil, message: String) {
        self.category = category
        self.code = code
        self.message = message
    }
}
