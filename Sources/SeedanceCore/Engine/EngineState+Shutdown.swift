/// Shutting the engine down: every waiter ends with `.shutdown`, nothing new is tracked.
extension EngineState {
    /// The error a waiter of `id` receives when the engine shuts down: the task keeps running remotely.
    func shutDownError(for id: TaskID) -> SeedanceError {
        let task = tasks[id]
        let publicID = task?.publicID ?? id
        return SeedanceError(
            category: .shutdown, provider: task?.key.provider ?? provider,
            message:
                "the client shut down before task \(publicID.rawValue) finished; the task keeps running on the provider's side: follow it again by its id after a restart",
            taskID: publicID, lastSnapshot: task?.lastSnapshot, attempts: task?.polls)
    }

    /// Ends every waiter with ``shutDownError(for:)``, forgets every task and refuses later registrations. Polls in
    /// flight still complete (their answers are dropped).
    mutating func shutDown() -> [EngineEffect] {
        isShutDown = true
        var effects: [EngineEffect] = []
        for waiter in waiters.values {
            let error = shutDownError(for: waiter.taskID)
            switch waiter.sink {
            case .result(let continuation): effects.append(.resume(continuation, .failure(error)))
            case .stream(let continuation): effects.append(.finish(continuation, error))
            case .completion(let deliver): effects.append(.deliver(deliver, .failure(error)))
            }
        }
        waiters.removeAll()
        tasks.removeAll()
        cohorts.removeAll()
        return effects
    }
}
