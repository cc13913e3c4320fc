import Foundation
import Seedance

/// The providers the `seedance` command can talk to: a name for `--provider`, the dialect in the user's words, and
/// how to build the adapter (optionally at another base URL, with another model).
struct ProviderEntry: Sendable {
    /// The `--provider` name (`vtrix`, `byteplus`, …).
    var name: String
    /// The dialect as a user knows it ("spark_dance content-array").
    var dialect: String
    /// The Swift module that implements it.
    var module: String
    /// The library's preset of the same name: builds the adapter.
    var preset: ProviderPreset

    /// Builds the adapter.
    var make: @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect { preset.make }

    init(name: String, dialect: String, module: String) {
        self.name = name
        self.dialect = dialect
        self.module = module
        guard let preset = ProviderPreset.named(name) else { preconditionFailure("no library preset named \(name)") }
        self.preset = preset
    }

    /// The adapter with its default base URL and model.
    var defaultDialect: any Dialect { make(nil, nil) }
}

/// Every provider the command knows, in the order the help and the README list them.
enum ProviderCatalog {
    static let all: [ProviderEntry] = [
        ProviderEntry(name: "vtrix", dialect: "spark_dance content-array (docs/dialects/sparkdance.md)", module: "SparkDance"),
        ProviderEntry(name: "jiekou", dialect: "flat-body /v3/async task API (docs/dialects/jiekou.md)", module: "JieKou"),
        ProviderEntry(name: "novita", dialect: "flat-body /v3/async task API (docs/dialects/jiekou.md)", module: "JieKou"),
        ProviderEntry(name: "ppio", dialect: "flat-body /v3/async task API (docs/dialects/jiekou.md)", module: "JieKou"),
        ProviderEntry(name: "apixo", dialect: "generateTask/statusTask (docs/dialects/apixo.md)", module: "APIXO"),
        ProviderEntry(name: "seedanceapi", dialect: "seedanceapi.org generate/status (docs/dialects/seedanceapi.md)", module: "SeedanceAPIOrg"),
        ProviderEntry(name: "byteplus", dialect: "official BytePlus ModelArk task API", module: "ModelArk"),
        ProviderEntry(name: "volcengine", dialect: "official Volcengine Ark task API", module: "ModelArk"),
    ]

    /// The entry named `name` (case-insensitive).
    static func entry(named name: String) -> ProviderEntry? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
