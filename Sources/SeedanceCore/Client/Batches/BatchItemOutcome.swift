/// What became of one request of ``SeedanceClient/submitAll(_:limits:)``.
public enum BatchItemOutcome: Sendable, Hashable {
    /// The provider created the task.
    case submitted(SubmittedTask)
    /// No task was created: the request was refused (validation, the provider's answer, a transport failure
    /// before the create could start one). Safe to submit again once the cause is fixed.
    case failed(SeedanceError)
    /// The create may have started a task (an ambiguous failure, or the batch was cancelled while it was in
    /// flight): reconcile before submitting again. When the id is known it is in the error's `taskID`.
    case outcomeUnknown(SeedanceError)
    /// Never sent: the batch was cancelled or the client shut down before this request's turn.
    case notSent

    /// The task, when it was created.
    public var task: SubmittedTask? {
        if case .submitted(let task) = self { return task }
        return nil
    }
}
