import Foundation
import SeedanceCore

/// The seedanceapi.org "generate/status" dialect (docs/dialects/seedanceapi.md): `POST /v1/generate` and
/// `GET /v1/status?task_id=…`, every answer wrapped in `{code, message, data}`, billed in credits.
///
/// Pure: it builds requests and reads answers, and never touches the network or the API key. The API takes one image
/// (a first frame) and sends `duration` as a string (`"4"`, `"8"`, `"12"`). ``estimatedCredits(for:)`` prices a
/// request before it is sent; a finished task reports what it consumed in ``TaskSnapshot/usage``.
/// Callbacks (`callback_url`) are accepted; their payload is undocumented, and ``parseCallback(_:)`` reads the bodies
/// that follow the status shape. Callbacks are not signed: confirm one with a status request before acting on it.
public struct SeedanceAPIOrg: CallbackDialect {
    /// The provider id, `seedanceapi.org`.
    public static let providerID: ProviderID = "seedanceapi.org"
    /// `https://seedanceapi.org/v1`.
    public static let defaultBaseURL = URL(string: "https://seedanceapi.org/v1")!

    /// `seedanceapi.org`.
    public var provider: ProviderID { Self.providerID }
    /// The API base, including its `/v1` path; the only host that receives the key.
    public var baseURL: URL

    /// Builds the dialect on `baseURL`.
    public init(baseURL: URL = SeedanceAPIOrg.defaultBaseURL) {
        self.baseURL = baseURL
    }

    /// `seedance-1.5`: the v1 API serves one model and has no model field.
    public var defaultModel: ModelID { .seedanceapiSeedance1_5 }
    /// Seedance 1.5 on seedanceapi.org; other model ids are refused.
    public var capabilities: Capabilities { SeedanceAPIOrgModels.capabilities }

    /// The provider publishes no timings [INFERRED]: first poll after 15 s, then every 5…20 s; the engine learns real
    /// durations from finished tasks. With no request (resuming by id) the first poll may come at once.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        PollingHints(expectedDuration: nil, firstPollDelay: request == nil ? .zero : .seconds(15), minimumInterval: .seconds(5), maximumInterval: .seconds(20))
    }
}
