import Foundation
import SeedanceContentArray
import SeedanceCore

/// The official upstream API: BytePlus ModelArk / Volcengine Ark "content generation tasks", and PPIO's
/// Ark-compatible host (docs/dialects/modelark.md).
///
/// `POST {base}/contents/generations/tasks` with the content array and parameters at the top level, `GET
/// …/tasks/{id}`, `GET …/tasks?page_num=…` to list, `DELETE …/tasks/{id}` to cancel a queued task or delete a
/// finished task's record. Any model id is accepted (dated ids and `ep-…` endpoint ids alike): Seedance 1.x and 2.x
/// ids are validated on their model's limits, others on generic rules (the union of every 1.x and 2.x field and
/// value). On BytePlus a Seedance 2.x id must be spelled `dreamina-…`. Callbacks: `callback_url`, body assumed to be
/// the task object [INFERRED, docs/dialects/modelark.md].
///
/// Moving from the Vtrix reseller to the official API is one line:
/// ```swift
/// let dialect = SparkDance(model: .vtrixSeedance2_0)   // before
/// let dialect = ModelArk.byteplus()                    // after (dreamina-seedance-2-0-260128)
/// ```
/// Pure: builds requests and reads responses, no I/O.
public struct ModelArk: CancellableDialect, DeletableDialect, ListableDialect, CallbackDialect {
    /// BytePlus, Volcengine or PPIO's Ark-compatible host.
    public var region: ModelArkRegion
    /// The API's base URL (default: the region's).
    public var baseURL: URL
    /// The model used when a request names none (default: Seedance 2.0 as the region spells it).
    public var defaultModel: ModelID

    /// The official API in `region`, for `model` (default: the region's Seedance 2.0 id) at `baseURL` (default: the
    /// region's host). Nothing is checked here; the client checks the base URL before sending a key.
    public init(model: ModelID? = nil, region: ModelArkRegion = .byteplus, baseURL: URL? = nil) {
        self.region = region
        self.defaultModel = model ?? region.defaultModel
        self.baseURL = baseURL ?? region.defaultBaseURL
    }

    /// BytePlus ModelArk (international), provider `byteplus`; default model `dreamina-seedance-2-0-260128`.
    public static func byteplus(model: ModelID = .byteplusSeedance2_0, baseURL: URL? = nil) -> ModelArk {
        ModelArk(model: model, region: .byteplus, baseURL: baseURL)
    }

    /// Volcengine Ark (mainland China), provider `volcengine`; default model `doubao-seedance-2-0-260128`.
    public static func volcengine(model: ModelID = .volcengineSeedance2_0, baseURL: URL? = nil) -> ModelArk {
        ModelArk(model: model, region: .volcengine, baseURL: baseURL)
    }

    /// PPIO's Ark-compatible host (`https://api.ppio.com/v3/bytedance-cn/metered`), provider `ppio-ark`: Ark bodies
    /// with Volcengine's Seedance 2.x ids; default model `doubao-seedance-2-0-260128`.
    public static func ppio(model: ModelID = .volcengineSeedance2_0, baseURL: URL? = nil) -> ModelArk {
        ModelArk(model: model, region: .ppio, baseURL: baseURL)
    }

    /// `byteplus`, `volcengine` or `ppio-ark`.
    public var provider: ProviderID { region.providerID }

    /// The region's models (the default first, added when it is a recognised id the region list does not hold),
    /// generic rules for any other id.
    public var capabilities: Capabilities {
        var models = region.knownModels.map { $0.model.capabilities(id: $0.id) }
        if let index = models.firstIndex(where: { $0.id == defaultModel }) {
            models.insert(models.remove(at: index), at: 0)
        } else if let model = ContentArrayModel.recognise(defaultModel) {
            models.insert(model.capabilities(id: defaultModel), at: 0)
        }
        return Capabilities(models: models, unknownModel: ContentArrayModel.unknownModel())
    }

    /// Where to poll: Seedance 2.x (`Seedance2GenerationTime`) and 1.x (`Seedance1GenerationTime`) generation-time
    /// estimates; for an unrecognised model, generic bounds.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        ContentArrayModel.pollingHints(ContentArrayModel.recognise(request?.model ?? defaultModel), request: request)
    }
}
