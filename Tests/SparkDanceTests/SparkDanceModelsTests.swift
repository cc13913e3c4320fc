import Foundation
import SeedanceContentArray
import SeedanceCore
import SparkDance
import Testing

/// ``SparkDanceModels``: the spark_dance model ids, each mapped to the Seedance 1.x variant whose limits it gets.
@Suite("SparkDance model table", .timeLimit(.minutes(1)))
struct SparkDanceModelsTests {
    @Test("the four spark_dance ids and their variants; any other id has none")
    func table() {
        #expect(
            SparkDanceModels.known.map(\.id.rawValue)
                == ["spark_dance_v1_5_pro", "spark_dance_v1_0_pro", "spark_dance_v1_0_pro_fast", "spark_dance_v1_0_lite_t2v"])
        #expect(SparkDanceModels.known.map(\.model) == [.v1_5Pro, .v1_0Pro, .v1_0ProFast, .v1_0LiteT2V])
        #expect(SparkDanceModels.variant(of: .vtrixSeedance1_0ProFast) == .v1_0ProFast)
        #expect(SparkDanceModels.variant(of: "seedance-1-5-pro-251215") == nil && SparkDanceModels.variant(of: "SPARK_DANCE_V1_5_PRO") == nil)
    }

    @Test("the dialect lists the table with its default first, and refuses any other id naming every known one")
    func throughTheDialect() throws {
        let lite = SparkDance(model: .vtrixSeedance1_0LiteT2V)
        #expect(
            lite.capabilities.models.map(\.id)
                == [.vtrixSeedance1_0LiteT2V, .vtrixSeedance1_5Pro, .vtrixSeedance1_0Pro, .vtrixSeedance1_0ProFast])
        #expect(try lite.modelCapabilities(for: .vtrixSeedance1_0LiteT2V).images.maxImages == 0)
        #expect(try lite.modelCapabilities(for: .vtrixSeedance1_5Pro).supportedFields.contains(.draft))
        let error = #expect(throws: SeedanceError.self) { try lite.modelCapabilities(for: "spark_dance_v2_0") }
        #expect(error?.field == "model" && error?.allowed == SparkDanceModels.known.map(\.id.rawValue).joined(separator: ", "))
        #expect(error?.message.contains("is not a spark_dance Seedance 1.x model this SDK knows") == true)
    }
}
