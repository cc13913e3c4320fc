import Foundation
import Testing
@testable import SeedanceCommand
import SeedanceTestSupport
import Seedance
import SeedanceCatalog
import SeedanceSimulator

@Suite struct CapabilityMatrixTests {
    /// The README's capability matrix is exactly what the adapters' `Capabilities` say (regenerate it with
    /// `swift run seedance providers --markdown` when an adapter changes).
    @Test func readmeMatrixMatchesCapabilities() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = "<!-- capability-matrix:begin -->\n"
        let end = "\n<!-- capability-matrix:end -->"
        let start = try #require(readme.range(of: begin), "README.md has no capability matrix markers")
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        let inReadme = String(readme[start.upperBound..<stop.lowerBound])
        #expect(inReadme == CapabilityMatrix.markdown())
    }

    @Test func everyProviderHasRowsAndDistinctNames() {
        let names = ProviderCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        let rows = CapabilityMatrix.rows()
        for name in names { #expect(rows.contains { $0[0] == name }, "no row for \(name)") }
        #expect(rows.allSatisfy { $0.count == CapabilityMatrix.header.count })
    }
}

@Suite struct ProviderCatalogTests {
    /// The catalog's two halves name the same providers in the same order: a preset without a simulator face (or the
    /// reverse) fails here, not in a user's hands.
    @Test func everyPresetHasExactlyOneCatalogEntry() {
        #expect(ProviderCatalog.all.map(\.name) == ProviderPreset.all.map(\.name))
    }

    /// Each entry's face is served under the entry's own name, so `--provider X` with no key talks to X's face.
    @Test func everyFaceIsNamedAfterItsProvider() {
        for entry in ProviderCatalog.all { #expect(entry.face().name == entry.name) }
    }

    /// Each provider's key variables, its own first, then the generic one (moved here from the adapters' tests when
    /// the variables left the wire protocol).
    @Test func keyVariablesArePerProvider() {
        let expected = [
            "vtrix": "VTRIX_API_KEY", "jiekou": "JIEKOU_API_KEY", "novita": "NOVITA_API_KEY", "ppio": "PPIO_API_KEY",
            "apixo": "APIXO_API_KEY", "seedanceapi": "SEEDANCEAPI_API_KEY", "byteplus": "ARK_API_KEY", "volcengine": "ARK_API_KEY",
            "ppio-ark": "PPIO_API_KEY",
        ]
        // Every preset has a row here (a new one fails until its variables are written down).
        for preset in ProviderPreset.all {
            #expect(preset.apiKeyEnvironmentVariables == [expected[preset.name] ?? "?", "SEEDANCE_API_KEY"], "\(preset.name)")
        }
    }

    /// Every preset gets its simulated server from the simulator's table of adapter modules, and fixtures named after
    /// its docs page exist.
    @Test func everyPresetHasASimulatedServerAndFixtures() {
        for preset in ProviderPreset.all {
            #expect(SimulatedFaces.face(module: preset.module, provider: preset.name)?.name == preset.name, "\(preset.name)")
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Fixtures/\(preset.docsPage)")
                .standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: folder.path), "\(folder.path)")
        }
        #expect(SimulatedFaces.face(module: "NoSuchAdapter", provider: "x") == nil)
        #expect(SimulatedFaces.face(module: "JieKou", provider: "no-such-host") == nil)
    }

    /// One entry per adapter module carries the fuzz seed; the seeds differ.
    @Test func oneFuzzedEntryPerAdapterModule() {
        let modules = ProviderCatalog.perAdapter.map(\.preset.module)
        #expect(Set(modules) == Set(ProviderPreset.all.map(\.module)) && modules.count == Set(modules).count)
        let seeds = ProviderCatalog.perAdapter.compactMap(\.fuzzSeed)
        #expect(Set(seeds).count == seeds.count)
    }
}
