import SeedanceCore

/// Gives a failed task's free-text `task.reason` a neutral category. The dialect sends no failure code, so this is a
/// keyword heuristic [INFERRED], case-insensitive:
///
/// - moderation words (`sensitive`, `moderat…`, `violat…`, `nsfw`, `inappropriate`, `prohibited`, `content policy`,
///   `unsafe`) → `.contentRejected` (upstream codes read like `OutputVideoSensitiveContentDetected`);
/// - expiry words (`expired`, `timeout`, `timed out`) → `.taskExpired` (seed 002: a task past
///   `execution_expires_after` is "terminated and marked as expired");
/// - anything else, or no reason → `.taskFailed`: the task ended failed and the reason does not say why, so it is
///   not blamed on the server or the request.
enum JieKouFailureClassifier {
    static let moderationWords = ["sensitive", "moderat", "violat", "nsfw", "inappropriate", "prohibited", "content policy", "unsafe"]
    static let expiryWords = ["expired", "timeout", "timed out"]

    static func category(forReason reason: String) -> SeedanceError.Category {
        let text = reason.lowercased()
        if moderationWords.contains(where: text.contains) { return .contentRejected }
        if expiryWords.contains(where: text.contains) { return .taskExpired }
        return .taskFailed
    }
}
