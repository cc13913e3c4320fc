import Foundation

/// A task as seen at one moment: what a dialect renders into a status answer, a list item or a callback body.
public struct TaskObservation: Sendable, Hashable {
    /// The task record.
    public var task: SimulatedTask
    /// Its phase at ``observedAt``.
    public var phase: TaskPhase
    /// When it was observed (the simulator's calendar).
    public var observedAt: Date
    /// When the phase last changed (for `updated_at`).
    public var updatedAt: Date
    /// When the task reached its terminal state, once it has.
    public var finishedAt: Date?
    /// The result video, once succeeded. Served by the framework without authentication.
    public var videoURL: URL?
    /// The last-frame PNG, once succeeded and only if the request asked for it.
    public var lastFrameURL: URL?
    /// The time left until the planned terminal state (zero once terminal), for `eta` fields.
    public var remaining: Duration = .zero

    /// Shorthand for `task.id`.
    public var id: String { task.id }
    /// Progress in `0 ... 1` (see ``TaskPhase/progress``).
    public var progress: Double { phase.progress }
    /// How long the task took from creation to its terminal state, once it has one.
    public var elapsedToFinish: TimeInterval? { finishedAt.map { $0.timeIntervalSince(task.createdDate) } }
    /// The seed to report: the requested one, or the drawn one when the request left it random (`nil` or `-1`).
    public var reportedSeed: Int64 {
        if let seed = task.echo.seed, seed >= 0 { return seed }
        return task.drawnSeed
    }
}

/// The paths of a task's result files, shared by ``TaskWorld`` (links) and `MediaRoutes` (serving).
public enum MediaPaths {
    /// The file name of the result video.
    public static let videoFile = "video.mp4"
    /// The file name of a QuickTime result video (``ResultVideo/Container/mov``).
    public static let movieFile = "video.mov"
    /// The file name of the last-frame image.
    public static let lastFrameFile = "last-frame.png"

    /// `<base>/media/<escaped id>/<file>`, with `?expires=<unix seconds>` when `expires` is given.
    public static func url(base: URL, taskID: String, file: String, expires: Date?) -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        let escaped = taskID.addingPercentEncoding(withAllowedCharacters: unreserved) ?? taskID
        text += "/media/\(escaped)/\(file)"
        if let expires { text += "?expires=\(Int64(expires.timeIntervalSince1970.rounded(.up)))" }
        return URL(string: text)!
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
