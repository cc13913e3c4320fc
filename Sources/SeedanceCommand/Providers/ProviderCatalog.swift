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
    /// Builds the adapter.
    var make: @Sendable (_ baseURL: URL?, _ model: ModelID?) -> any Dialect

    /// The adapter with its default base URL and model.
    var defaultDialect: any Dialect { make(nil, nil) }
}

/// Every provider the command knows, in the order the help and the README list them.
enum ProviderCatalog {
    static let all: [ProviderEntry] = [
        ProviderEntry(name: "vtrix", dialect: "spark_dance content-array (seeds 000, 001)", module: "SparkDance") { base, model in
            SparkDance(model: model ?? .sparkDanceV1_5Pro, baseURL: base ?? SparkDance.defaultBaseURL)
        },
        ProviderEntry(name: "jiekou", dialect: "flat-body /v3/async task API (seed 002)", module: "JieKou") { base, _ in
            JieKou(host: .jiekou, baseURL: base)
        },
        ProviderEntry(name: "novita", dialect: "flat-body /v3/async task API (seed 002)", module: "JieKou") { base, _ in
            JieKou(host: .novita, baseURL: base)
        },
        ProviderEntry(name: "ppio", dialect: "flat-body /v3/async task API (seed 002)", module: "JieKou") { base, _ in
            JieKou(host: .ppio, baseURL: base)
        },
        ProviderEntry(name: "apixo", dialect: "generateTask/statusTask (seed 003)", module: "APIXO") { base, model in
            APIXO(baseURL: base ?? APIXO.defaultBaseURL, model: model ?? .apixoSeedance15Pro)
        },
        ProviderEntry(name: "seedanceapi", dialect: "seedanceapi.org generate/status (seed 004)", module: "SeedanceAPIOrg") { base, _ in
            SeedanceAPIOrg(baseURL: base ?? SeedanceAPIOrg.defaultBaseURL)
        },
        ProviderEntry(name: "byteplus", dialect: "official BytePlus ModelArk task API", module: "ModelArk") { base, model in
            ModelArk.byteplus(model: model ?? .byteplusSeedance1_5Pro, baseURL: base)
        },
        ProviderEntry(name: "volcengine", dialect: "official Volcengine Ark task API", module: "ModelArk") { base, model in
            ModelArk.volcengine(model: model ?? .volcengineSeedance1_5Pro, baseURL: base)
        },
    ]

    /// The entry named `name` (case-insensitive).
    static func entry(named name: String) -> ProviderEntry? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
