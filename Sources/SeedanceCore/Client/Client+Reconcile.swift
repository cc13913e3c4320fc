import Foundation

/// What ``SeedanceClient/reconcile(_:)`` found for a create whose outcome was unknown.
public enum ReconcileResult: Sendable, Hashable {
    /// Exactly one task matches: this is the create's task (billed). Track it instead of submitting again.
    case found(TaskSnapshot)
    /// No task matches: the create did not start one, and submitting again does not bill twice.
    case noneFound
    /// Several tasks match (the same request sent more than once in the window): the SDK cannot tell which is yours;
    /// here they are, newest first.
    case ambiguous([TaskSnapshot])
}

extension SeedanceClient {
    /// How far a listed task's creation time may lie outside the create's window and still match (clock skew
    /// between you and the provider, and creation times given in whole seconds).
    public static let reconcileClockSkew: Duration = .seconds(30)

    /// Finds the task a create may have started when its answer was lost: `error` is a `.outcomeUnknown` (or a
    /// create `.timeout`) carrying ``SeedanceError/submission``.
    ///
    /// If the create's answer has arrived since (its caller had left), that task is returned. Otherwise, where the
    /// API lists tasks (ModelArk), the list is read newest first, filtered by the create's model, down to the start of
    /// the create's window (``SubmissionAttempt/startedAt`` to ``SubmissionAttempt/endedAt``, widened by
    /// ``reconcileClockSkew``). A task matches when it was created in that window, is not one this client already
    /// received, and agrees with every parameter the request set that the list reports (resolution, aspect ratio,
    /// duration, seed). Prompts are not compared: the list does not return them.
    ///
    /// - Returns: ``ReconcileResult/found(_:)`` for exactly one match, ``ReconcileResult/noneFound``, or
    ///   ``ReconcileResult/ambiguous(_:)``.
    /// - Throws: `SeedanceError` `.invalidRequest` when `error` carries no submission (nothing to reconcile);
    ///   `.unsupported` when the dialect has no task list (wait for your callback or check the provider's console);
    ///   the list request's errors. `CancellationError` when cancelled.
    public func reconcile(_ error: SeedanceError) async throws -> ReconcileResult {
        guard let submission = error.submission else {
            throw SeedanceError(
                category: .invalidRequest, provider: provider,
                message: "this error carries no submission to reconcile; only a create's outcomeUnknown or timeout does")
        }
        if case .created(let task)? = ledger.abandonedSubmission(submission.id)?.outcome {
            return .found(try await status(of: task.id))
        }
        guard dialect.operations.list else {
            throw SeedanceError.unsupported(
                "reconciling a create (the API has no task list)", provider: provider,
                alternative: "wait for your callback, or look for the task in the provider's console")
        }
        let skew = Self.reconcileClockSkew.timeInterval
        let earliest = submission.startedAt.addingTimeInterval(-skew)
        let latest = (submission.endedAt ?? Date()).addingTimeInterval(skew)
        var matches: [TaskSnapshot] = []
        for try await task in try list(TaskListQuery(pageSize: 100, model: submission.model)) {
            guard let created = task.createdAt else { continue }
            if created < earliest { break }
            if created <= latest, !ledger.knows(task.id), Self.agrees(task, with: submission) { matches.append(task) }
        }
        switch matches.count {
        case 0: return .noneFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    /// Whether `task` agrees with every parameter `submission` set that `task` reports.
    static func agrees(_ task: TaskSnapshot, with submission: SubmissionAttempt) -> Bool {
        if let model = task.model, model != submission.model { return false }
        if let wanted = submission.resolution, let actual = task.resolution, wanted != actual { return false }
        if let wanted = submission.aspectRatio, let actual = task.aspectRatio, wanted != actual { return false }
        if case .seconds(let seconds)? = submission.duration, let actual = task.duration, abs(actual - Double(seconds)) > 0.5 { return false }
        if let seed = submission.seed, seed >= 0, let actual = task.seed, actual != seed { return false }
        return true
    }
}
