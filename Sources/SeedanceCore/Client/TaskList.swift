/// The tasks of a provider matching a query, as an `AsyncSequence` that fetches the next page only when the
/// previous one has been consumed. Made by ``SeedanceClient/list(_:)``.
///
/// Iteration ends after a page shorter than the page size or an empty page (an announced total is not trusted: some
/// providers omit or cap it).
/// `next()` throws the page request's `SeedanceError`, or `CancellationError` when the iterating task is
/// cancelled.
public struct TaskList: AsyncSequence, Sendable {
    /// Each element is one task as the list reports it.
    public typealias Element = TaskSnapshot

    let query: TaskListQuery
    let dialect: any ListableDialect
    let executor: RequestExecutor

    /// An iterator starting at the query's page; nothing is sent until its first `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(query: query, dialect: dialect, executor: executor)
    }

    /// Pages through the list.
    public struct Iterator: AsyncIteratorProtocol {
        var query: TaskListQuery
        let dialect: any ListableDialect
        let executor: RequestExecutor
        var buffer: [TaskSnapshot] = []
        var exhausted = false

        /// The next task, fetching a page when needed. Throws `SeedanceError` or `CancellationError`.
        public mutating func next() async throws -> TaskSnapshot? {
            while buffer.isEmpty {
                if exhausted { return nil }
                try Task.checkCancellation()
                let response = try await executor.send(try dialect.makeListRequest(query))
                let page = try dialect.parseListResponse(response)
                buffer = page.tasks.reversed()
                exhausted = page.tasks.isEmpty || page.tasks.count < query.pageSize
                query.page += 1
            }
            return buffer.popLast()
        }
    }
}
