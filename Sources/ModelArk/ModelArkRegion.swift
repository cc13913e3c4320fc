import Foundation
import SeedanceContentArray
import SeedanceCore

/// Where the official API is served: BytePlus ModelArk (international), Volcengine Ark (mainland China), or an
/// Ark-compatible host (PPIO). Same wire format; different host, provider id and model-id spelling
/// (docs/dialects/modelark.md).
public enum ModelArkRegion: String, Sendable, Hashable, CaseIterable {
    /// BytePlus ModelArk, `https://ark.ap-southeast.bytepluses.com/api/v3`, provider `byteplus`; Seedance 2.x ids
    /// start with `dreamina-`.
    case byteplus
    /// Volcengine Ark, `https://ark.cn-beijing.volces.com/api/v3`, provider `volcengine`; ids start with `doubao-`.
    case volcengine
    /// PPIO's Ark-compatible route, `https://api.ppio.com/v3/bytedance-cn/metered`, provider `ppio-ark` (`ppio` is
    /// PPIO's flat `/v3/async` dialect): Ark bodies with Volcengine's Seedance 2.x ids, as PPIO's public Seedance
    /// README describes it (docs/dialects/modelark.md, "PPIO's Ark-compatible host").
    case ppio = "ppio-ark"

    /// `byteplus`, `volcengine` or `ppio-ark`, named in every error.
    public var providerID: ProviderID { ProviderID(rawValue: rawValue) }

    /// The region's API base URL.
    public var defaultBaseURL: URL {
        switch self {
        case .byteplus: URL(string: "https://ark.ap-southeast.bytepluses.com/api/v3")!
        case .volcengine: URL(string: "https://ark.cn-beijing.volces.com/api/v3")!
        case .ppio: URL(string: "https://api.ppio.com/v3/bytedance-cn/metered")!
        }
    }

    /// Seedance 2.0 as the region spells it (`dreamina-seedance-2-0-260128` on BytePlus, `doubao-seedance-2-0-260128`
    /// elsewhere). Seedance 1.x is no longer a default: 1.5 Pro is reported deprecated on the official API.
    public var defaultModel: ModelID {
        switch self {
        case .byteplus: .byteplusSeedance2_0
        case .volcengine, .ppio: .volcengineSeedance2_0
        }
    }

    /// The model ids the region serves, for the capability matrix and `seedance providers`, the default first. Other
    /// dated ids of the same models are recognised by name; any other id is allowed on generic rules. BytePlus's
    /// `dreamina-seedance-2-5-flash-261115` is recognised when passed (conservative limits) but not listed: only
    /// router documentation names it.
    package var knownModels: [(id: ModelID, model: ContentArrayModel)] {
        switch self {
        case .byteplus:
            [
                (.byteplusSeedance2_0, .seedance2(.v2_0)), (.byteplusSeedance2_0Fast, .seedance2(.v2_0Fast)),
                (.byteplusSeedance2_0Mini, .seedance2(.v2_0Mini)), (.byteplusSeedance2_5, .seedance2(.v2_5)),
                (.byteplusSeedance2_5Premium, .seedance2(.v2_5Premium)),
                (.byteplusSeedance1_5Pro, .seedance1(.v1_5Pro)), ("seedance-1-0-pro-250528", .seedance1(.v1_0Pro)),
                ("seedance-1-0-pro-fast-251015", .seedance1(.v1_0ProFast)), ("seedance-1-0-lite-t2v-250428", .seedance1(.v1_0LiteT2V)),
                ("seedance-1-0-lite-i2v-250428", .seedance1(.v1_0LiteI2V)),
            ]
        case .volcengine:
            Self.volcengine2x + [
                (.volcengineSeedance1_5Pro, .seedance1(.v1_5Pro)), ("doubao-seedance-1-0-pro-250528", .seedance1(.v1_0Pro)),
                ("doubao-seedance-1-0-pro-fast-251015", .seedance1(.v1_0ProFast)),
                ("doubao-seedance-1-0-lite-t2v-250428", .seedance1(.v1_0LiteT2V)),
                ("doubao-seedance-1-0-lite-i2v-250428", .seedance1(.v1_0LiteI2V)),
            ]
        case .ppio:
            Self.volcengine2x
        }
    }

    /// Volcengine's Seedance 2.x ids, also what PPIO's Ark-compatible route serves.
    private static let volcengine2x: [(id: ModelID, model: ContentArrayModel)] = [
        (.volcengineSeedance2_0, .seedance2(.v2_0)), (.volcengineSeedance2_0Fast, .seedance2(.v2_0Fast)),
        (.volcengineSeedance2_0Mini, .seedance2(.v2_0Mini)), (.volcengineSeedance2_5, .seedance2(.v2_5)),
    ]
}
