import SeedanceCore

/// Gives a failed task's free-text `task.reason` a neutral category. The dialect sends no failure code, so this is a
/// keyword heuristic [INFERRED], case-insensitive, under the rule every adapter follows
/// (``TaskFailure/category(forFailedTaskMeaning:)``):
///
/// - moderation words (`sensitive`, `moderat…`, `violat…`, `nsfw`, `inappropriate`, `prohibited`, `content policy`,
///   `unsafe`) → `.contentRejected` (upstream codes read like `OutputVideoSensitiveContentDetected`);
/// - `expired` → `.taskExpired` (a task past `execution_expires_after` is "terminated and marked as expired");
/// - balance words (`balance`, `insufficient credit`) → `.insufficientCredits`;
/// - anything else, a provider-side timeout included, or no reason → `.taskFailed`: the task ended failed and the
///   reason does not say why, so it is not blamed on the server or the request, and never on a local deadline.
enum JieKouFailureClassifier {
    static let moderationWords = ["sensitive", "moderat", "violat", "nsfw", "inappropriate", "prohibited", "content policy", "unsafe"]
    static let expiryWords = ["expired"]
    static let balanceWords = ["balance", "insufficient credit"]

    static func category(forReason reason: String) -> SeedanceError.Category {
        let text = reason.lowercased()
        if moderationWords.contains(where: text.contains) { return .contentRejected }
        if expiryWords.contains(where: text.contains) { return .taskExpired }
        if balanceWords.contains(where: text.contains) { return .insufficientCredits }
        return .taskFailed
    }
}
