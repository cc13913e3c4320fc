import Foundation
import Seedance
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

    static let all: [FuzzedDialect] = [
        FuzzedDialect(name: "SparkDance", folder: "sparkdance", dialect: SparkDance(), seed: 0x5EED_0001),
        FuzzedDialect(name: "ModelArk", folder: "modelark", dialect: ModelArk.byteplus(), seed: 0x5EED_0002),
        FuzzedDialect(name: "JieKou", folder: "jiekou", dialect: JieKou(), seed: 0x5EED_0003),
        FuzzedDialect(name: "APIXO", folder: "apixo", dialect: APIXO(), seed: 0x5EED_0004),
        FuzzedDialect(name: "SeedanceAPIOrg", folder: "seedanceapi", dialect: SeedanceAPIOrg(), seed: 0x5EED_0005),
    ]
}
