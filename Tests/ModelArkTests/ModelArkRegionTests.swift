import Foundation
import ModelArk
import SeedanceContentArray
import SeedanceCore
import Testing

/// ``ModelArkRegion``: BytePlus and Volcengine, each with its provider id, endpoint, default model and model ids.
@Suite("ModelArk regions", .timeLimit(.minutes(1)))
struct ModelArkRegionTests {
    @Test("each region's provider id, endpoint and default model")
    func regions() {
        #expect(ModelArkRegion.allCases == [.byteplus, .volcengine])
        #expect(ModelArkRegion.byteplus.providerID == "byteplus" && ModelArkRegion.volcengine.providerID == "volcengine")
        #expect(ModelArkRegion.byteplus.defaultBaseURL.absoluteString == "https://ark.ap-southeast.bytepluses.com/api/v3")
        #expect(ModelArkRegion.volcengine.defaultBaseURL.absoluteString == "https://ark.cn-beijing.volces.com/api/v3")
        #expect(ModelArkRegion.byteplus.defaultModel == "seedance-1-5-pro-251215")
        #expect(ModelArkRegion.volcengine.defaultModel == "doubao-seedance-1-5-pro-251215")
        #expect(ModelArkRegion(rawValue: "volcengine") == .volcengine && ModelArkRegion(rawValue: "BytePlus") == nil)
    }

    @Test("each region's model ids map to the same five variants; Volcengine spells them with doubao-")
    func knownModels() {
        let variants: [Seedance1Model] = [.v1_5Pro, .v1_0Pro, .v1_0ProFast, .v1_0LiteT2V, .v1_0LiteI2V]
        for region in ModelArkRegion.allCases {
            #expect(region.knownModels.map(\.model) == variants, "\(region)")
            #expect(region.knownModels.first?.id == region.defaultModel, "\(region)")
        }
        #expect(ModelArkRegion.volcengine.knownModels.allSatisfy { $0.id.rawValue.hasPrefix("doubao-seedance-") })
        #expect(ModelArkRegion.byteplus.knownModels.allSatisfy { $0.id.rawValue.hasPrefix("seedance-") })
    }

    @Test("a dialect of a region takes the region's endpoint, provider and models, unless given its own")
    func throughTheDialect() {
        let volcengine = ModelArk(region: .volcengine)
        #expect(volcengine.provider == ModelArkRegion.volcengine.providerID && volcengine.baseURL == ModelArkRegion.volcengine.defaultBaseURL)
        #expect(volcengine.capabilities.models.map(\.id) == ModelArkRegion.volcengine.knownModels.map(\.id))
        let local = ModelArk(model: "seedance-1-0-pro-250528", region: .byteplus, baseURL: URL(string: "http://127.0.0.1:9/api/v3"))
        #expect(local.baseURL.absoluteString == "http://127.0.0.1:9/api/v3" && local.capabilities.models.first?.id == "seedance-1-0-pro-250528")
    }
}
