import Foundation
import SeedanceCore

/// The APIXO "generateTask/statusTask" dialect (seed 003): `POST /api/v1/generateTask/{model}` and
/// `GET /api/v1/statusTask/{model}?taskId=…`, every answer wrapped in `{code, message, data}`.
///
/// Pure: it builds requests and reads answers, and never touches the network or the API key. One value serves one
/// model, because the status URL must name the model the task was created with; a request naming another model is
/// refused. Results come by polling or, with ``VideoRequest/callbackURL`` set, by APIXO POSTing the status envelope to
/// your server (``parseCallback(_:)``). Callbacks are not signed: confirm one with a status request before acting.
///
/// `input.sound` is always sent (the provider requires it): ``VideoRequest/generateAudio``, or `false` when unset.
/// Durations 4…12 s are accepted; APIXO recommends 4, 8 or 12 for predictable pricing tiers.
public struct APIXO: CallbackDialect {
    /// The provider id, `apixo`.
    public static let providerID: ProviderID = "apixo"
    /// `https://api.apixo.ai`.
    public static let defaultBaseURL = URL(string: "https://api.apixo.ai")!

    /// `apixo`.
    public var provider: ProviderID { Self.providerID }
    /// The API host; the only one that receives the key.
    public var baseURL: URL
    /// The model every task of this value is created with and queried under (`seedance-1-5-pro`).
    public var model: ModelID
    /// The routing strategy sent as `provider`, or `nil` to omit it (APIXO then applies `auto`).
    public var routing: ProviderRouting?

    /// Builds the dialect for `model` on `baseURL`, sending `routing` when given.
    public init(baseURL: URL = APIXO.defaultBaseURL, model: ModelID = .apixoSeedance15Pro, routing: ProviderRouting? = nil) {
        self.baseURL = baseURL
        self.model = model
        self.routing = routing
    }

    /// The configured ``model``.
    public var defaultModel: ModelID { model }
    /// Seedance 1.5 Pro's limits on APIXO; other ids get the same limits (APIXO's body is the same for them).
    public var capabilities: Capabilities { APIXOCapabilities.capabilities }

    /// `POST {base}/api/v1/generateTask/{model}` with the JSON body of `APIXORequestBody`. Throws `.invalidRequest`
    /// when the body cannot be built (an image that is not a URL, a colliding extra field).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let url = try URLBuilding.url(baseURL, path: ["api", "v1", "generateTask", model.rawValue], provider: provider)
        let body = try APIXORequestBody.json(for: request, routing: routing, provider: provider)
        return .createJSON(url, body: try JSONBody.encode(body))
    }

    /// `data.taskId` from a create answer. Throws the mapped error when HTTP or the inner `code` says error, and
    /// `.decoding` when a success carries no id.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: APIXOFailCode.category(for:)) }
        let created = try envelope.decodeData(CreatedTask.self, provider: provider, what: "create answer")
        guard let id = created.taskId?.value ?? created.task_id?.value, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status, message: "the create answer has no data.taskId",
                requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        return TaskID(rawValue: id)
    }

    /// `GET {base}/api/v1/statusTask/{model}?taskId={id}`, the id escaped. Throws `.invalidRequest` for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a task id returned by the create request", provider: provider)
        }
        let url = try URLBuilding.url(baseURL, path: ["api", "v1", "statusTask", model.rawValue], query: [("taskId", id.rawValue)], provider: provider)
        return .getJSON(url)
    }

    /// A snapshot from a status answer. Throws the mapped error (with `id`) when HTTP or the inner `code` says error,
    /// `.decoding` when `data` or `resultJson` is unreadable. A task failure is a snapshot, not a thrown error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else {
            throw envelope.error(provider: provider, taskID: id, categoryForCode: APIXOFailCode.category(for:))
        }
        return try APIXOStatusParser(provider: provider, model: model).snapshot(from: envelope, fallbackID: id)
    }

    /// A snapshot from a callback body: the status envelope APIXO POSTs to `callback_url`.
    ///
    /// Pure: the same body always gives the same snapshot, so repeated deliveries (APIXO retries up to 3 times when
    /// your server does not answer 200 within 30 s) are harmless. Callbacks are **not signed**: anyone can POST one.
    /// Act only after confirming the task with ``makeStatusRequest(for:)`` (the client's `confirm`). Throws the mapped
    /// error for an error envelope and `.decoding` for a body without `data.taskId` or with unreadable fields.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(body: body)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: APIXOFailCode.category(for:)) }
        return try APIXOStatusParser(provider: provider, model: model).snapshot(from: envelope, fallbackID: nil)
    }

    /// From seed 003: a 4 s video takes ~40–60 s, 8 s ~60–90 s, 12 s ~90–120 s; first poll after ~50 s, then every
    /// ~5 s. With no request (resuming by id) the first poll may come at once.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        APIXOPollingHints.hints(for: request)
    }
}

extension ModelID {
    /// `seedance-1-5-pro`, Seedance 1.5 Pro on APIXO.
    public static let apixoSeedance15Pro: ModelID = "seedance-1-5-pro"
}

/// The create answer's `data`.
private struct CreatedTask: Decodable {
    var taskId: LenientString?
    var task_id: LenientString?
}
