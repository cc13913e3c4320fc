import Foundation

/// The entry point of the SDK: submits video tasks to one provider's dialect and tracks them.
///
/// One client serves a whole server process: it is `Sendable`, holds one transport and one polling engine, and
/// tracks any number of tasks for any number of concurrent callers. Waiting is cheap: a waiting caller holds a
/// stored continuation, not a thread, and waiters on one task share its polls (see ``EngineConfiguration``).
///
/// Every method throws ``SeedanceError`` (switch on its ``SeedanceError/category``), or `CancellationError` when
/// the calling Swift task is cancelled. Whatever fails after a task was created, the error carries its id.
///
/// The operations live in extensions, one concern per file: submit (`Client+Submit.swift`), status and callbacks
/// (`Client+Status.swift`), waiting (`Client+Wait.swift`), updates (`Client+Updates.swift`), generate
/// (`Client+Generate.swift`), cancel and list (`Client+Manage.swift`); downloading results is added by the media
/// module (`Client+Download.swift`) on top of ``status(of:)`` and the package-level `executor`.
public final class SeedanceClient: Sendable {
    /// The provider's wire format.
    public let dialect: any Dialect
    /// The clock the engine and retries run on.
    public let clock: any SeedanceClock
    /// How the engine places polls.
    public let engineConfiguration: EngineConfiguration
    /// Sends the client's requests with the caller's retry policy, signed for the API host only.
    package let executor: RequestExecutor
    /// The transport every request goes through.
    package let transport: any HTTPTransport
    /// The client's polling engine.
    package let engine: PollingEngine
    let ledger: SubmissionLedger
    /// Creates waiting for their turn, as data (`CreateQueue.swift`).
    let creates = CreateQueue()
    let logger: SeedanceLogger?
    /// Hosts local reference videos before a create, or `nil`.
    public let mediaUploader: (any MediaUploader)?
    /// Shutdown state, the request gate and the tracker of journaled tasks (`Lifecycle/`).
    package let lifecycle: ClientLifecycle

    /// The transport used when none is given: a new ``URLSessionTransport`` per client (one long-lived session,
    /// cancel-safe on Linux).
    public static let defaultTransportFactory: @Sendable () throws -> any HTTPTransport = { URLSessionTransport() }

    /// Builds a client.
    ///
    /// - Parameters:
    ///   - dialect: the provider's wire format (a dialect module's value, e.g. one configured with a base URL).
    ///   - apiKey: the key, sent only to `dialect.baseURL`'s host. `nil` sends no `Authorization` header.
    ///   - transport: how requests travel; the default is ``defaultTransportFactory``'s.
    ///   - retryPolicy: retries for submit, status, cancel and list (polls made by the engine are retried by the
    ///     engine itself, never by this policy, so that a 429 slows the whole engine).
    ///   - engine: how the polling engine places polls.
    ///   - clock: the time source (a ``VirtualClock`` in tests and benchmarks).
    ///   - logger: receives structured events; never a secret.
    ///   - mediaUploader: hosts local reference videos before a create (see ``MediaUploader``); `nil` refuses them.
    /// - Throws: `SeedanceError` `.invalidRequest` (field `baseURL`) when the dialect's base URL is not `https`
    ///   (or `http` to a loopback host); whatever the default transport factory throws.
    public init(
        dialect: any Dialect, apiKey: APIKey?, transport: (any HTTPTransport)? = nil, retryPolicy: RetryPolicy = .default,
        engine: EngineConfiguration = .default, clock: any SeedanceClock = SystemClock(), logger: SeedanceLogger? = nil,
        mediaUploader: (any MediaUploader)? = nil
    ) throws {
        try BaseURLPolicy.validate(dialect.baseURL, provider: dialect.provider)
        self.mediaUploader = mediaUploader
        let lifecycle = ClientLifecycle(ownsTransport: transport == nil)
        self.lifecycle = lifecycle
        let transport = try transport ?? Self.defaultTransportFactory()
        self.dialect = dialect
        self.clock = clock
        self.transport = transport
        self.logger = logger
        engineConfiguration = engine
        ledger = SubmissionLedger()
        executor = RequestExecutor(
            transport: transport, policy: retryPolicy, clock: clock, apiKey: apiKey, apiBase: dialect.baseURL,
            provider: dialect.provider, logger: logger, gate: lifecycle.gate,
            allowsRetry: { [dialect] in dialect.allowsRetry(of: $0) })
        let pollExecutor = RequestExecutor(
            transport: transport, policy: .none, clock: clock, apiKey: apiKey, apiBase: dialect.baseURL,
            provider: dialect.provider, logger: logger, usesCallContext: false, gate: lifecycle.gate)
        self.engine = PollingEngine(
            configuration: engine, provider: dialect.provider, clock: clock, logger: logger,
            poller: Self.statusPoller(dialect: dialect, executor: pollExecutor))
    }

