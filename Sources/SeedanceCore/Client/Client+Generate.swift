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
        let task = try await submit(request, deadline: deadline)
        await onSubmitted?(task)
        return try await waitForGenerated(task, request: request, deadline: deadline, cancelRemoteOnTimeout: cancelRemoteOnTimeout)
    }

    /// The wait of ``generate(_:timeout:cancelRemoteOnTimeout:onSubmitted:)``, kept out of line so a waiting
    /// caller's suspended frames stay small.
    @inline(never)
    private func waitForGenerated(_ task: SubmittedTask, request: VideoRequest, deadline: Duration?, cancelRemoteOnTimeout: Bool) async throws -> TaskSnapshot {
        do {
            return try await wait(
                for: task.id, deadline: deadline, context: trackingContext(for: task.id, request: request),
                cancelRemoteOnTimeout: cancelRemoteOnTimeout)
        } catch let error as CancellationError {
            guard Task.isCancelled else { throw error }
            throw cancelledGenerate(task, request: request)
        }
    }

    /// What a `generate` cancelled during its wait throws: the submitted task, as a ``CancelledSubmission``.
    @inline(never)
    private func cancelledGenerate(_ task: SubmittedTask, request: VideoRequest) -> CancelledSubmission {
        var submission = SubmissionAttempt(request: request, provider: provider, defaultModel: dialect.defaultModel)
        submission.startedAt = task.submittedAt
        submission.endedAt = task.submittedAt
        return CancelledSubmission(submission: submission, outcome: Task { task })
    }
}
