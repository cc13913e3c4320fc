extension SeedanceClient {
    /// The task's observable changes (status, progress, result URLs, failure), one element per change, from the
    /// client's engine (polls are shared with every other waiter of `id`).
    ///
    /// A status the SDK does not know is yielded as `.unknown(raw)` and polling continues. The stream yields the
    /// terminal snapshot (succeeded, failed, expired or cancelled) and then finishes normally; inspect its
    /// `status`. It throws only a poll error that retrying cannot fix (`.notFound`, `.authentication` … after
    /// ``EngineConfiguration/permanentErrorThreshold`` polls in a row; `.contentRejected` from a status endpoint at
    /// once), the last poll error after ``EngineConfiguration/failureTolerance`` of failed polls, or
    /// `.invalidRequest` for an id that cannot be placed in a URL. It never ends on its own otherwise: stop iterating (or cancel the iterating task) to
    /// remove this interest; the remote task is left running.
    ///
    /// - Parameter request: the request the task was made from, when this client did not submit it.
    public func updates(of id: TaskID, hints request: VideoRequest? = nil) -> AsyncThrowingStream<TaskSnapshot, any Error> {
        do {
            _ = try dialect.makeStatusRequest(for: id)
        } catch var error as SeedanceError {
            error.taskID = error.taskID ?? id
            return AsyncThrowingStream { $0.finish(throwing: error) }
        } catch {
            return AsyncThrowingStream { $0.finish(throwing: error) }
        }
        return engine.updates(of: id, context: trackingContext(for: id, request: request))
    }
}
