import Foundation
import SeedanceContentArray
import SeedanceCore

/// Where the official API is served: BytePlus ModelArk (international) or Volcengine Ark (mainland China). Same
/// wire format; different host, provider id and model-id spelling (docs/dialects/modelark.md).
public enum ModelArkRegion: String, Sendable, Hashable, CaseIterable {
    /// BytePlus ModelArk, `https://ark.ap-southeast.bytepluses.com/api/v3`, provider `byteplus`.
    case byteplus
    /// Volcengine Ark, `https://ark.cn-beijing.volces.com/api/v3`, provider `volcengine`.
    case volcengine

    /// `byteplus` or `volcengine`, named in every error.
    public var providerID: ProviderID { ProviderID(rawValue: rawValue) }

    /// The region's API base URL.
    public var defaultBaseURL: URL {
        switch self {
        case .byteplus: URL(string: "https://ark.ap-southeast.bytepluses.com/api/v3")!
        case .volcengine: URL(string: "https://ark.cn-beijing.volces.com/api/v3")!
        }
    }

    /// Seedance 1.5 Pro as the region spells it.
    public var defaultModel: ModelID {
        switch self {
        case .byteplus: .byteplusSeedance1_5Pro
        case .volcengine: .volcengineSeedance1_5Pro
        }
    }

    /// The Seedance 1.x model ids of the region, for the capability matrix. Other dated ids of the same models
    /// are recognised by name (by their Seedance 1.x name); any other id is allowed on generic rules.
    package var knownModels: [(id: ModelID, model: Seedance1Model)] {
        switch self {
        case .byteplus:
            [
                (.byteplusSeedance1_5Pro, .v1_5Pro), ("seedance-1-0-pro-250528", .v1_0Pro), ("seedance-1-0-pro-fast-251015", .v1_0ProFast),
                ("seedance-1-0-lite-t2v-250428", .v1_0LiteT2V), ("seedance-1-0-lite-i2v-250428", .v1_0LiteI2V),
            ]
        case .volcengine:
            [
                (.volcengineSeedance1_5Pro, .v1_5Pro), ("doubao-seedance-1-0-pro-250528", .v1_0Pro),
                ("doubao-seedance-1-0-pro-fast-251015", .v1_0ProFast), ("doubao-seedance-1-0-lite-t2v-250428", .v1_0LiteT2V),
                ("doubao-seedance-1-0-lite-i2v-250428", .v1_0LiteI2V),
            ]
        }
    }
}
