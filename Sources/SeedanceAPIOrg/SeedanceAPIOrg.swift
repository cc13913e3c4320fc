import Foundation
import SeedanceCore

/// The seedanceapi.org "generate/status" dialect (seed 004): `POST /v1/generate` and `GET /v1/status?task_id=…`,
/// every answer wrapped in `{code, message, data}`, billed in credits.
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
    public var defaultModel: ModelID { .seedanceAPIOrg15 }
    /// Seedance 1.5 on seedanceapi.org; other model ids are refused.
    public var capabilities: Capabilities { SeedanceAPIOrgCapabilities.capabilities }

    /// `POST {base}/generate` with the JSON body of `SeedanceAPIOrgRequestBody`. Throws `.invalidRequest` when the
    /// body cannot be built (an image that is not a URL).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let url = try URLBuilding.url(baseURL, path: ["generate"], provider: provider)
        let body = try SeedanceAPIOrgRequestBody.json(for: request, provider: provider)
        return .createJSON(url, body: try JSONBody.encode(body))
    }

    /// `data.task_id` from a create answer. Throws the mapped error when HTTP or the inner `code` says error, and
    /// `.decoding` when a success carries no id.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: SeedanceAPIOrgErrorCode.category(for:)) }
        let created = try envelope.decodeData(CreatedTask.self, provider: provider, what: "create answer")
        guard let id = created.task_id?.value ?? created.taskId?.value, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status, message: "the create answer has no data.task_id",
                requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        return TaskID(rawValue: id)
    }

    /// `GET {base}/status?task_id={id}`, the id escaped. Throws `.invalidRequest` for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a task id returned by the create request", provider: provider)
        }
        return .getJSON(try URLBuilding.url(baseURL, path: ["status"], query: [("task_id", id.rawValue)], provider: provider))
    }

    /// A snapshot from a status answer. Throws the mapped error (with `id`) when HTTP or the inner `code` says error,
    /// and `.decoding` when `data` is unreadable. A failed task is a snapshot, not a thrown error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else {
            throw envelope.error(provider: provider, taskID: id, categoryForCode: SeedanceAPIOrgErrorCode.category(for:))
        }
        return try SeedanceAPIOrgStatusParser(provider: provider).snapshot(from: envelope, fallbackID: id)
    }

    /// A snapshot from a callback body that follows the status shape: the status envelope, or its `data` object alone
    /// (the payload is undocumented, so both are read).
    ///
    /// Pure: the same body always gives the same snapshot, so repeated deliveries are harmless. Callbacks are **not
    /// signed**: confirm with ``makeStatusRequest(for:)`` (the client's `confirm`) before acting. Throws the mapped
    /// error for an error envelope, `.decoding` for a body without `task_id` or of another shape.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        var envelope = CodeMessageEnvelope(body: body)
        if envelope.data == nil, envelope.code == nil, let bare = envelope.body, bare["task_id"] != nil {
            envelope = CodeMessageEnvelope(body: try JSONBody.encode(JSONValue.object(["code": 200, "data": bare])))
        }
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: SeedanceAPIOrgErrorCode.category(for:)) }
        return try SeedanceAPIOrgStatusParser(provider: provider).snapshot(from: envelope, fallbackID: nil)
    }

    /// The provider publishes no timings [INFERRED]: first poll after 15 s, then every 5…20 s; the engine learns real
    /// durations from finished tasks. With no request (resuming by id) the first poll may come at once.
    public func pollingHints(for request: VideoRequest?) -> PollingHints {
        PollingHints(expectedDuration: nil, firstPollDelay: request == nil ? .zero : .seconds(15), minimumInterval: .seconds(5), maximumInterval: .seconds(20))
    }
}

extension ModelID {
    /// `seedance-1.5`, the one model of seedanceapi.org's v1 API (it is never sent: the API has no model field).
    public static let seedanceAPIOrg15: ModelID = "seedance-1.5"
}

/// The create answer's `data`.
private struct CreatedTask: Decodable {
    var task_id: LenientString?
    var taskId: LenientString?
}
