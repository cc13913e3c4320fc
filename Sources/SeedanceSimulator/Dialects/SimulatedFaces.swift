/// The simulated server of every adapter module, looked up by the module's name: how the provider catalog gives each
/// provider preset its face without the simulator importing adapters (or adapters importing the simulator).
///
/// One case per adapter module. A provider added on an existing module (another host of the flat-body API, another
/// Ark region) needs no line here: the face is built from the provider's name.
package enum SimulatedFaces {
    /// The face playing provider `provider`'s server for the adapter module `module`, named `provider` and served under
    /// `/<provider>` plus the API's own path prefix, so one simulator serves every provider at once. `nil` for a module
    /// this table does not know, or a flat-body host it has no preset for.
    package static func face(module: String, provider: String) -> (any SimulatedDialect)? {
        switch module {
        case "SparkDance": SimulatedSparkDance(name: provider, basePath: "/\(provider)")
        case "JieKou": SimulatedJieKou.Host.presets.first { $0.name == provider }.map { SimulatedJieKou(host: $0, basePath: "/\(provider)") }
        case "APIXO": SimulatedAPIXO(name: provider, basePath: "/\(provider)")
        case "SeedanceAPIOrg": SimulatedSeedanceAPIOrg(name: provider, basePath: "/\(provider)/v1")
        case "ModelArk": SimulatedModelArk(name: provider, basePath: "/\(provider)/api/v3")
        default: nil
        }
    }

    /// The faces a provider's server has beside its main one, under the same `/<provider>` prefix: seedanceapi.org's
    /// Seedance 2.0 API at `/<provider>/v2` beside v1 (its adapter moves to `/v2` for a 2.0 model). Empty for others.
    package static func companions(module: String, provider: String) -> [any SimulatedDialect] {
        switch module {
        case "SeedanceAPIOrg":
            [
                SimulatedSeedanceAPIOrg2(
                    name: "\(provider)-v2", basePath: "/\(provider)/v2", v1: SimulatedSeedanceAPIOrg(name: provider, basePath: "/\(provider)/v1"))
            ]
        default: []
        }
    }
}
