import Foundation
import ModelArk
import SeedanceContentArray
import SeedanceCore
import Testing

/// ``ModelArkRegion``: BytePlus, Volcengine and PPIO's Ark-compatible host, each with its provider id, endpoint, default model and model ids.
@Suite("ModelArk regions", .timeLimit(.minutes(3)))
struct ModelArkRegionTests {
    @Test("each region's provider id, endpoint and default model")
    func regions() {
        #expect(ModelArkRegion.allCases == [.byteplus, .volcengine, .ppio])
        #expect(ModelArkRegion.byteplus.providerID == "byteplus" && ModelArkRegion.volcengine.providerID == "volcengine")
        #expect(ModelArkRegion.ppio.providerID == "ppio-ark" && ModelArkRegion(rawValue: "ppio-ark") == .ppio)
        #expect(ModelArkRegion.byteplus.defaultBaseURL.absoluteString == "https://ark.ap-southeast.bytepluses.com/api/v3")
        #expect(ModelArkRegion.volcengine.defaultBaseURL.absoluteString == "https://ark.cn-beijing.volces.com/api/v3")
        #expect(ModelArkRegion.ppio.defaultBaseURL.absoluteString == "https://api.ppio.com/v3/bytedance-cn/metered")
        #expect(ModelArkRegion.byteplus.defaultModel == "dreamina-seedance-2-0-260128")
        #expect(ModelArkRegion.volcengine.defaultModel == "doubao-seedance-2-0-260128")
        #expect(ModelArkRegion.ppio.defaultModel == "doubao-seedance-2-0-260128")
        #expect(ModelArkRegion(rawValue: "volcengine") == .volcengine && ModelArkRegion(rawValue: "BytePlus") == nil)
    }

    @Test("each region lists its 2.x models first (the default first of all), then the five 1.x models; PPIO only 2.x")
    func knownModels() {
        let seedance1: [ContentArrayModel] = [
            .seedance1(.v1_5Pro), .seedance1(.v1_0Pro), .seedance1(.v1_0ProFast), .seedance1(.v1_0LiteT2V), .seedance1(.v1_0LiteI2V),
        ]
        let volcengine2: [ContentArrayModel] = [.seedance2(.v2_0), .seedance2(.v2_0Fast), .seedance2(.v2_0Mini), .seedance2(.v2_5)]
        #expect(ModelArkRegion.byteplus.knownModels.map(\.model) == volcengine2 + [.seedance2(.v2_5Premium)] + seedance1)
        #expect(ModelArkRegion.volcengine.knownModels.map(\.model) == volcengine2 + seedance1)
        #expect(ModelArkRegion.ppio.knownModels.map(\.model) == volcengine2)
        for region in ModelArkRegion.allCases {
            #expect(region.knownModels.first?.id == region.defaultModel, "\(region)")
            #expect(region.knownModels.allSatisfy { ContentArrayModel.recognise($0.id) == $0.model }, "\(region)")
        }
        #expect(ModelArkRegion.volcengine.knownModels.allSatisfy { $0.id.rawValue.hasPrefix("doubao-seedance-") })
        #expect(
            ModelArkRegion.byteplus.knownModels.map(\.id.rawValue)
                == [
                    "dreamina-seedance-2-0-260128", "dreamina-seedance-2-0-fast-260128", "dreamina-seedance-2-0-mini-260615",
                    "dreamina-seedance-2-5-260628", "dreamina-seedance-2-5-premium-260915", "seedance-1-5-pro-251215", "seedance-1-0-pro-250528",
                    "seedance-1-0-pro-fast-251015", "seedance-1-0-lite-t2v-250428", "seedance-1-0-lite-i2v-250428",
                ])
        #expect(
            ModelArkRegion.ppio.knownModels.map(\.id.rawValue)
                == ["doubao-seedance-2-0-260128", "doubao-seedance-2-0-fast-260128", "doubao-seedance-2-0-mini-260615", "doubao-seedance-2-5-260628"])
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
