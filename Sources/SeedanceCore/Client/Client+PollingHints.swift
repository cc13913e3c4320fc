extension SeedanceClient {
    /// The hints the engine gets for a task made from `request`: the engine configuration's
    /// ``EngineConfiguration/pollingHintsOverride`` when set, else the dialect's own.
    func pollingHints(for request: VideoRequest?) -> PollingHints {
        engineConfiguration.pollingHintsOverride ?? dialect.pollingHints(for: request)
    }
}
