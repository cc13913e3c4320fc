extension SeedanceClient {
    /// Submits `request`, hands the new task to `onSubmitted` (before any poll, so you can persist the id), then
    /// waits for it to end.
    ///
    /// - Parameters:
    ///   - timeout: how long the whole call may take (submission included); `nil` waits until the task ends.
    ///   - cancelRemoteOnTimeout: also cancel the task on the provider's side when the timeout passes, where the
    ///     dialect can.
    ///   - onSubmitted: called once, with the task id, as soon as the provider assigned it.
    /// - Returns: the succeeded snapshot.
    /// - Throws: what ``submit(_:)`` throws (no task exists, or `.outcomeUnknown`); then what
    ///   ``wait(for:timeout:hints:cancelRemoteOnTimeout:)`` throws, always carrying the task id. On cancellation,
    ///   `CancellationError` (which carries no id: receive it through `onSubmitted`, or the logger's
    ///   `taskSubmitted` event).
    public func generate(
        _ request: VideoRequest, timeout: Duration? = nil, cancelRemoteOnTimeout: Bool = false,
        onSubmitted: (@Sendable (SubmittedTask) async -> Void)? = nil
    ) async throws -> TaskSnapshot {
        let deadline = timeout.map { clock.now + $0 }
        let task = try await submit(request)
        await onSubmitted?(task)
        return try await wait(
            for: task.id, deadline: deadline, context: trackingContext(for: task.id, request: request),
            cancelRemoteOnTimeout: cancelRemoteOnTimeout)
    }
}
