import Foundation

extension SeedanceClient {
    /// Submits `request` and returns as soon as the provider has assigned the task an id. Persist the id: it is
    /// the only way back to a paid video.
    ///
    /// Local image and audio files are read first, then the dialect validates the request; an invalid request throws
    /// before anything is sent. Local reference videos are then inspected and checked from their headers and handed
    /// to the client's ``MediaUploader``, whose URLs replace them (without an uploader they are refused); the time
    /// they take counts against a caller's timeout. A create is retried only when the provider certainly did not start a task (no connection
    /// made, or a rate-limit refusal); see the dialect's rule in the README's "Retries and billing safety".
    ///
    /// Once sent, the create outlives its caller: it runs to completion on its own and its id is recorded by the
    /// client whatever happens to the caller. At most 64 creates of one client are in flight at once; later ones
    /// wait their turn in order, kept as data, and a caller that leaves (cancelled, or out of time) while its create
    /// still waits withdraws it: it is never sent.
    ///
    /// - Throws: `SeedanceError`: `.invalidRequest` (naming field, value, what is allowed, model and provider) with
    ///   no request sent; `.outcomeUnknown` when the create may have started a task, including a 2xx answer that
    ///   cannot be read or that holds a server error (never replayed; it carries ``SeedanceError/submission``: pass it
    ///   to ``reconcile(_:)`` before submitting again); the provider's mapped errors (`.authentication`,
    ///   `.insufficientCredits`, `.rateLimited`, `.contentRejected` …); `.shutdown` after ``shutdown()``, nothing
    ///   sent; `.outcomeUnknown` carrying the new id when the client's ``TaskJournal`` could not record it; for a
    ///   failed upload, the uploader's `SeedanceError` or `.transport`, naming the field, nothing sent. On
    ///   cancellation before anything was sent (including a create still queued behind others), `CancellationError`; after the create was sent,
    ///   ``CancelledSubmission``, whose `outcome` delivers the task (also listed by ``abandonedSubmissions()``).
    public func submit(_ request: VideoRequest) async throws -> SubmittedTask {
        try await submit(request, deadline: nil)
    }

    /// The creates whose callers left (cancelled, or out of time) before the provider answered, oldest first, with
    /// how each ended: the task ids created for callers that are no longer there. Bounded to the most recent
    /// 16,384; entries stay until the client is released.
    public func abandonedSubmissions() -> [AbandonedSubmission] {
        ledger.abandonedSubmissions
    }

    /// Submits `request`, waiting for the answer until `deadline` (on the client's clock) at most.
    ///
    /// - Throws: as ``submit(_:)``; `.timeout` carrying ``SeedanceError/submission`` when the deadline passes first
    ///   (the create goes on and its outcome is listed by ``abandonedSubmissions()``).
    func submit(_ request: VideoRequest, deadline: Duration?) async throws -> SubmittedTask {
        try await answeredCreate(request, deadline: deadline).settledTask()
    }

    /// The create of `request`, answered with a task before `deadline`; throws as ``submit(_:deadline:)``.
    ///
    /// Every step that builds or inspects large values (the prepared request, the HTTP request, the errors) runs in a
    /// synchronous function: a caller's task keeps the largest stack its calls ever reached for as long as it lives,
    /// so the frames of this call, which stays suspended while the create is queued and sent, hold references only.
    @inline(never)
    func answeredCreate(_ request: VideoRequest, deadline: Duration?) async throws -> CreateInFlight {
        let inFlight =
            ReferenceVideoUpload.hasLocalVideos(request)
            ? try await enqueueCreate(uploading: request, deadline: deadline) : try enqueueCreate(preparing: request)
        do {
            try await inFlight.settled(deadline: deadline, deadlines: creates.deadlines, clock: clock)
            try inFlight.throwIfFailed()
        } catch {
            try settleLeftCreate(inFlight, error: error)
        }
        return inFlight
    }

    /// ``enqueueCreate(prepared:)`` for a request with local reference videos, once they are uploaded.
    @inline(never)
    private func enqueueCreate(uploading request: VideoRequest, deadline: Duration?) async throws -> CreateInFlight {
        let prepared = try await prepare(request)
        if let deadline, prepared.referenceVideos != request.referenceVideos, clock.now >= deadline {
            throw SeedanceError(
                category: .timeout, provider: provider,
                message: "the timeout passed while local reference videos were uploaded; the create was never sent: no task was created")
        }
        return try enqueueCreate(prepared: prepared)
    }

    /// ``enqueueCreate(prepared:)`` for a request without local reference videos.
    @inline(never)
    private func enqueueCreate(preparing request: VideoRequest) throws -> CreateInFlight {
        try enqueueCreate(prepared: prepareLocally(request))
    }

    /// Builds the create of `prepared` and queues it on ``creates``; throws `CancellationError` (nothing queued) when
    /// the calling task is cancelled.
    @inline(never)
    private func enqueueCreate(prepared: VideoRequest) throws -> CreateInFlight {
        let create = try dialect.makeCreateRequest(prepared)
        try Task.checkCancellation()
        let inFlight = CreateInFlight(
            attempt: SubmissionAttempt(request: prepared, provider: provider, defaultModel: dialect.defaultModel),
            onAbandonedOutcome: { [ledger] in ledger.recordAbandoned($0) })
        creates.enqueue { await self.performCreate(create, prepared: prepared, inFlight: inFlight) }
        return inFlight
    }

