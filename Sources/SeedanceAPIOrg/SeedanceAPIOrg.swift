import Foundation
import SeedanceCore

/// The seedanceapi.org "generate/status" dialect (docs/dialects/seedanceapi.md): `POST /v1/generate` and
/// `GET /v1/status?task_id=…` for Seedance 1.5, `POST /v2/generate` and `GET /v2/status?task_id=…` for the Seedance 2.0
/// models, every answer wrapped in `{code, message, data}`, billed in credits.
///
/// Pure: it builds requests and reads answers, and never touches the network or the API key. One value serves one API
/// version, chosen by its configured ``model``, because a status request must go to the version that created the task:
/// `seedance-1.5` (the default) speaks v1, `seedance-2.0`, `seedance-2.0-fast` and `seedance-2-mini` speak v2 (a
/// request may name any model of its value's version; another version's model is refused before sending).
///
/// v1 takes one image (a first frame) and sends `duration` as a string (`"4"`, `"8"`, `"12"`); v2 names the model in
/// the body, sends `duration` as a number (5, 10, 15; mini 4…15) and takes up to four reference images.
/// ``estimatedCredits(for:)`` prices a request before it is sent; a finished task reports what it consumed in
/// ``TaskSnapshot/usage``. Callbacks (`callback_url`) are accepted; their payload is undocumented, and
/// ``parseCallback(_:)`` reads the bodies that follow the status shape. Callbacks are not signed: confirm one with a
/// status request before acting on it.
public struct SeedanceAPIOrg: CallbackDialect {
    /// The provider id, `seedanceapi.org`.
    public static let providerID: ProviderID = "seedanceapi.org"
    /// `https://seedanceapi.org/v1`.
    public static let defaultBaseURL = URL(string: "https://seedanceapi.org/v1")!
    /// `https://seedanceapi.org/v2`, the base of the Seedance 2.0 models.
    public static let defaultV2BaseURL = URL(string: "https://seedanceapi.org/v2")!

    /// `seedance-1.5` when this value speaks v1, else the v2 model it was configured with.
    public let model: ModelID

    /// `seedanceapi.org`.
    public var provider: ProviderID { Self.providerID }
    /// The API base, including its version path (`…/v1` or `…/v2`); the only host that receives the key.
    public var baseURL: URL

    /// Builds the dialect for `model` on `baseURL`. For a Seedance 2.0 model, a base ending in `/v1` (the default, or
    /// the simulator's) is moved to its `/v2` sibling; any other base is used as given. An unknown model is refused by
    /// ``validate(_:)``.
    public init(baseURL: URL = SeedanceAPIOrg.defaultBaseURL, model: ModelID = .seedanceapiSeedance1_5) {
        self.model = model
        if SeedanceAPIOrgSeedance2Models.contains(model), baseURL.lastPathComponent == "v1" {
            self.baseURL = baseURL.deletingLastPathComponent().appendingPathComponent("v2")
        } else {
            self.baseURL = baseURL
        }
    }

    /// Whether this value speaks the v2 API (a Seedance 2.0 model is configured).
    public var speaksV2: Bool { SeedanceAPIOrgSeedance2Models.contains(model) }

    /// The configured ``model``.
    public var defaultModel: ModelID { model }
    /// Seedance 1.5 (v1) and the Seedance 2.0 models (v2), the configured model first; other model ids are refused.
    public var capabilities: Capabilities {
        let all = SeedanceAPIOrgModels.capabilities.models
        return Capabilities(models: all.filter { $0.id == model } + all.filter { $0.id != model }, unknownModel: nil)
    }

    /// The provider publishes no timings [INFERRED]. Seedance 1.5: first poll after 15 s, then every 5…20 s. The
    /// Seedance 2.0 models get the core's shared Seedance 2.x estimate (first poll at half the expected time, then
    /// every 5…30 s). The engine learns real durations from finished tasks. With no request (resuming by id) the first
    /// poll may come at once.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        guard let request else {
            return PollingHints(expectedDuration: nil, firstPollDelay: .zero, minimumInterval: .seconds(5), maximumInterval: .seconds(20))
        }
        if speaksV2 {
            let family: Seedance2Model =
                switch request.model ?? model {
                case .seedanceapiSeedance2_0Fast: .v2_0Fast
                case .seedanceapiSeedance2Mini: .v2_0Mini
                default: .v2_0
                }
            return Seedance2GenerationTime.pollingHints(family, request: request)
        }
        return PollingHints(expectedDuration: nil, firstPollDelay: .seconds(15), minimumInterval: .seconds(5), maximumInterval: .seconds(20))
    }
}
