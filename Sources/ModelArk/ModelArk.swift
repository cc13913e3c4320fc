import Foundation
import SeedanceContentArray
import SeedanceCore

/// The official upstream API: BytePlus ModelArk / Volcengine Ark "content generation tasks"
/// (docs/dialects/modelark.md).
///
/// `POST {base}/contents/generations/tasks` with the content array and parameters at the top level, `GET
/// …/tasks/{id}`, `GET …/tasks?page_num=…` to list, `DELETE …/tasks/{id}` to cancel a queued task or delete a
/// finished task's record. Any model id is accepted (dated ids and `ep-…` endpoint ids alike): Seedance 1.x ids are
/// validated on their model's limits, others on generic rules. Callbacks: `callback_url`, body assumed to be the
/// task object [INFERRED, docs/dialects/modelark.md].
///
/// Moving from the Vtrix reseller to the official API is one line:
/// ```swift
/// let dialect = SparkDance(model: .vtrixSeedance1_5Pro)   // before
/// let dialect = ModelArk.byteplus()                       // after (seedance-1-5-pro-251215)
/// ```
/// Pure: builds requests and reads responses, no I/O.
public struct ModelArk: CancellableDialect, DeletableDialect, ListableDialect, CallbackDialect {
    /// BytePlus or Volcengine.
    public var region: ModelArkRegion
    /// The API's base URL (default: the region's).
    public var baseURL: URL
    /// The model used when a request names none (default: Seedance 1.5 Pro as the region spells it).
    public var defaultModel: ModelID

    /// The official API in `region`, for `model` (default: the region's Seedance 1.5 Pro id) at `baseURL`
    /// (default: the region's host). Nothing is checked here; the client checks the base URL before sending a key.
    public init(model: ModelID? = nil, region: ModelArkRegion = .byteplus, baseURL: URL? = nil) {
        self.region = region
        self.defaultModel = model ?? region.defaultModel
        self.baseURL = baseURL ?? region.defaultBaseURL
    }

    /// BytePlus ModelArk (international), provider `byteplus`.
    public static func byteplus(model: ModelID = .byteplusSeedance1_5Pro, baseURL: URL? = nil) -> ModelArk {
        ModelArk(model: model, region: .byteplus, baseURL: baseURL)
    }

    /// Volcengine Ark (mainland China), provider `volcengine`.
    public static func volcengine(model: ModelID = .volcengineSeedance1_5Pro, baseURL: URL? = nil) -> ModelArk {
        ModelArk(model: model, region: .volcengine, baseURL: baseURL)
    }

    /// `byteplus` or `volcengine`.
    public var provider: ProviderID { region.providerID }

    /// The region's Seedance 1.x models (the default first, added when it is a recognised id the region list does
    /// not hold), generic rules for any other id.
    public var capabilities: Capabilities {
        var models = region.knownModels.map { $0.model.capabilities(id: $0.id) }
        if let index = models.firstIndex(where: { $0.id == defaultModel }) {
            models.insert(models.remove(at: index), at: 0)
        } else if let variant = ModelArkModels.variant(of: defaultModel) {
            models.insert(variant.capabilities(id: defaultModel), at: 0)
        }
        return Capabilities(models: models, unknownModel: Seedance1Model.unknownModel())
    }

    /// Where to poll: Seedance 1.x generation-time estimates (`Seedance1GenerationTime`); for an unrecognised
    /// model, generic bounds.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        Seedance1GenerationTime.pollingHints(ModelArkModels.variant(of: request?.model ?? defaultModel), request: request)
    }
}
