import Foundation
import SeedanceCore

/// The flat-body `/v3/async` task dialect of JieKou AI, Novita AI and PPIO (seed 002): Seedance 1.5 Pro
/// image-to-video and text-to-video.
///
/// - Create: `POST {base}/v3/async/seedance-v1.5-pro-i2v` when the request has a first frame, `…-t2v` otherwise
///   (see ``JieKouEndpoint``; an endpoint can be forced), with a flat JSON body; answers `{"task_id": …}` or
///   `{"id": …}`.
/// - Result: `GET {base}/v3/async/task-result?task_id={id}`.
/// - No callbacks, cancel or list.
///
/// Pure: builds requests and reads responses, never touches the network or the key.
public struct JieKou: Dialect {
    /// Seedance 1.5 Pro, the only model of this dialect.
    public static let seedance15Pro: ModelID = JieKouModels.seedance15ProID

    /// Which host's rules and identity apply.
    public let host: JieKouHost
    /// The API's base URL: the host's, unless another was given.
    public let baseURL: URL
    /// The endpoint every request goes to, or `nil` to choose from each request (``JieKouEndpoint/automatic(for:)``).
    public let forcedEndpoint: JieKouEndpoint?

    /// A dialect for `host`, optionally at another `baseURL` (a proxy, the simulator) and with a forced endpoint.
    /// The base URL is not checked here; the client refuses non-https bases other than loopback.
    public init(host: JieKouHost = .jiekou, baseURL: URL? = nil, endpoint: JieKouEndpoint? = nil) {
        self.host = host
        self.baseURL = baseURL ?? host.baseURL
        self.forcedEndpoint = endpoint
    }

    /// The host's provider id (`jiekou`, `novita`, `ppio`), named in every error.
    public var provider: ProviderID { host.provider }
    /// Seedance 1.5 Pro (`seedance-v1.5-pro`).
    public var defaultModel: ModelID { Self.seedance15Pro }
    /// The host's capabilities: Seedance 1.5 Pro with the host's resolutions. The dialect conforms to no
    /// refinement: no callbacks, cancel, list or delete.
    public var capabilities: Capabilities { host.capabilities }

    /// The endpoint `request` goes to: the forced one, else image-to-video when it has a first frame.
    public func endpoint(for request: VideoRequest) -> JieKouEndpoint {
        forcedEndpoint ?? JieKouEndpoint.automatic(for: request)
    }

    /// The create request: `POST {base}/v3/async/{model}-{i2v|t2v}` with the flat JSON body.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for an unknown model, a request that breaks the endpoint's
    ///   rules, or a body that cannot be built (see ``validate(_:)`` for the full checks).
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        let model = try modelCapabilities(for: request)
        let endpoint = endpoint(for: request)
        try checkEndpointRules(request, endpoint: endpoint, model: model.id)
        let members = try JieKouCreateBody.members(for: request, provider: provider, model: model.id)
        let url = try URLBuilding.url(baseURL, path: ["v3", "async", endpoint.pathSegment(for: model.id)], provider: provider)
        return .createJSON(url, body: try JSONBody.encode(members))
    }

    /// The task id from `{"task_id": …}` or `{"id": …}` (a string, or a number rendered as text).
    ///
    /// - Throws: the mapped error for an error status; `.decoding` when a success body is not JSON or carries
    ///   neither key (or an empty id).
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        guard response.isSuccess else { throw JieKouErrorMapping.error(for: response, provider: provider) }
        let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "create response")
        for key in ["task_id", "id"] {
            if let id = json[key].flatMap(JieKouJSON.text), !id.isEmpty { return TaskID(rawValue: id) }
        }
        throw SeedanceError(
            category: .decoding, provider: provider, httpStatus: response.status,
            message: "the create response carries neither task_id nor id", requestID: response.requestID,
            bodyExcerpt: Redaction.excerpt(of: response.body))
    }

    /// `GET {base}/v3/async/task-result?task_id={id}`, the id percent-encoded so it cannot change the query. Sends
    /// `Content-Type: application/json` too, as the provider's documents mark it required on this GET.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for an empty id.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard !id.rawValue.isEmpty else {
            throw SeedanceError.invalid("taskID", value: "\"\"", allowed: "a non-empty task id", provider: provider)
        }
        let url = try URLBuilding.url(baseURL, path: ["v3", "async", "task-result"], query: [("task_id", id.rawValue)], provider: provider)
        var request = SeedanceHTTPRequest.getJSON(url)
        request.headers["Content-Type"] = "application/json"
        return request
    }

    /// A snapshot from a task-result response (see ``JieKouTaskResult`` for the field mapping).
    ///
    /// - Throws: the mapped error (with `id`) for an error status; `.decoding` (with `id`) for a body that is not
    ///   JSON or has no `task.status`. An unknown status is `.unknown(raw)`, not an error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else { throw JieKouErrorMapping.error(for: response, provider: provider, taskID: id) }
        return try JieKouTaskResult.snapshot(from: response, id: id, provider: provider)
    }
}