    /// What a caller that stopped waiting for `inFlight` with `error` gets: it returns when the create was answered
    /// with a task in the meantime; else it throws `error` (a `CancellationError` while the create was still queued:
    /// it is withdrawn and never sent), ``CancelledSubmission`` when the calling task was cancelled after the create
    /// was sent, or `.timeout` when the deadline passed.
    @inline(never)
    private func settleLeftCreate(_ inFlight: CreateInFlight, error: any Error) throws {
        switch error {
        case is CancellationError:
            // Still queued behind other creates: it is never sent, so there is no task to hand over.
            if inFlight.withdraw() { throw error }
            if case .success? = inFlight.abandon() { return }
            guard Task.isCancelled else { throw error }
            let outcome = Task { [clock, creates] in try await inFlight.value(deadline: nil, deadlines: creates.deadlines, clock: clock) }
            throw CancelledSubmission(submission: inFlight.submission, outcome: outcome)
        case is CreateInFlight.DeadlinePassed:
            if inFlight.withdraw() {
                throw SeedanceError(
                    category: .timeout, provider: provider,
                    message:
                        "the create waited behind this client's other creates (at most \(creates.limit) run at once) until the timeout and was never sent: no task was created"
                )
            }
            if case .success? = inFlight.abandon() { return }
            var attempt = inFlight.submission
            attempt.endedAt = Date()
            throw SeedanceError(
                category: .timeout, provider: provider,
                message:
                    "the create was not answered within the timeout; it goes on without its caller: its task, if one is created, is listed by abandonedSubmissions() (submission \(attempt.id.uuidString))",
                submission: attempt)
        default:
            throw error
        }
    }

    /// Sends the create and reads the id; runs on a ``CreateQueue`` worker and settles `inFlight`, unless its caller
    /// withdrew it while it was queued (then nothing is sent).
    private func performCreate(_ create: SeedanceHTTPRequest, prepared: VideoRequest, inFlight: CreateInFlight) async {
        guard inFlight.begin() else { return }  // its caller left while it was queued: never sent
        let result: Result<SubmittedTask, any Error>
        do {
            result = .success(try await sendCreate(create, prepared: prepared))
        } catch var error as SeedanceError {
            if error.category == .outcomeUnknown || error.category == .timeout {
                var attempt = inFlight.submission
                attempt.endedAt = Date()
                error.submission = attempt
            }
            result = .failure(error)
        } catch {
            result = .failure(error)
        }
        inFlight.complete(result)
    }

    private func sendCreate(_ create: SeedanceHTTPRequest, prepared: VideoRequest) async throws -> SubmittedTask {
        let startedAt = clock.now
        let reading = CreateAnswerReading(parse: { [dialect] in try dialect.parseCreateResponse($0) })
        let response = try await executor.send(
            create,
            inBand: { response in
                do {
                    _ = try reading.taskID(in: response).get()
                    return nil
                } catch let error as SeedanceError {
                    // A rate limit whose code the provider documents as permanent is not retried, like its HTTP twin.
                    if case .rateLimited = error.category, !error.isRetryable { return nil }
                    return error.category
                } catch {
                    return nil
                }
            })
        let id: TaskID
        do {
            id = try reading.taskID(in: response).get()
        } catch let error as SeedanceError where error.category == .decoding && response.isSuccess {
            // The provider accepted the create but its answer is unreadable: a task may exist and be billed.
            throw SeedanceError(
                category: .outcomeUnknown, provider: provider, httpStatus: response.status,
                message:
                    "the provider accepted the create but its answer could not be read (\(error.message)); a task may have started: check the provider's task list or your callback before submitting again (reconcile(_:) does it where the API lists tasks)",
                requestID: response.requestID ?? error.requestID, bodyExcerpt: error.bodyExcerpt, attempts: 1)
        }
        let key = WorkloadKey(provider: provider, request: prepared, defaultModel: dialect.defaultModel)
        let context = TrackingContext(key: key, hints: pollingHints(for: prepared), startedAt: startedAt, scope: lifecycle.scope)
        ledger.record(id, context)
        let correlationID = SeedanceCallContext.current?.correlationID
        logger?(
            SeedanceLogEvent(
                kind: .taskSubmitted, provider: provider, method: create.method.rawValue, url: create.url, status: response.status, taskID: id,
                correlationID: correlationID))
        let task = SubmittedTask(
            id: id, provider: provider, model: prepared.model ?? dialect.defaultModel, submittedAt: clock.wallTime - (clock.now - startedAt).timeInterval,
            request: prepared.withoutInlineImageBytes(), correlationID: correlationID)
        try await recordSubmission(task, context: context)
        return task
    }

    /// `request` ready to encode: local images and audio read into memory, validated by the dialect, then local
    /// reference videos inspected and uploaded through ``mediaUploader`` (``ReferenceVideoUpload``) and replaced by
    /// their URLs. Every check runs before the first upload.
    ///
    /// - Throws: `SeedanceError` `.invalidRequest` for an unreadable file, a request the dialect refuses, a local
    ///   video the model's limits refuse or with no uploader; what ``ReferenceVideoUpload`` throws for a failed
    ///   upload; `CancellationError`. Nothing is sent in any case.
    func prepare(_ request: VideoRequest) async throws -> VideoRequest {
        var prepared = try prepareLocally(request)
        prepared.referenceVideos = try await ReferenceVideoUpload.uploadingLocalVideos(of: prepared, dialect: dialect, uploader: mediaUploader)
        return prepared
    }

    /// `request` with local images and audio read into memory, validated by the dialect: all of ``prepare(_:)``
    /// but the uploads.
    @inline(never)
    private func prepareLocally(_ request: VideoRequest) throws -> VideoRequest {
        let prepared = try request.readingLocalFiles(provider: provider)
        try dialect.validate(prepared)
        return prepared
    }
}
