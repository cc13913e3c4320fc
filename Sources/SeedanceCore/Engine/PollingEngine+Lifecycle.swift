/// Shutdown and completion feeds: waiting without a suspended caller, and ending everything at once.
extension PollingEngine {
    /// Tracks task `id` for a completion feed under `waiterID` (from ``newWaiterID()``): `deliver` is called once,
    /// from the engine, with the terminal outcome (as `wait` would return or throw it), or with `.shutdown` when
    /// the engine shuts down. Costs a waiter record, no Swift task. Remove it with ``removeCompletion(_:)``.
    package func trackCompletion(
        of id: TaskID, waiterID: UInt64, context: TrackingContext, deliver: @escaping @Sendable (Result<TaskSnapshot, any Error>) -> Void
    ) {
        let key = context.engineKey(for: id)
        let waiter = Waiter(id: waiterID, taskID: key, deadline: nil, sink: .completion(deliver))
        mutate { state, now in
            if state.isShutDown { return [.deliver(deliver, .failure(state.shutDownError(for: id)))] }
            state.register(waiter, context: context, now: now)
            return []
        }
    }

    /// Removes a completion waiter (its feed stopped); nothing is delivered.
    package func removeCompletion(_ waiterID: UInt64) {
        mutate { state, _ in state.removeWaiter(waiterID, resumingWith: nil) }
    }

    /// Whether ``shutdown()`` has run.
    package var isShutDown: Bool { lock.withLock { state.isShutDown } }

    /// Ends every waiter with `.shutdown` (carrying its task id), refuses new ones, cancels the polls in flight,
    /// and returns once the scheduler and its timers have stopped. Idempotent.
    package func shutdown() async {
        mutate { state, _ in state.shutDown() }
        let polls = lock.withLock { Array(pollTasks.values) }
        for poll in polls { poll.cancel() }
        for poll in polls { await poll.value }
        while lock.withLock({ loopRunning }) {
            await whenIdle()
            await Task.yield()
        }
    }
}
