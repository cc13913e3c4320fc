import Foundation
import SeedanceContentArray
import SeedanceCore

/// The spark_dance "content-array" dialect, served by Vtrix (`cloud.vtrix.ai`; docs/dialects/sparkdance.md).
///
/// `POST {base}/model/v1/generation` with `{"model": "spark_dance_v1_5_pro", "input": [{"params": {…}}]}`, where
/// `params` holds the upstream Seedance parameters (`content` array, `resolution`, `ratio`, `duration` …), then
/// `GET {base}/model/v1/generation/task/{id}` until `completed` or `failed` (docs/dialects/sparkdance.md). Callbacks: a
/// `callback_url` is accepted; the body the provider POSTs is assumed to be the task object [INFERRED]. There is
/// no cancel and no list: the client throws `.unsupported` for those without sending anything.
///
/// Pure: builds requests and reads responses, no I/O. Models outside the known spark_dance models are refused by
/// ``validate(_:)`` (each spark_dance model has its own parameter set).
///
/// ```swift
/// let dialect = SparkDance(model: .vtrixSeedance1_5Pro)
/// ```
public struct SparkDance: CallbackDialect {
    /// `vtrix`.
    public static let providerID: ProviderID = "vtrix"
    /// `https://cloud.vtrix.ai`.
    public static let defaultBaseURL = URL(string: "https://cloud.vtrix.ai")!

    /// `vtrix`.
    public var provider: ProviderID { Self.providerID }
    /// The API's base URL (default ``defaultBaseURL``).
    public var baseURL: URL
    /// The model used when a request names none.
    public var defaultModel: ModelID

    /// A Vtrix dialect for `model` at `baseURL`. Nothing is checked here: an unknown model is refused by
    /// ``validate(_:)``, and the client checks the base URL before sending a key to it.
    public init(model: ModelID = .vtrixSeedance1_5Pro, baseURL: URL = SparkDance.defaultBaseURL) {
        self.defaultModel = model
        self.baseURL = baseURL
    }

    /// The four spark_dance Seedance 1.x models, the default first.
    public var capabilities: Capabilities {
        let models = SparkDanceModels.known.map { $0.model.capabilities(id: $0.id) }
        let ordered = models.filter { $0.id == defaultModel } + models.filter { $0.id != defaultModel }
        return Capabilities(models: ordered, unknownModel: nil)
    }

    /// The limits of `model`. Throws `.invalidRequest` (field `model`) for an id that is not a known spark_dance
    /// Seedance 1.x model.
    public func modelCapabilities(for model: ModelID) throws -> ModelCapabilities {
        guard let variant = SparkDanceModels.variant(of: model) else {
            throw SeedanceError.invalid(
                "model", value: model.rawValue, allowed: SparkDanceModels.known.map(\.id.rawValue).joined(separator: ", "),
                provider: provider, model: model, reason: "is not a spark_dance Seedance 1.x model this SDK knows")
        }
        return variant.capabilities(id: model)
    }

    /// Where to poll: Seedance 1.x generation-time estimates (`Seedance1GenerationTime`).
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        let model = SparkDanceModels.variant(of: request?.model ?? defaultModel)
        return Seedance1GenerationTime.pollingHints(model, request: request)
    }
}
