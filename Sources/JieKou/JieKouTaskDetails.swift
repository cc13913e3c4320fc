import Foundation
import SeedanceCore

/// What a task result says beyond ``TaskSnapshot``: the provider's time estimate, the result URLs' lifetimes and
/// the debug timestamps. Read from ``TaskSnapshot/raw`` of a snapshot this dialect produced.
///
/// The TTLs are relative to an instant the provider does not name; ``TaskSnapshot/resultExpiresAt`` is therefore
/// `completedAt + videoURLTTL`, an early (safe) bound [INFERRED]. Download results promptly in any case.
public struct JieKouTaskDetails: Sendable, Hashable {
    /// `task.task_type` as sent (`video`).
    public var taskType: String?
    /// `task.eta`: the provider's estimate of the time left, read as seconds [INFERRED unit].
    public var eta: Duration?
    /// `videos[0].video_url_ttl` (a string or a number of seconds).
    public var videoURLTTL: Duration?
    /// `images[0].image_url_ttl`.
    public var imageURLTTL: Duration?
    /// `audios[0].audio_url_ttl`.
    public var audioURLTTL: Duration?
    /// `extra.debug_info.submit_time_ms`.
    public var submittedAt: Date?
    /// `extra.debug_info.execute_time_ms`: when the task started running.
    public var executionStartedAt: Date?
    /// `extra.debug_info.complete_time_ms`.
    public var completedAt: Date?

    /// Reads the details from a task-result document; members that are absent or unreadable stay `nil`.
    public init(raw: JSONValue) {
        let task = raw["task"]
        taskType = task?["task_type"]?.stringValue
        eta = JieKouJSON.seconds(task?["eta"])
        videoURLTTL = JieKouJSON.seconds(raw["videos"]?[0]?["video_url_ttl"])
        imageURLTTL = JieKouJSON.seconds(raw["images"]?[0]?["image_url_ttl"])
        audioURLTTL = JieKouJSON.seconds(raw["audios"]?[0]?["audio_url_ttl"])
        let debug = raw["extra"]?["debug_info"]
        submittedAt = JieKouJSON.milliseconds(debug?["submit_time_ms"])
        executionStartedAt = JieKouJSON.milliseconds(debug?["execute_time_ms"])
        completedAt = JieKouJSON.milliseconds(debug?["complete_time_ms"])
    }

    /// The details of `snapshot`, or `nil` when its raw answer is not a task-result document (no `task` object).
    public init?(_ snapshot: TaskSnapshot) {
        guard let raw = snapshot.raw, raw["task"]?.objectValue != nil else { return nil }
        self.init(raw: raw)
    }
}
