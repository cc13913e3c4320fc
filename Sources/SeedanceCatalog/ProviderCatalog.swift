import Foundation
import Seedance
import SeedanceSimulator

/// One provider of the catalog: its public preset (name, dialect factory, key variables, docs page) and, derived from
/// it, what this package needs to exercise it without a network: the simulator face that plays its server, the
/// fixture folder of its recorded answers and, for one provider per adapter, the decoder fuzz campaign's seed.
package struct CatalogEntry: Sendable {
    /// The public part: ``ProviderPreset`` of the same name.
    package let preset: ProviderPreset
    /// The decoder fuzz campaign's seed, set on the one entry per adapter module that the fuzz tests and the decoder
    /// bench run (region and host twins share their adapter's decoders); `nil` for the twins.
    package let fuzzSeed: UInt64?

    /// The `--provider` name.
    package var name: String { preset.name }
    /// The folder under `Fixtures/` holding the provider's recorded answers: named like its docs page.
    package var fixtures: String { preset.docsPage }

    /// The simulated server of this provider (from `SimulatedFaces`, by adapter module and provider name), named
    /// ``name`` and served under `/<name>` plus the provider's own API path, so one simulator serves every entry.
    package func face() -> any SimulatedDialect {
        guard let face = SimulatedFaces.face(module: preset.module, provider: preset.name) else {
            preconditionFailure("the simulator has no face for \(preset.module) provider \(preset.name)")
        }
        return face
    }

    /// ``face()`` and the faces served beside it (seedanceapi.org's v2 API beside v1), all under `/<name>`.
    package func faces() -> [any SimulatedDialect] {
        [face()] + SimulatedFaces.companions(module: preset.module, provider: preset.name)
    }

    /// The adapter with its default base URL and model.
    package var defaultDialect: any Dialect { preset.defaultDialect }
    /// The adapter talking to `simulator`'s face of this provider (in process, or under a server's `origin`).
    package func dialect(in simulator: Simulator, origin: URL = Simulator.inProcessOrigin, model: ModelID? = nil) -> any Dialect {
        preset.make(simulator.baseURL(for: name, origin: origin), model)
    }
}

/// The provider catalog: one line per provider, iterated by the `seedance` command (providers, the embedded simulator),
/// the soak, the decoder fuzz tests and bench, the README's capability matrix and the adapter-against-simulator tests.
///
/// Where it lives, and why: the public presets are in the `Seedance` module (``SeedanceClient/fromEnvironment(_:provider:baseURL:model:transport:retryPolicy:engine:logger:)``
/// needs them and must not pull in the simulator); the simulator faces need `SeedanceSimulator`, which must not import
/// adapters. This internal target depends on both and pairs them by name; it is no product, so users never see it.
package enum ProviderCatalog {
    /// Every provider, in ``ProviderPreset/all``'s order, derived: the face comes from the simulator's table of adapter
    /// modules (`SimulatedFaces`), the fixture folder is the provider's docs page name (`Fixtures/<page>`), and the
    /// first provider of each adapter module carries that module's fuzz seed. Adding a provider is one line in
    /// ``ProviderPreset/all``; nothing here changes.
    package static let all: [CatalogEntry] = ProviderPreset.all.enumerated().map { index, preset in
        let firstOfModule = !ProviderPreset.all[..<index].contains { $0.module == preset.module }
        return CatalogEntry(preset: preset, fuzzSeed: firstOfModule ? fuzzSeed(module: preset.module) : nil)
    }

    /// One entry per adapter module (those with a fuzz seed): what the soak, fuzz tests and decoder bench run.
    package static var perAdapter: [CatalogEntry] { all.filter { $0.fuzzSeed != nil } }

    /// The entry named `name` (case-insensitive).
    package static func entry(named name: String) -> CatalogEntry? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// A simulator serving every entry's face (`configuration` as given).
    package static func simulator(configuration: SimulatorConfiguration = SimulatorConfiguration()) -> Simulator {
        Simulator(dialects: all.flatMap { $0.faces() }, configuration: configuration)
    }

    /// A seed fixed by the module's name (64-bit FNV-1a), so a module's fuzz campaign repeats whatever the catalog's order.
    static func fuzzSeed(module: String) -> UInt64 {
        module.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
