extension SeedanceClient {
    /// A client for another tenant (another API key, and optionally another provider) that shares this client's
    /// transport (its connections and concurrency bound), polling engine (its request bound, scheduler and what
    /// it has learned per provider and model) and lifecycle.
    ///
    /// Cheap to create and to drop: a tenant client holds its dialect, its key and two small request executors; it
    /// starts no task and allocates no session. Make one per request if that is convenient.
    ///
    /// Isolation: each request is signed with its own tenant's key only; the engine keys tasks by id *and*
    /// credentials, so a tenant never receives a poll, snapshot or result made with another tenant's key (two
    /// clients with the same key, provider and base URL do share polls); the engine's events about a tenant's
    /// tasks go to that tenant's `logger` only. A 429 on any poll slows the shared engine's polls (the
    /// ``EngineConfiguration`` is the parent's).
    ///
    /// ``shutdown()`` and ``run()`` on any client of the group act on the whole group (one engine, one
    /// transport). A tenant client has no journal: store its ``SubmittedTask`` records in your own database and
    /// follow them with ``wait(for:timeout:cancelRemoteOnTimeout:)-(SubmittedTask,_,_)`` or ``completions(of:)``.
    ///
    /// - Parameters:
    ///   - dialect: the tenant's provider; `nil` keeps this client's.
    ///   - apiKey: the tenant's key, sent only to `dialect.baseURL`'s host.
    ///   - retryPolicy: retries for the tenant's submit, status, cancel and list.
    ///   - logger: the tenant's own log hook (never another tenant's events).
    /// - Throws: `SeedanceError` `.invalidRequest` (field `baseURL`) for a base URL that would leak the key.
    public func tenant(
        dialect: (any Dialect)? = nil, apiKey: APIKey?, retryPolicy: RetryPolicy = .default, logger: SeedanceLogger? = nil
    ) throws -> SeedanceClient {
        try SeedanceClient(tenantOf: self, dialect: dialect ?? self.dialect, apiKey: apiKey, retryPolicy: retryPolicy, logger: logger)
    }
}