    /// A client of another tenant (key, provider) on `parent`'s transport, engine and lifecycle; see
    /// ``tenant(dialect:apiKey:retryPolicy:logger:)`` (`Lifecycle/Client+Tenants.swift`).
    init(tenantOf parent: SeedanceClient, dialect: any Dialect, apiKey: APIKey?, retryPolicy: RetryPolicy, logger: SeedanceLogger?) throws {
        try BaseURLPolicy.validate(dialect.baseURL, provider: dialect.provider)
        let gate = parent.lifecycle.gate
        let pollExecutor = RequestExecutor(
            transport: parent.transport, policy: .none, clock: parent.clock, apiKey: apiKey, apiBase: dialect.baseURL,
            provider: dialect.provider, logger: logger, usesCallContext: false, gate: gate)
        let scope = TrackingScope(
            provider: dialect.provider, baseURL: dialect.baseURL, apiKey: apiKey, logger: logger,
            poller: Self.statusPoller(dialect: dialect, executor: pollExecutor))
        lifecycle = ClientLifecycle(tenantOf: parent.lifecycle.root ?? parent, scope: scope)
        self.dialect = dialect
        mediaUploader = parent.mediaUploader
        clock = parent.clock
        transport = parent.transport
        self.logger = logger
        engineConfiguration = parent.engineConfiguration
        engine = parent.engine
        ledger = SubmissionLedger()
        executor = RequestExecutor(
            transport: parent.transport, policy: retryPolicy, clock: parent.clock, apiKey: apiKey, apiBase: dialect.baseURL,
            provider: dialect.provider, logger: logger, gate: gate, allowsRetry: { [dialect] in dialect.allowsRetry(of: $0) })
    }

    /// One status request for the engine: built by `dialect`, sent once through `executor`, parsed.
    private static func statusPoller(dialect: any Dialect, executor: RequestExecutor) -> PollingEngine.Poller {
        { id in
            let request = try dialect.makeStatusRequest(for: id)
            let response = try await executor.send(request)
            return try dialect.parseStatus(response, for: id)
        }
    }

    /// Who serves this client's dialect.
    public var provider: ProviderID { dialect.provider }

    /// Runs `operation`, adding `id` to any `SeedanceError` that lacks a task id.
    func attaching<T>(_ id: TaskID, _ operation: () async throws -> T) async throws -> T {
        do {
            return try await operation()
        } catch {
            throw Self.attaching(id, to: error)
        }
    }

    /// `error` with task id `id` added when it is a `SeedanceError` that lacks one. Synchronous and out of line, so
    /// the large error value never takes room in the frame of a suspended caller.
    @inline(never)
    static func attaching(_ id: TaskID, to error: any Error) -> any Error {
        guard var error = error as? SeedanceError else { return error }
        if error.taskID == nil { error.taskID = id }
        return error
    }

    /// What the engine should know about task `id`: from this client's own submission when it made it, else
    /// from `request` (the kind of work), with the task's age unknown.
    func trackingContext(for id: TaskID, request: VideoRequest?) -> TrackingContext {
        if let known = ledger.context(for: id) { return known }
        return TrackingContext(
            key: WorkloadKey(provider: provider, request: request, defaultModel: dialect.defaultModel),
            hints: pollingHints(for: request), startedAt: nil, scope: lifecycle.scope)
    }
}
