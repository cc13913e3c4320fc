import Foundation

extension SeedanceClient {
    /// Submits `request` and returns as soon as the provider has assigned the task an id. Persist the id: it is
    /// the only way back to a paid video.
    ///
    /// Local image files are read first, then the dialect validates the request; an invalid request throws before
    /// anything is sent. A create is retried only when the provider certainly did not start a task.
    ///
    /// - Throws: `SeedanceError`: `.invalidRequest` (naming field, value, what is allowed, model and provider) with
    ///   no request sent; `.outcomeUnknown` when the create may have started a task, including a 2xx answer that
    ///   cannot be read (never replayed: reconcile before submitting again); the provider's mapped errors
    ///   (`.authentication`, `.insufficientCredits`, `.rateLimited`, `.contentRejected` …); `.shutdown` after
    ///   ``shutdown()``, nothing sent; `.outcomeUnknown` carrying the new id when the client's ``TaskJournal``
    ///   could not record it. `CancellationError` when cancelled (a create already sent may still have started a
    ///   task).
    public func submit(_ request: VideoRequest) async throws -> SubmittedTask {
        let prepared = try prepare(request)
        let create = try dialect.makeCreateRequest(prepared)
        let startedAt = clock.now
        let response = try await executor.send(create)
        let id: TaskID
        do {
            id = try dialect.parseCreateResponse(response)
        } catch let error as SeedanceError where error.category == .decoding && response.isSuccess {
            // The provider accepted the create but its answer is unreadable: a task may exist and be billed.
            throw SeedanceError(
                category: .outcomeUnknown, provider: provider, httpStatus: response.status,
                message: "the provider accepted the create but its answer could not be read (\(error.message)); a task may have started: check the provider's task list or your callback before submitting again",
                requestID: response.requestID ?? error.requestID, bodyExcerpt: error.bodyExcerpt, attempts: 1)
        }
        let key = WorkloadKey(provider: provider, request: prepared, defaultModel: dialect.defaultModel)
        let context = TrackingContext(key: key, hints: dialect.pollingHints(for: prepared), startedAt: startedAt, scope: lifecycle.scope)
        ledger.record(id, context)
        let correlationID = SeedanceCallContext.current?.correlationID
        logger?(SeedanceLogEvent(kind: .taskSubmitted, provider: provider, method: create.method.rawValue, url: create.url, status: response.status, taskID: id, correlationID: correlationID))
        let task = SubmittedTask(
            id: id, provider: provider, model: prepared.model ?? dialect.defaultModel, submittedAt: clock.wallTime - (clock.now - startedAt).seconds,
            request: prepared.withoutInlineImageBytes(), correlationID: correlationID)
        try await recordSubmission(task, context: context)
        return task
    }

    /// `request` with local files read into memory, validated by the dialect.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` for an unreadable file or a request the dialect refuses.
    func prepare(_ request: VideoRequest) throws -> VideoRequest {
        var prepared = request
        prepared.firstFrame = try request.firstFrame?.resolved(field: "firstFrame", provider: provider)
        prepared.lastFrame = try request.lastFrame?.resolved(field: "lastFrame", provider: provider)
        try dialect.validate(prepared)
        return prepared
    }
}
