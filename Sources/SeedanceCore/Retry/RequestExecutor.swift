import Foundation

/// Sends a dialect's requests for one client: signs those bound for the API host, applies the ``RetryPolicy``
/// according to the request's ``RequestKind``, and turns network failures into ``SeedanceError``.
///
/// Error statuses come back as responses (for the dialect to map), except for a create that may have started a task
/// (500/502/504, a timeout or a reset after sending): that throws `.outcomeUnknown` and is never replayed.
package struct RequestExecutor: Sendable {
    package let transport: any HTTPTransport
    package let policy: RetryPolicy
    package let clock: any SeedanceClock
    package let apiKey: APIKey?
    /// Requests to this URL's scheme, host and port are signed; no other host ever receives the key.
    package let apiBase: URL
    package let provider: ProviderID
    package let logger: SeedanceLogger?

    package init(
        transport: any HTTPTransport, policy: RetryPolicy, clock: any SeedanceClock, apiKey: APIKey?, apiBase: URL,
        provider: ProviderID, logger: SeedanceLogger?
    ) {
        self.transport = transport
        self.policy = policy
        self.clock = clock
        self.apiKey = apiKey
        self.apiBase = apiBase
        self.provider = provider
        self.logger = logger
    }

    /// Sends `request`, retrying as the policy and the request's kind allow.
    ///
    /// - Throws: `CancellationError` when cancelled; `SeedanceError` `.outcomeUnknown` for an ambiguous create,
    ///   `.transport` / `.timeout` for network failures after the retries.
    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let signed = sign(request)
        do {
            return try await transport.send(signed)
        } catch let error as HTTPTransportError {
            throw mapped(error, request: request, attempts: 1)
        }
    }

    /// `request` with `Authorization` and `User-Agent` added, the former only for the API's own origin.
    package func sign(_ request: HTTPRequest) -> HTTPRequest {
        var signed = request
        signed.headers["User-Agent"] = SeedanceSDK.userAgent
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

    /// The `SeedanceError` for a transport failure of `request` after `attempts` tries.
    package func mapped(_ error: HTTPTransportError, request: HTTPRequest, attempts: Int) -> SeedanceError {
        let ambiguous: Bool
        let category: SeedanceError.Category
        switch error.kind {
        case .connectionNotEstablished, .redirectRefused: (ambiguous, category) = (false, .transport)
        case .timedOut: (ambiguous, category) = (true, .timeout)
        case .connectionLost, .other: (ambiguous, category) = (true, .transport)
        case .responseTooLarge: (ambiguous, category) = (true, .decoding)
        }
        if request.kind == .create && ambiguous {
            return SeedanceError(
                category: .outcomeUnknown, provider: provider,
                message: "the create request may have started a task (\(error.message)); it was not retried, so nothing is billed twice: check the provider's task list or your callback before submitting again",
                attempts: attempts)
        }
        return SeedanceError(category: category, provider: provider, message: error.message, attempts: attempts)
    }
}
