extension SeedanceClient {
    /// Cancels (or, where the dialect defines it so, deletes) task `id` on the provider's side.
    ///
    /// - Throws: `SeedanceError` `.unsupported` naming the provider when the dialect cannot cancel, with no request
    ///   sent; the provider's refusal (a running task that cannot be cancelled is `.invalidRequest` with the
    ///   provider's code); the usual request errors, carrying `id`. `CancellationError` when cancelled.
    public func cancel(_ id: TaskID) async throws {
        guard dialect.capabilities.cancel else { throw SeedanceError.unsupported("cancelling a task", provider: provider) }
        try await attaching(id) {
            let request = try dialect.makeCancelRequest(for: id)
            let response = try await executor.send(request)
            try dialect.parseCancelResponse(response, for: id)
        }
    }

    /// The provider's tasks matching `query`, fetched one page at a time as you iterate (starting at
    /// `query.page`).
    ///
    /// - Throws: `SeedanceError` `.unsupported` naming the provider when the dialect cannot list, with no request
    ///   sent. Iterating throws the request errors of the page being fetched, or `CancellationError`.
    public func list(_ query: TaskListQuery = TaskListQuery()) throws -> TaskList {
        guard dialect.capabilities.list else { throw SeedanceError.unsupported("listing tasks", provider: provider) }
        return TaskList(query: query, dialect: dialect, executor: executor)
    }
}
