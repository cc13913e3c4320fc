import Foundation

/// One provider the SDK knows by name (`vtrix`, `byteplus` …): how to build its dialect, where its key lives and
/// where its wire format is documented. The names are those of the `seedance` command's `--provider` and of
/// `SEEDANCE_PROVIDER`.
///
/// ``all`` is the public half of the provider catalog. The other half (how to simulate each provider, its fixture
/// folder, its fuzz seed) lives in the package's internal `SeedanceCatalog` target, beside the simulator, because this
/// module must not import the simulator and the simulator must not import adapters; a test checks that both halves
/// name the same providers.
public struct ProviderPreset: Sendable {
    /// The provider's name (`vtrix`, `jiekou`, `novita`, `ppio`, `apixo`, `seedanceapi`, `byteplus`, `volcengine`).
    public let name: String
    /// The dialect as a user knows it ("spark_dance content-array").
    public let dialectName: String
    /// The Swift module that implements the dialect (`SparkDance`, `ModelArk` …).
    public let module: String
    /// The repository page documenting the wire format, `docs/dialects/<page>.md`.
    public let docsPage: String
    /// The environment variables holding this provider's key, most specific first (the provider's own variable,
    /// then the generic `SEEDANCE_API_KEY`).
    public let apiKeyEnvironmentVariables: [String]
    /// Builds the provider's dialect, at `baseURL` and with default model `model` when given (otherwise the
    /// provider's own). Some dialects have a fixed model set and ignore `model`.
    public let make: @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect

    /// A preset; `keyVariable` is the provider's own variable, read before ``SeedanceEnvironment/genericKeyVariable``.
    public init(
        name: String, dialectName: String, module: String, docsPage: String, keyVariable: String,
        make: @escaping @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect
    ) {
        self.name = name
        self.dialectName = dialectName
        self.module = module
        self.docsPage = docsPage
        self.apiKeyEnvironmentVariables = [keyVariable, SeedanceEnvironment.genericKeyVariable]
        self.make = make
    }

    /// The dialect with its default base URL and model.
    public var defaultDialect: any Dialect { make(nil, nil) }

    /// `docs/dialects/<page>.md`, the repository path of the wire-format page.
    public var docsPath: String { "docs/dialects/\(docsPage).md" }

    /// The variables only this provider (or its region twin, for `ARK_API_KEY`) reads: every one but
    /// ``SeedanceEnvironment/genericKeyVariable``.
    public var specificKeyVariables: [String] { apiKeyEnvironmentVariables.filter { $0 != SeedanceEnvironment.genericKeyVariable } }

    /// The preset named `name` (case-insensitive), or `nil`.
    public static func named(_ name: String) -> ProviderPreset? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
