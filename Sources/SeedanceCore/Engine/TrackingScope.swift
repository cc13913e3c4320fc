import Foundation

/// A tenant's place on an engine shared by many clients (``SeedanceClient/tenant(dialect:apiKey:retryPolicy:logger:)``):
/// its tasks are keyed by their id qualified with a token of the tenant's credentials, so two tenants never share
/// a poll or a result (two clients with the same credentials do), and each task is polled with its own tenant's
/// key and logged to its own tenant's logger.
struct TrackingScope: Sendable {
    /// Identifies the credentials (provider, API base URL, key) within this process; never the key itself.
    let token: UInt64
    /// Fetches one status snapshot of a task, by the provider's id, with the tenant's key.
    let poller: PollingEngine.Poller
    /// The tenant's logger, for the engine's events about its tasks.
    let logger: SeedanceLogger?

    init(provider: ProviderID, baseURL: URL, apiKey: APIKey?, logger: SeedanceLogger?, poller: @escaping PollingEngine.Poller) {
        var hasher = Hasher()
        hasher.combine(provider)
        hasher.combine(baseURL)
        hasher.combine(apiKey)
        token = UInt64(bitPattern: Int64(hasher.finalize()))
        self.poller = poller
        self.logger = logger
    }

    /// The engine's key for the provider's `id`.
    func key(for id: TaskID) -> TaskID { TaskID(rawValue: id.rawValue + suffix) }

    /// The provider's id behind an engine `key` made by ``key(for:)``.
    func publicID(of key: TaskID) -> TaskID { TaskID(rawValue: String(key.rawValue.dropLast(suffix.count))) }

    /// Polls the task behind an engine `key`.
    func poll(_ key: TaskID) async throws -> TaskSnapshot { try await poller(publicID(of: key)) }

    /// A unit separator and the token: no provider's id contains the separator.
    private var suffix: String { "\u{1F}" + String(token, radix: 36) }
}

extension TrackingContext {
    /// The engine's key for the provider's `id` under this context (qualified by the tenant's scope, if any).
    func engineKey(for id: TaskID) -> TaskID { scope?.key(for: id) ?? id }
}
