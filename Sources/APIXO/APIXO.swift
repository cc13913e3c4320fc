import Foundation
import SeedanceCore

/// The APIXO "generateTask/statusTask" dialect (docs/dialects/apixo.md): `POST /api/v1/generateTask/{model}` and
/// `GET /api/v1/statusTask/{model}?taskId=…`, every answer wrapped in `{code, message, data}`.
///
/// Pure: it builds requests and reads answers, and never touches the network or the API key. One value serves one
/// model, because the status URL must name the model the task was created with; a request naming another model is
/// refused. Results come by polling or, with ``VideoRequest/callbackURL`` set, by APIXO POSTing the status envelope to
/// your server (``parseCallback(_:)``). Callbacks are not signed: confirm one with a status request before acting.
///
/// Seedance 1.5 Pro: `input.sound` is always sent (the provider requires it): ``VideoRequest/generateAudio``, or
/// `false` when unset. Durations 4…12 s are accepted; APIXO recommends 4, 8 or 12 for predictable pricing tiers.
/// Seedance 2.0 (`seedance-2-0`, `-fast`, `-mini`): `input.mode` follows from the request (text, first and last
/// frames, or references), every medium is a URL, 4…15 s.
public struct APIXO: CallbackDialect {
    /// The provider id, `apixo`.
    public static let providerID: ProviderID = "apixo"
    /// `https://api.apixo.ai`.
    public static let defaultBaseURL = URL(string: "https://api.apixo.ai")!

    /// `apixo`.
    public var provider: ProviderID { Self.providerID }
    /// The API host; the only one that receives the key.
    public var baseURL: URL
    /// The model every task of this value is created with and queried under (`seedance-1-5-pro`, `seedance-2-0`,
    /// `seedance-2-0-fast`, `seedance-2-0-mini`).
    public var model: ModelID
    /// The routing strategy sent as `provider`, or `nil` to omit it (APIXO then applies `auto`).
    public var routing: ProviderRouting?

    /// Builds the dialect for `model` on `baseURL`, sending `routing` when given.
    public init(baseURL: URL = APIXO.defaultBaseURL, model: ModelID = .apixoSeedance1_5Pro, routing: ProviderRouting? = nil) {
        self.baseURL = baseURL
        self.model = model
        self.routing = routing
    }

    /// The configured ``model``.
    public var defaultModel: ModelID { model }
    /// Seedance 1.5 Pro's and the Seedance 2.0 models' limits on APIXO; other ids get Seedance 1.5 Pro's limits (and its
    /// body).
    public var capabilities: Capabilities { APIXOModels.capabilities }

    /// From APIXO's documentation (docs/dialects/apixo.md): a 4 s video takes ~40–60 s, 8 s ~60–90 s, 12 s ~90–120 s;
    /// first poll after ~50 s, then every ~5 s. The Seedance 2.0 models have no published timings: they get the core's
    /// shared Seedance 2.x estimate (first poll at half the expected time, then every 5…30 s). With no request
    /// (resuming by id) the first poll may come at once.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        APIXOPollingHints.hints(for: request, model: model)
    }
}
