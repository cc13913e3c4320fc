extension APIXO {
    /// APIXO's routing strategy, sent as `provider`: which upstream serves the task.
    public enum ProviderRouting: String, Sendable, Hashable, CaseIterable {
        /// APIXO chooses (its default when `provider` is omitted).
        case auto
        /// The cheaper route.
        case value
        /// The official upstream.
        case official
    }
}
