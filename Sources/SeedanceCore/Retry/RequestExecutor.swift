import Foundation

/// Sends a dialect's requests for one client: signs those bound for the API host, applies the ``RetryPolicy``
/// according to the request's ``RequestKind`` (see ``RetryRules``), and turns network failures into
/// ``SeedanceError``.
///
/// Error statuses come back as responses for the dialect to map (after any retries; a `Retry-After` beyond the
/// policy's maximum returns the 429 at once, so it maps to `.rateLimited(retryAfter:)` with the hint), except for a
/// create that may have started a task (a 5xx but 501/505, a timeout, a connection lost after sending, a refused
/// redirect, or a server error inside a 2xx envelope): that throws `.outcomeUnknown` and is never replayed. Waits between attempts go through the injected clock.
package struct RequestExecutor: Sendable {
    package let transport: any HTTPTransport
    package let policy: RetryPolicy
    package let clock: any SeedanceClock
    package let apiKey: APIKey?
    /// Requests to this URL's scheme, host and port are signed; no other host ever receives the key.
    package let apiBase: URL
    package let provider: ProviderID
    package let logger: SeedanceLogger?
    /// Whether requests take the caller's ``SeedanceCallContext`` (headers, correlation id). The engine's polls,
    /// shared by every waiter, do not.
    package let usesCallContext: Bool
    /// Admits requests until the client shuts down; `nil` admits every request.
    package let gate: ClientGate?
    /// The dialect's verdict on an error response (``Dialect/allowsRetry(of:)``); `false` stops the retries.
    package let allowsRetry: @Sendable (SeedanceHTTPResponse) -> Bool

    package init(
        transport: any HTTPTransport, policy: RetryPolicy, clock: any SeedanceClock, apiKey: APIKey?, apiBase: URL,
        provider: ProviderID, logger: SeedanceLogger?, usesCallContext: Bool = true, gate: ClientGate? = nil,
        allowsRetry: @escaping @Sendable (SeedanceHTTPResponse) -> Bool = { _ in true }
    ) {
        self.usesCallContext = usesCallContext
        self.gate = gate
        self.transport = transport
        self.policy = policy
        self.clock = clock
        self.apiKey = apiKey
        self.apiBase = apiBase
        self.provider = provider
        self.logger = logger
        self.allowsRetry = allowsRetry
    }

    /// Sends `request`, retrying as the policy and the request's kind allow.
    ///
    /// - Returns: the last response, whatever its status (the dialect maps error statuses).
    /// - Throws: `CancellationError` when cancelled (also during a wait between attempts); `SeedanceError`
    ///   `.outcomeUnknown` for an ambiguous create; `.transport` / `.timeout` / `.decoding` for network failures after
    ///   the retries.
    package func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        try await execute(request, inBand: nil) { try await transport.send($0) }
    }

    /// Sends a create, reading each 2xx answer with `inBand` (the category of an error inside the body, or `nil`) so
    /// that an in-band rate limit is retried like HTTP 429 and an in-band server error becomes `.outcomeUnknown`.
    ///
    /// - Throws: as ``send(_:)``.
    package func send(_ request: SeedanceHTTPRequest, inBand: @escaping @Sendable (SeedanceHTTPResponse) -> SeedanceError.Category?) async throws
        -> SeedanceHTTPResponse
    {
        try await execute(request, inBand: inBand) { try await transport.send($0) }
    }

    /// Downloads `request` to `destination` (replaced on each attempt), retrying as for ``send(_:)``. The returned
    /// response has an empty body; its status is the caller's to check.
    ///
    /// - Throws: as ``send(_:)``. A partial file may remain after a failure or cancellation.
    package func download(
        _ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> SeedanceHTTPResponse {
        try await execute(request, inBand: nil) { try await transport.download($0, to: destination, progress: progress) }
    }

    /// `request` with the call context's headers, a `User-Agent` (the context's, else the transport's) and
    /// `Authorization` added, the latter only for the API's own origin.
    package func sign(_ request: SeedanceHTTPRequest) -> SeedanceHTTPRequest {
        var signed = request
        if usesCallContext, let context = SeedanceCallContext.current {
            for field in context.headers { signed.headers[field.name] = field.value }
        }
        if signed.headers["User-Agent"] == nil { signed.headers["User-Agent"] = transport.userAgent }
        signed.headers["Authorization"] = nil
        if request.requiresAuthorization, let apiKey, isAPIOrigin(request.url) {
            signed.headers["Authorization"] = apiKey.authorizationHeaderValue
        }
        return signed
    }

    /// Whether `url` has the API base's scheme, host and port.
    package func isAPIOrigin(_ url: URL) -> Bool {
        url.scheme?.lowercased() == apiBase.scheme?.lowercased() && url.host?.lowercased() == apiBase.host?.lowercased()
            && effectivePort(url) == effectivePort(apiBase)
    }

    private func effectivePort(_ url: URL) -> Int? {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : url.scheme?.lowercased() == "http" ? 80 : nil)
    }

    private func execute(
        _ request: SeedanceHTTPRequest, inBand: (@Sendable (SeedanceHTTPResponse) -> SeedanceError.Category?)?,
        attemptOnce: (SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse
    ) async throws -> SeedanceHTTPResponse {
        if let gate {
            guard gate.enter() else {
                throw SeedanceError(
                    category: .shutdown, provider: provider,
                    message: "the client was shut down; \(request.method.rawValue) \(Self.hostAndPath(request.url)) was not sent")
            }
        }
        defer { gate?.leave() }
        let signed = sign(request)
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            log(.requestSent, request, attempt: attempt)
            let started = clock.now
            let outcome: AttemptOutcome
            var inBandCategory: SeedanceError.Category?
            do {
                let response = try await attemptOnce(signed)
                outcome = .response(response)
                if response.isSuccess { inBandCategory = inBand?(response) }
                log(.responseReceived, request, status: response.status, attempt: attempt, duration: clock.now - started)
            } catch let error as HTTPTransportError {
                outcome = .failure(error)
                log(.requestFailed, request, attempt: attempt, duration: clock.now - started, decision: RetryRules.name(of: error.kind))
            }
            let permitted = if case .response(let response) = outcome, response.status >= 400 { allowsRetry(response) } else { true }
            switch RetryRules.decide(
                kind: request.kind, outcome: outcome, attempt: attempt, policy: policy, inBand: inBandCategory, providerAllowsRetry: permitted
            ) {
            case .finish:
                return try finished(outcome, request: request, attempts: attempt)
            case .abandon(let reason):
                log(.retryAbandoned, request, status: outcome.status, attempt: attempt, decision: reason)
                return try finished(outcome, request: request, attempts: attempt)
            case .outcomeUnknown(let reason):
                log(.retryAbandoned, request, status: outcome.status, attempt: attempt, decision: "not replayed: \(reason)")
                throw outcomeUnknown(outcome, reason: reason, attempts: attempt)
            case .retry(let delay, let reason):
                log(.retryScheduled, request, status: outcome.status, attempt: attempt, duration: delay, decision: reason)
                try await clock.sleep(for: delay)
            }
        }
    }

    private func finished(_ outcome: AttemptOutcome, request: SeedanceHTTPRequest, attempts: Int) throws -> SeedanceHTTPResponse {
        switch outcome {
        case .response(let response): return response
        case .failure(let error): throw mapped(error, request: request, attempts: attempts)
        }
    }

    /// The `SeedanceError` for a transport failure of `request` after `attempts` tries (never `.outcomeUnknown`: the
    /// rules decide that before).
    package func mapped(_ error: HTTPTransportError, request: SeedanceHTTPRequest, attempts: Int) -> SeedanceError {
        let category: SeedanceError.Category
        switch error.kind {
        case .timedOut: category = .timeout
        case .responseTooLarge: category = .decoding
        case .connectionNotEstablished, .connectionLost, .redirectRefused, .other: category = .transport
        }
        let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        return SeedanceError(
            category: category, provider: provider,
            message: "\(request.method.rawValue) \(Self.hostAndPath(request.url)) failed after \(tries): \(error.message)",
            attempts: attempts)
    }

    private func outcomeUnknown(_ outcome: AttemptOutcome, reason: String, attempts: Int) -> SeedanceError {
        let response: SeedanceHTTPResponse? = if case .response(let response) = outcome { response } else { nil }
        var detail = reason
        if case .failure(let error) = outcome { detail += " (\(error.message))" }
        return SeedanceError(
            category: .outcomeUnknown, provider: provider, httpStatus: response?.status,
            message: "the create request may have started a task: \(detail). It was not sent again, so nothing is billed twice. "
                + "Before submitting again, reconcile: look for the task in the provider's task list or console, or wait for your callback"
                + (response?.requestID.map { ", quoting request id \($0)" } ?? ""),
            requestID: response?.requestID, bodyExcerpt: response.flatMap { Redaction.excerpt(of: $0.body) }, attempts: attempts)
    }

    private func log(
        _ kind: SeedanceLogEvent.Kind, _ request: SeedanceHTTPRequest, status: Int? = nil, attempt: Int, duration: Duration? = nil,
        decision: String? = nil
    ) {
        guard let logger else { return }
        logger(
            SeedanceLogEvent(
                kind: kind, provider: provider, method: request.method.rawValue, url: request.url, status: status, attempt: attempt,
                duration: duration, decision: decision, correlationID: usesCallContext ? SeedanceCallContext.current?.correlationID : nil))
    }

    private static func hostAndPath(_ url: URL) -> String {
        url.scheme == "data" ? "data URL" : (url.host ?? "") + (url.port.map { ":\($0)" } ?? "") + url.path
    }
}

extension AttemptOutcome {
    /// The HTTP status, when the server answered.
    var status: Int? {
        if case .response(let response) = self { return response.status }
        return nil
    }
}
