import Foundation
import Seedance
import SeedanceCatalog
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Every dialect adapter with the fixture folder of its provider's answers, named for test arguments.
struct FuzzedDialect: Sendable, CustomTestStringConvertible {
    let name: String
    let folder: String
    let dialect: any Dialect
    /// The fuzz campaign's seed for this dialect (fixed: runs are reproducible).
    let seed: UInt64

    var testDescription: String { name }

    /// The response fixtures (status/result/task/list/create answers, error bodies, callbacks): no request bodies.
    var responseFixtures: [(name: String, data: Data)] { FuzzCorpus.responseFixtures(in: Fixtures.url(folder)) }

    /// One catalog provider per adapter module (``ProviderCatalog/perAdapter``).
    static let all: [FuzzedDialect] = ProviderCatalog.perAdapter.map {
        FuzzedDialect(name: $0.preset.module, folder: $0.fixtures, dialect: $0.defaultDialect, seed: $0.fuzzSeed ?? 0)
    }
}
