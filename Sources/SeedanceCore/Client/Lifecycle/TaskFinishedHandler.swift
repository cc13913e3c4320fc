/// What a client does with each task it tracks once the task ends (for example, download the video now: result
/// URLs expire). Given to ``SeedanceClient/init(dialect:apiKey:transport:retryPolicy:engine:clock:logger:journal:onFinished:mediaUploader:)``.
///
/// Runs once per task: with a ``TaskJournal``, the task is recorded finished when the handler returns, so it is
/// not handled again after a restart. Throw to leave it unfinished: it is handled again after the next
/// ``SeedanceClient/resumeUnfinished()``. A process that dies while the handler runs (or before the journal
/// records its return) handles that task again after the restart, so make the handler idempotent (downloading
/// to a path named after the task id is). Cancelled when the client shuts down.
public typealias TaskFinishedHandler = @Sendable (TaskCompletion) async throws -> Void
