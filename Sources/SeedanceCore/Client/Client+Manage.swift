extension SeedanceClient {
    /// Cancels task `id` if, and only if, it is still queued: reads its status first and sends the provider's cancel
    /// only for a `queued` task. A task that already ended is returned untouched (its record and video stay), a
    /// running one is left running. Nothing here ever deletes a finished result: that is ``delete(_:)``.
    ///
    /// - Returns: what happened, with the task's snapshot.
    /// - Throws: `SeedanceError` `.unsupported` naming the provider when the dialect cannot cancel, with no request
    ///   sent; the status request's errors; the provider's refusal of the cancel (a task that started running in the
    ///   meantime is `.invalidRequest` with the provider's code); the usual request errors, all carrying `id`.
    ///   `CancellationError` when cancelled.
    public func cancel(_ id: TaskID) async throws -> CancelOutcome {
        guard let dialect = dialect as? any CancellableDialect else {
            throw SeedanceError.unsupported("cancelling a task", provider: provider)
        }
        let snapshot = try await status(of: id)
        if snapshot.status.isTerminal { return .alreadyEnded(snapshot) }
        guard snapshot.status == .queued else { return .notCancellable(snapshot) }
        try await attaching(id) {
            let request = try dialect.makeCancelRequest(for: id)
            let response = try await executor.send(request)
            try dialect.parseCancelResponse(response, for: id)
        }
        var cancelled = snapshot
        cancelled.status = .cancelled
        cancelled.rawStatus = "cancelled"
        return .cancelled(cancelled)
    }

    /// Deletes the record of the finished task `id` on the provider's side (where the API has it: ModelArk): its
    /// status and video URL can no longer be fetched through the API. Reads the status first and deletes only a task
    /// that has ended.
    ///
    /// - Throws: `SeedanceError` `.unsupported` when the dialect cannot delete, with no request sent;
    ///   `.invalidRequest` carrying the snapshot when the task has not ended (use ``cancel(_:)``), with no delete
    ///   sent; the provider's refusal and the usual request errors, carrying `id`. `CancellationError` when cancelled.
    public func delete(_ id: TaskID) async throws {
        guard let dialect = dialect as? any DeletableDialect else {
            throw SeedanceError.unsupported("deleting a task", provider: provider)
        }
        let snapshot = try await status(of: id)
        guard snapshot.status.isTerminal else {
            throw SeedanceError(
                category: .invalidRequest, provider: provider,
                message:
                    "task \(id.rawValue) is \(snapshot.rawStatus), not finished; only a finished task's record can be deleted (cancel a queued task instead)",
                taskID: id, lastSnapshot: snapshot)
        }
        try await attaching(id) {
            let request = try dialect.makeDeleteRequest(for: id)
            let response = try await executor.send(request)
            try dialect.parseDeleteResponse(response, for: id)
        }
    }

    /// The provider's tasks matching `query`, fetched one page at a time as you iterate (starting at
    /// `query.page`).
    ///
    /// - Throws: `SeedanceError` `.unsupported` naming the provider when the dialect cannot list, with no request
    ///   sent. Iterating throws the request errors of the page being fetched, or `CancellationError`.
    public func list(_ query: TaskListQuery = TaskListQuery()) throws -> TaskList {
        guard let dialect = dialect as? any ListableDialect else {
            throw SeedanceError.unsupported("listing tasks", provider: provider)
        }
        return TaskList(query: query, dialect: dialect, executor: executor)
    }
}
