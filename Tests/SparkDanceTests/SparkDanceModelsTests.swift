import Foundation
import SeedanceContentArray
import SeedanceCore
import SparkDance
import Testing

/// ``SparkDanceModels``: the spark_dance model ids, each mapped to the Seedance model whose limits it gets.
@Suite("SparkDance model table", .timeLimit(.minutes(3)))
struct SparkDanceModelsTests {
    @Test("the six spark_dance ids and their models; any other id has none")
    func table() {
        #expect(
            SparkDanceModels.known.map(\.id.rawValue)
                == [
                    "spark_dance_v2_0", "spark_dance_v2_0_fast", "spark_dance_v1_5_pro", "spark_dance_v1_0_pro", "spark_dance_v1_0_pro_fast",
                    "spark_dance_v1_0_lite_t2v",
                ])
        #expect(
            SparkDanceModels.known.map(\.model)
                == [.seedance2(.v2_0), .seedance2(.v2_0Fast), .seedance1(.v1_5Pro), .seedance1(.v1_0Pro), .seedance1(.v1_0ProFast), .seedance1(.v1_0LiteT2V)])
        #expect(SparkDanceModels.model(of: .vtrixSeedance1_0ProFast) == .seedance1(.v1_0ProFast))
        #expect(SparkDanceModels.model(of: "seedance-1-5-pro-251215") == nil && SparkDanceModels.model(of: "SPARK_DANCE_V1_5_PRO") == nil)
    }

    @Test("the dialect lists the table with its default first, and refuses any other id naming every known one")
    func throughTheDialect() throws {
        let lite = SparkDance(model: .vtrixSeedance1_0LiteT2V)
        #expect(
            lite.capabilities.models.map(\.id)
                == [.vtrixSeedance1_0LiteT2V, .vtrixSeedance2_0, .vtrixSeedance2_0Fast, .vtrixSeedance1_5Pro, .vtrixSeedance1_0Pro, .vtrixSeedance1_0ProFast])
        #expect(try lite.modelCapabilities(for: .vtrixSeedance1_0LiteT2V).images.maxImages == 0)
        #expect(try lite.modelCapabilities(for: .vtrixSeedance1_5Pro).supportedFields.contains(.draft))
        let error = #expect(throws: SeedanceError.self) { try lite.modelCapabilities(for: "spark_dance_v3_0") }
        #expect(error?.field == "model" && error?.allowed == SparkDanceModels.known.map(\.id.rawValue).joined(separator: ", "))
        #expect(error?.message.contains("is not a spark_dance model this SDK knows") == true)
    }

    @Test("spark_dance_v2_0 is the default; both 2.x models take the official 2.0-family limits")
    func seedance2Models() throws {
        let dialect = SparkDance()
        #expect(dialect.defaultModel == "spark_dance_v2_0" && dialect.capabilities.models.first?.id == "spark_dance_v2_0")
        let full = try dialect.modelCapabilities(for: .vtrixSeedance2_0)
        #expect(full.resolutions == [.p480, .p720, .p1080, .p4k] && full.references?.maxImages == 9 && full.references?.maxVideos == 3)
        #expect(full.durations.seconds == Array(4...15) && full.durations.allowsAuto && !full.supportedFields.contains(.cameraFixed))
        let fast = try dialect.modelCapabilities(for: .vtrixSeedance2_0Fast)
        #expect(fast.resolutions == [.p480, .p720] && fast.references?.audioAlone == false && !fast.supportedFields.contains(.draft))
    }

    @Test(
        "a 2.x model Vtrix does not serve is refused naming the two it does",
        arguments: ["spark_dance_v2_0_mini", "spark_dance_v2_5", "spark_dance_v2_5_premium", "dreamina-seedance-2-5-260628"])
    func unservedSeedance2(_ id: String) {
        let error = #expect(throws: SeedanceError.self) { try SparkDance().validate(VideoRequest(prompt: "p", model: ModelID(rawValue: id))) }
        #expect(error?.category == .invalidRequest && error?.field == "model" && error?.provider == "vtrix" && error?.value == id)
        #expect(error?.message.contains("spark_dance_v2_0 and spark_dance_v2_0_fast (no 2.0 mini, no 2.5)") == true, "\(error?.message ?? "")")
    }
}
