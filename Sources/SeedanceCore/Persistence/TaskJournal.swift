/// Durable memory of submitted tasks, so a restarted process finds every task it had not finished with.
///
/// Give one to ``SeedanceClient/init(dialect:apiKey:transport:retryPolicy:engine:clock:logger:journal:onFinished:mediaUploader:)``:
/// every ``SeedanceClient/submit(_:)`` then records its task here before it returns,
/// ``SeedanceClient/resumeUnfinished()`` follows every recorded task again after a restart, and each task is
/// marked finished once the client's `onFinished` handler has run for it.
///
/// Built in: ``FileTaskJournal`` (an append-only file, synced to disk before `submit` returns) and
/// ``InMemoryTaskJournal`` (for tests). Conform your own type to keep the records in your database; for several
/// instances sharing one database, implement ``claim(_:)`` as a lease so only one instance handles a finished
/// task (see the "Running in a server" article).
///
/// Implementations must be safe to call concurrently. Records are keyed by provider and task id.
public protocol TaskJournal: Sendable {
    /// Durably records a newly submitted task. Called by `submit` before it returns; when this throws, `submit`
    /// throws `.outcomeUnknown` carrying the task id (the task exists; it is tracked in memory only).
    ///
    /// - Throws: whatever the storage throws.
    func recordSubmitted(_ task: SubmittedTask) async throws

    /// Durably records that `task` needs no more attention (its `onFinished` handler returned). It is not resumed
    /// again.
    ///
    /// - Throws: whatever the storage throws (the task is then resumed, and handled, again after a restart).
    func recordFinished(_ task: SubmittedTask) async throws

    /// Every task recorded as submitted and not as finished, oldest first.
    ///
    /// - Throws: whatever the storage throws.
    func unfinished() async throws -> [SubmittedTask]

    /// Claims a finished `task` for handling by this process. Return `false` when another instance holds a live
    /// claim on it or has already recorded it finished: the handler is then not run here. The default claims
    /// every task (one process per journal).
    ///
    /// - Throws: whatever the storage throws (the task is then left for a later resume).
    func claim(_ task: SubmittedTask) async throws -> Bool
}

extension TaskJournal {
    /// Claims every task: right for a journal only one process uses.
    public func claim(_ task: SubmittedTask) async throws -> Bool { true }
}

/// The key a journal files a task under: its provider and id.
struct JournalKey: Hashable, Sendable {
    let provider: ProviderID
    let id: TaskID
}

extension JournalKey {
    init(_ task: SubmittedTask) {
        provider = task.provider
        id = task.id
    }
}
