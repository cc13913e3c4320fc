extension SeedanceClient {
    /// Submits `request`, hands the new task to `onSubmitted` (before any poll, so you can persist the id), then
    /// waits for it to end.
    ///
    /// - Parameters:
    ///   - timeout: how long the whole call may take, submission (with its retries and `Retry-After` waits) included;
    ///     `nil` waits until the task ends. When it passes before the provider answered the create, the create goes on
    ///     and its outcome is listed by ``abandonedSubmissions()``.
    ///   - cancelRemoteOnTimeout: also cancel the task on the provider's side when the timeout passes, where the
    ///     dialect can.
    ///   - onSubmitted: called once, with the task id, as soon as the provider assigned it.
    /// - Returns: the succeeded snapshot.
    /// - Throws: what ``submit(_:)`` throws (no task exists, `.outcomeUnknown`, ``CancelledSubmission``), or
    ///   `.timeout` carrying ``SeedanceError/submission`` when the timeout passed before the create was answered; then
    ///   what ``wait(for:timeout:hints:cancelRemoteOnTimeout:)`` throws, always carrying the task id. On cancellation
    ///   during the wait, ``CancelledSubmission`` whose `outcome` is the submitted task (also handed to `onSubmitted`);
    ///   the remote task keeps running.
    public func generate(
        _ request: VideoRequest, timeout: Duration? = nil, cancelRemoteOnTimeout: Bool = false,
        onSubmitted: (@Sendable (SubmittedTask) async -> Void)? = nil
    ) async throws -> TaskSnapshot {
        let deadline = timeout.map { clock.now + $0 }
        let task = try GeneratedTask(await answeredCreate(request, deadline: deadline))
        if let onSubmitted { await Self.announce(task, to: onSubmitted) }
        return try await waitForGenerated(task, request: request, deadline: deadline, cancelRemoteOnTimeout: cancelRemoteOnTimeout).value
    }

    /// Hands the submitted task to the caller's `onSubmitted`, out of line so the copy it passes takes no room in
    /// the caller's frame.
    @inline(never)
    private static func announce(_ task: GeneratedTask, to onSubmitted: @Sendable (SubmittedTask) async -> Void) async {
        await onSubmitted(task.submitted)
    }

    /// The wait of ``generate(_:timeout:cancelRemoteOnTimeout:onSubmitted:)``, kept out of line so a waiting
    /// caller's suspended frames stay small.
    @inline(never)
    private func waitForGenerated(_ task: GeneratedTask, request: VideoRequest, deadline: Duration?, cancelRemoteOnTimeout: Bool) async throws
        -> OutOfLine<TaskSnapshot>
    {
        do {
            return try await wait(
                for: task.id, deadline: deadline, context: { trackingContext(for: task.id, request: request) }, cancelRemoteOnTimeout: cancelRemoteOnTimeout)
        } catch {
            throw generateError(error, task: task, request: request)
        }
    }

    /// What a `generate` whose wait ended with `error` throws: when it was cancelled, the submitted task as a
    /// ``CancelledSubmission``; else `error`.
    @inline(never)
    private func generateError(_ error: any Error, task: GeneratedTask, request: VideoRequest) -> any Error {
        guard error is CancellationError, Task.isCancelled else { return error }
        let task = task.submitted
        var submission = SubmissionAttempt(request: request, provider: provider, defaultModel: dialect.defaultModel)
        submission.startedAt = task.submittedAt
        submission.endedAt = task.submittedAt
        return CancelledSubmission(submission: submission, outcome: Task { task })
    }
}

/// The task a `generate` call submitted, held by reference while the call waits: its suspended frames keep one
/// pointer instead of the whole record.
private final class GeneratedTask: Sendable {
    let submitted: SubmittedTask
    /// The provider's id of the task.
    var id: TaskID { submitted.id }

    /// The task of `create`, which must have made one.
    @inline(never)
    init(_ create: CreateInFlight) throws {
        submitted = try create.settledTask()
    }
}
