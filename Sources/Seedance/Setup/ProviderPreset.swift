import Foundation

/// One provider the SDK knows by name (`vtrix`, `byteplus` …): how to build its dialect and where its key lives.
/// The names are those of the `seedance` command's `--provider` and of `SEEDANCE_PROVIDER`.
public struct ProviderPreset: Sendable {
    /// The provider's name (`vtrix`, `jiekou`, `novita`, `ppio`, `apixo`, `seedanceapi`, `byteplus`, `volcengine`).
    public let name: String
    /// Builds the provider's dialect, at `baseURL` and with default model `model` when given (otherwise the
    /// provider's own). Some dialects have a fixed model set and ignore `model`.
    public let make: @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect

    /// A preset.
    public init(name: String, make: @escaping @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect) {
        self.name = name
        self.make = make
    }

    /// The dialect with its default base URL and model.
    public var defaultDialect: any Dialect { make(nil, nil) }

    /// The environment variables holding this provider's key, most specific first (the provider's own variable,
    /// then the generic `SEEDANCE_API_KEY`).
    public var apiKeyEnvironmentVariables: [String] { defaultDialect.apiKeyEnvironmentVariables }

    /// The variables only this provider (or its region twin, for `ARK_API_KEY`) reads: every one but
    /// ``SeedanceEnvironment/genericKeyVariable``.
    public var specificKeyVariables: [String] { apiKeyEnvironmentVariables.filter { $0 != SeedanceEnvironment.genericKeyVariable } }

    /// Every known provider, in a fixed order (the order of `seedance providers` and the README).
    public static let all: [ProviderPreset] = [
        ProviderPreset(name: "vtrix") { base, model in SparkDance(model: model ?? .sparkDanceV1_5Pro, baseURL: base ?? SparkDance.defaultBaseURL) },
        ProviderPreset(name: "jiekou") { base, _ in JieKou(host: .jiekou, baseURL: base) },
        ProviderPreset(name: "novita") { base, _ in JieKou(host: .novita, baseURL: base) },
        ProviderPreset(name: "ppio") { base, _ in JieKou(host: .ppio, baseURL: base) },
        ProviderPreset(name: "apixo") { base, model in APIXO(baseURL: base ?? APIXO.defaultBaseURL, model: model ?? .apixoSeedance15Pro) },
        ProviderPreset(name: "seedanceapi") { base, _ in SeedanceAPIOrg(baseURL: base ?? SeedanceAPIOrg.defaultBaseURL) },
        ProviderPreset(name: "byteplus") { base, model in ModelArk.byteplus(model: model ?? .byteplusSeedance1_5Pro, baseURL: base) },
        ProviderPreset(name: "volcengine") { base, model in ModelArk.volcengine(model: model ?? .volcengineSeedance1_5Pro, baseURL: base) },
    ]

    /// The preset named `name` (case-insensitive), or `nil`.
    public static func named(_ name: String) -> ProviderPreset? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
