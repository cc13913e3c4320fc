import Foundation

/// Which provider and key the environment selects, by the rule the `seedance` command also follows:
///
/// 1. A provider named by the caller (the `provider` argument, `--provider` on the command line) or by
///    `SEEDANCE_PROVIDER` is used with the first of its variables that is set: its own (`ARK_API_KEY`,
///    `VTRIX_API_KEY` …), then the generic `SEEDANCE_API_KEY`.
/// 2. With no provider named, a provider's own variable selects that provider (`ARK_API_KEY` selects `byteplus`;
///    name `volcengine` to use it there). Two different providers' variables at once are refused as ambiguous.
/// 3. The generic `SEEDANCE_API_KEY` is never sent to a provider nobody named: set alone, it is refused with an error
///    that names the variables. A key meant for one provider must not reach a reseller by default.
/// 4. Nothing set: no key (``Selection/apiKey`` is `nil`) and the default provider, `vtrix`.
public enum SeedanceEnvironment {
    /// `SEEDANCE_PROVIDER`: the provider's name (see ``ProviderPreset/all``).
    public static let providerVariable = "SEEDANCE_PROVIDER"
    /// `SEEDANCE_API_KEY`: a key for whichever provider is named.
    public static let genericKeyVariable = "SEEDANCE_API_KEY"
    /// The provider used when nothing is set.
    public static let defaultProviderName = "vtrix"

    /// What the environment selects.
    public struct Selection: Sendable {
        /// The provider.
        public var preset: ProviderPreset
        /// The key, or `nil` when none of the provider's variables is set.
        public var apiKey: APIKey?
        /// The variable the key came from.
        public var keyVariable: String?
        /// Whether the provider was named (argument or `SEEDANCE_PROVIDER`) rather than inferred.
        public var providerWasNamed: Bool
    }

    /// Applies the rule above to `environment`.
    ///
    /// - Parameters:
    ///   - environment: the variables to read (the process's by default).
    ///   - provider: a provider name given by the caller (it wins over `SEEDANCE_PROVIDER`).
    /// - Throws: `SeedanceError` `.invalidRequest`, with no request sent: field `provider` for an unknown name
    ///   (listing the known ones); field `SEEDANCE_API_KEY` when only the generic key is set and no provider is
    ///   named; field `environment` when two providers' own variables are set and no provider is named. Each
    ///   message names the variables to set.
    public static func resolve(_ environment: [String: String] = ProcessInfo.processInfo.environment, provider: String? = nil) throws -> Selection {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }
        let named = provider.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? value(providerVariable)
        if let named {
            guard let preset = ProviderPreset.named(named) else {
                let known = ProviderPreset.all.map(\.name).joined(separator: ", ")
                throw SeedanceError(
                    category: .invalidRequest, message: "unknown provider '\(named)'; providers: \(known)", field: "provider", value: named,
                    allowed: known)
            }
            let variable = preset.apiKeyEnvironmentVariables.first { value($0) != nil }
            return Selection(preset: preset, apiKey: variable.flatMap(value).map(APIKey.init), keyVariable: variable, providerWasNamed: true)
        }
        var specific: [String] = []
        for variable in ProviderPreset.all.flatMap(\.specificKeyVariables) where value(variable) != nil && !specific.contains(variable) {
            specific.append(variable)
        }
        if specific.count > 1 {
            throw SeedanceError(
                category: .invalidRequest, provider: nil,
                message:
                    "keys for several providers are set (\(specific.joined(separator: ", "))) and no provider is named; set \(providerVariable) (or pass --provider) to choose one",
                field: "environment", value: specific.joined(separator: ", "), allowed: ProviderPreset.all.map(\.name).joined(separator: ", "))
        }
        if let variable = specific.first, let preset = ProviderPreset.all.first(where: { $0.specificKeyVariables.contains(variable) }) {
            return Selection(preset: preset, apiKey: value(variable).map(APIKey.init), keyVariable: variable, providerWasNamed: false)
        }
        if value(genericKeyVariable) != nil {
            let own = ProviderPreset.all.flatMap(\.specificKeyVariables).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            throw SeedanceError(
                category: .invalidRequest, provider: nil,
                message:
                    "\(genericKeyVariable) is set but no provider is named, and a generic key is only sent to a provider you name: set \(providerVariable) (or pass --provider) to one of \(ProviderPreset.all.map(\.name).joined(separator: ", ")), or put the key in the provider's own variable (\(own.joined(separator: ", ")))",
                field: genericKeyVariable, allowed: ProviderPreset.all.map(\.name).joined(separator: ", "))
        }
        let preset = ProviderPreset.named(defaultProviderName) ?? ProviderPreset.all[0]
        return Selection(preset: preset, apiKey: nil, keyVariable: nil, providerWasNamed: false)
    }
}

extension SeedanceClient {
    /// A client for the provider and key the environment selects (see ``SeedanceEnvironment`` for the rule:
    /// `SEEDANCE_PROVIDER`, the providers' own variables such as `ARK_API_KEY`, and `SEEDANCE_API_KEY` only for a
    /// named provider).
    ///
    /// ```swift
    /// // SEEDANCE_PROVIDER=byteplus and ARK_API_KEY=… in the environment
    /// let client = try SeedanceClient.fromEnvironment()
    /// ```
    ///
    /// - Parameters:
    ///   - environment: the variables to read (the process's by default).
    ///   - provider: a provider name that wins over `SEEDANCE_PROVIDER`.
    ///   - baseURL: another base URL for the provider's API (a proxy, or the simulator in tests).
    ///   - model: the default model, where the dialect takes one.
    ///   - transport: how requests travel (the default transport when `nil`).
    ///   - retryPolicy: retries for submit, status, cancel and list.
    ///   - engine: how the polling engine places polls.
    ///   - logger: receives structured events; never a secret.
    /// - Throws: what ``SeedanceEnvironment/resolve(_:provider:)`` throws; `SeedanceError` `.authentication` naming
    ///   the variables when the selected provider has no key set; what the client's initializer throws.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment, provider: String? = nil, baseURL: URL? = nil,
        model: ModelID? = nil, transport: (any HTTPTransport)? = nil, retryPolicy: RetryPolicy = .default,
        engine: EngineConfiguration = .default, logger: SeedanceLogger? = nil
    ) throws -> SeedanceClient {
        let selection = try SeedanceEnvironment.resolve(environment, provider: provider)
        let dialect = selection.preset.make(baseURL, model)
        guard let key = selection.apiKey else {
            throw SeedanceError(
                category: .authentication, provider: dialect.provider,
                message:
                    "no API key for \(selection.preset.name) in the environment: set \(selection.preset.apiKeyEnvironmentVariables.joined(separator: " or "))")
        }
        return try SeedanceClient(dialect: dialect, apiKey: key, transport: transport, retryPolicy: retryPolicy, engine: engine, logger: logger)
    }
}
