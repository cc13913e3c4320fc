import Foundation

extension SeedanceClient {
    /// Waits until a task submitted earlier (by this process or one before a restart) ends, polling as if it had
    /// never left memory: from its original ``SubmittedTask/submittedAt`` and with the polling hints of its
    /// ``SubmittedTask/request`` shape.
    ///
    /// - Returns: the succeeded snapshot.
    /// - Throws: what ``wait(for:timeout:hints:cancelRemoteOnTimeout:)`` throws; `.invalidRequest` (field
    ///   `provider`, nothing sent) when the task belongs to another provider than this client's.
    ///   `CancellationError` when the calling task is cancelled (the remote task is left running).
    public func wait(for task: SubmittedTask, timeout: Duration? = nil, cancelRemoteOnTimeout: Bool = false) async throws -> TaskSnapshot {
        let deadline = timeout.map { clock.now + $0 }
        let context = try trackingContext(for: task)
        return try await wait(for: task.id, deadline: deadline, context: { context }, cancelRemoteOnTimeout: cancelRemoteOnTimeout).value
    }

    /// Follows every task the journal holds as unfinished for this client's provider, after a restart: each is
    /// tracked with its original timing and handed to the client's `onFinished` handler when it ends (unless
    /// another instance claims it). Tasks this client already follows are not added twice.
    ///
    /// - Returns: the tasks now followed (empty without a journal).
    /// - Throws: what the journal's ``TaskJournal/unfinished()`` throws; `.shutdown` after ``shutdown()``.
    @discardableResult
    public func resumeUnfinished() async throws -> [SubmittedTask] {
        guard let tracker = lifecycle.finishedTaskTracker, let journal = tracker.journal else { return [] }
        let tasks = try await journal.unfinished().filter { $0.provider == provider }
        if isShutDown { throw SeedanceError(category: .shutdown, provider: provider, message: "the client was shut down; no task was resumed") }
        for task in tasks { tracker.track(task, context: try trackingContext(for: task)) }
        return tasks
    }

    /// What the engine should know about `task`: its kind of work and its original submission time, placed on
    /// this client's clock through the clock's wall time.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` when `task` belongs to another provider.
    func trackingContext(for task: SubmittedTask) throws -> TrackingContext {
        guard task.provider == provider else {
            throw SeedanceError.invalid(
                "provider", value: task.provider.rawValue, allowed: provider.rawValue, provider: provider,
                reason: "is not this client's provider (task \(task.id.rawValue))")
        }
        if let known = ledger.context(for: task.id) { return known }
        var request = task.request ?? VideoRequest()
        if request.model == nil { request.model = task.model }
        let age = max(0, clock.wallTime.timeIntervalSince(task.submittedAt))
        return TrackingContext(
            key: WorkloadKey(provider: provider, request: request, defaultModel: dialect.defaultModel),
            hints: pollingHints(for: request), startedAt: clock.now - .clampedSeconds(age), scope: lifecycle.scope)
    }

    /// Records a task `submit` just created: in the journal (before `submit` returns) and with the finished-task
    /// tracker. Does nothing for a client without journal or `onFinished` handler.
    ///
    /// - Throws: `SeedanceError` `.outcomeUnknown` carrying the task id when the journal could not record it (the
    ///   task exists and is still tracked in memory).
    func recordSubmission(_ task: SubmittedTask, context: TrackingContext) async throws {
        guard let tracker = lifecycle.finishedTaskTracker else { return }
        tracker.track(task, context: context)
        guard let journal = tracker.journal else { return }
        do {
            try await journal.recordSubmitted(task)
        } catch {
            throw SeedanceError(
                category: .outcomeUnknown, provider: provider,
                message:
                    "task \(task.id.rawValue) was created but the task journal could not record it (\(error)); it is followed in memory only: keep its id, and do not submit it again",
                taskID: task.id)
        }
    }
}
