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
/// Seedance 2.0 and 2.0 fast (`spark_dance_v2_0`, `spark_dance_v2_0_fast`) take the same wrapper with the 2.x content
/// array (reference images, videos and audio) and the official API's parameter names inside `params`
/// (docs/dialects/sparkdance.md, "Seedance 2.x").
///
/// Pure: builds requests and reads responses, no I/O. Models outside the known spark_dance models are refused by
/// ``validate(_:)`` (each spark_dance model has its own parameter set).
///
/// ```swift
/// let dialect = SparkDance()                              // spark_dance_v2_0
/// let legacy = SparkDance(model: .vtrixSeedance1_5Pro)    // Seedance 1.5 Pro
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

    /// A Vtrix dialect for `model` (default `spark_dance_v2_0`) at `baseURL`. Nothing is checked here: an unknown
    /// model is refused by ``validate(_:)``, and the client checks the base URL before sending a key to it.
    public init(model: ModelID = .vtrixSeedance2_0, baseURL: URL = SparkDance.defaultBaseURL) {
        self.defaultModel = model
        self.baseURL = baseURL
    }

    /// The spark_dance models (Seedance 2.0, 2.0 fast and four 1.x models), the default first.
    public var capabilities: Capabilities {
        let models = SparkDanceModels.known.map { $0.model.capabilities(id: $0.id) }
        let ordered = models.filter { $0.id == defaultModel } + models.filter { $0.id != defaultModel }
        return Capabilities(models: ordered, unknownModel: nil)
    }

    /// The limits of `model`. Throws `.invalidRequest` (field `model`) for an id that is not a known spark_dance
    /// model, naming the models Vtrix serves (a Seedance 2.x name Vtrix does not serve, such as 2.0 mini or 2.5, says
    /// so).
    public func modelCapabilities(for model: ModelID) throws -> ModelCapabilities {
        guard let known = SparkDanceModels.model(of: model) else {
            throw SeedanceError.invalid(
                "model", value: model.rawValue, allowed: SparkDanceModels.known.map(\.id.rawValue).joined(separator: ", "),
                provider: provider, model: model, reason: SparkDanceModels.refusalReason(for: model))
        }
        return known.capabilities(id: model)
    }

    /// Where to poll: Seedance 2.x (`Seedance2GenerationTime`) or 1.x (`Seedance1GenerationTime`) generation-time
    /// estimates.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        ContentArrayModel.pollingHints(SparkDanceModels.model(of: request?.model ?? defaultModel), request: request)
    }
}
