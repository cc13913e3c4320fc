import Foundation

extension ProviderPreset {
    /// Every known provider, one line each, in a fixed order (the order of `seedance providers` and the README).
    /// Adding a provider is one line here: the package's catalog derives the simulated server, fixtures and fuzz seed
    /// from it (a new adapter module also needs its module in Package.swift and the umbrella's exports).
    public static let all: [ProviderPreset] = [
        ProviderPreset(name: "vtrix", dialectName: "spark_dance content-array", module: "SparkDance", docsPage: "sparkdance", keyVariable: "VTRIX_API_KEY") {
            SparkDance(model: $1 ?? .vtrixSeedance2_0, baseURL: $0 ?? SparkDance.defaultBaseURL)
        },
        ProviderPreset(name: "jiekou", dialectName: "flat-body /v3/async task API", module: "JieKou", docsPage: "jiekou", keyVariable: "JIEKOU_API_KEY") {
            base, _ in JieKou(host: .jiekou, baseURL: base)
        },
        ProviderPreset(name: "novita", dialectName: "flat-body /v3/async task API", module: "JieKou", docsPage: "jiekou", keyVariable: "NOVITA_API_KEY") {
            base, _ in JieKou(host: .novita, baseURL: base)
        },
        ProviderPreset(name: "ppio", dialectName: "flat-body /v3/async task API", module: "JieKou", docsPage: "jiekou", keyVariable: "PPIO_API_KEY") {
            base, _ in JieKou(host: .ppio, baseURL: base)
        },
        ProviderPreset(name: "apixo", dialectName: "generateTask/statusTask", module: "APIXO", docsPage: "apixo", keyVariable: "APIXO_API_KEY") {
            APIXO(baseURL: $0 ?? APIXO.defaultBaseURL, model: $1 ?? .apixoSeedance1_5Pro)
        },
        ProviderPreset(
            name: "seedanceapi", dialectName: "seedanceapi.org generate/status", module: "SeedanceAPIOrg", docsPage: "seedanceapi",
            keyVariable: "SEEDANCEAPI_API_KEY"
        ) { SeedanceAPIOrg(baseURL: $0 ?? SeedanceAPIOrg.defaultBaseURL, model: $1 ?? .seedanceapiSeedance1_5) },
        ProviderPreset(
            name: "byteplus", dialectName: "official BytePlus ModelArk task API", module: "ModelArk", docsPage: "modelark", keyVariable: "ARK_API_KEY"
        ) {
            ModelArk.byteplus(model: $1 ?? .byteplusSeedance2_0, baseURL: $0)
        },
        ProviderPreset(
            name: "volcengine", dialectName: "official Volcengine Ark task API", module: "ModelArk", docsPage: "modelark", keyVariable: "ARK_API_KEY"
        ) {
            ModelArk.volcengine(model: $1 ?? .volcengineSeedance2_0, baseURL: $0)
        },
        ProviderPreset(
            name: "ppio-ark", dialectName: "PPIO's Ark-compatible task API", module: "ModelArk", docsPage: "modelark", keyVariable: "PPIO_API_KEY"
        ) { ModelArk.ppio(model: $1 ?? .volcengineSeedance2_0, baseURL: $0) },
    ]
}
