extension SeedanceClient {
    /// The terminal outcome of each of `tasks`, yielded as each one ends (in completion order), for one consumer.
    ///
    /// Cheap per task: each task is one waiter record in the client's engine (polls shared with any other waiter
    /// of the task), with no Swift task per task. The sequence finishes after the last task's completion. A task
    /// that ended `failed`, `expired` or `cancelled` arrives as its terminal snapshot; a task that cannot be
    /// followed (`.notFound`, `.authentication` … after the engine's retries, `.invalidRequest` for an id that
    /// cannot be placed in a URL, `.shutdown`) arrives as a failure carrying its id. Tasks submitted earlier are
    /// polled from their original submission time.
    ///
    /// Stopping the iteration (or cancelling the iterating task) removes the remaining tasks' waiters; the remote
    /// tasks keep running.
    public func completions(of tasks: [SubmittedTask]) -> AsyncStream<TaskCompletion> {
        let feed = CompletionFeed(engine: engine, finishesWhenDrained: true)
        for task in tasks {
            do {
                _ = try dialect.makeStatusRequest(for: task.id)
                feed.add(task, context: try trackingContext(for: task))
            } catch {
                var failure = (error as? SeedanceError) ?? SeedanceError(category: .invalidRequest, provider: provider, message: String(describing: error))
                failure.taskID = failure.taskID ?? task.id
                feed.addFailed(TaskCompletion(task: task, outcome: .failure(failure)))
            }
        }
        feed.finishIfDrained()
        return feed.stream
    }
}
