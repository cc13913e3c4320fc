/// How one tracked task ended, as yielded by ``SeedanceClient/completions(of:)`` and handed to a client's
/// `onFinished` handler.
public struct TaskCompletion: Sendable, Hashable {
    /// The task.
    public var task: SubmittedTask
    /// `.success` with the terminal snapshot, whatever its status (succeeded, failed, expired or cancelled:
    /// inspect ``TaskSnapshot/status``); `.failure` when the task could not be followed to its end: a poll error
    /// retrying cannot fix (`.notFound`, `.authentication` …) or `.shutdown`, each carrying the task id.
    public var outcome: Result<TaskSnapshot, SeedanceError>

    /// A completion.
    public init(task: SubmittedTask, outcome: Result<TaskSnapshot, SeedanceError>) {
        self.task = task
        self.outcome = outcome
    }

    /// The terminal snapshot, when the task was followed to its end.
    public var snapshot: TaskSnapshot? {
        if case .success(let snapshot) = outcome { return snapshot }
        return nil
    }

    /// The completion for what the engine gave a waiter of `task`: a task that ended `failed`, `expired` or
    /// `cancelled` arrives as its terminal snapshot, not as an error.
    init(task: SubmittedTask, engineResult: Result<TaskSnapshot, any Error>) {
        self.task = task
        switch engineResult {
        case .success(let snapshot):
            outcome = .success(snapshot)
        case .failure(let error as SeedanceError):
            if [.taskFailed, .taskExpired, .cancelled].contains(where: { $0 == error.category }), let snapshot = error.lastSnapshot,
                snapshot.status.isTerminal
            {
                outcome = .success(snapshot)
            } else {
                outcome = .failure(error)
            }
        case .failure(let error):
            outcome = .failure(SeedanceError(category: .transport, provider: task.provider, message: String(describing: error), taskID: task.id))
        }
    }
}
