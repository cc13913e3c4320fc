import Foundation
import SeedanceCore

/// The server side of the official BytePlus ModelArk / Volcengine Ark content-generation task API
/// (docs/dialects/modelark.md), written from the documents alone. Base path `/api/v3`:
///
/// - `POST /contents/generations/tasks` validates the top-level content-array fields (Seedance 2.x, 1.5 Pro and 1.0
///   models by their limits, any other model id on the generic rules) and answers `{"id": "cgt-…"}`; a prompt
///   carrying a rejection marker is refused at once with 400 `SensitiveContentDetected`. Seedance 2.x ids
///   (`dreamina-`/`doubao-seedance-2-0…`, `-2-0-fast…`, `-2-0-mini…`, `-2-5…`, `-2-5-premium…`, `-2-5-flash…`) follow
///   the 2.x rules (`Seedance2Reader`: reference images, videos and audio, task types, draft → final, the fields
///   2.x refuses), with `InvalidParameter.TaskTypeConstraint` and `InvalidResolutionParameter` where Ark uses them;
///   reference media hosted by the simulator itself (`/media/samples/…`, `/media/uploads/…`) are inspected;
/// - `GET /contents/generations/tasks/{id}` answers the task object (`ModelArkTaskRenderer`);
/// - `GET /contents/generations/tasks?page_num=&page_size=&filter.status=&filter.task_ids=&filter.model=
///   &filter.service_tier=` answers `{total, items}`, newest first (pages 1 … 500 each way; tasks of the last 7 days);
/// - `DELETE /contents/generations/tasks/{id}` answers 200 with an empty body: a queued task becomes `cancelled`,
///   a finished one (`succeeded` / `failed` / `expired`) is deleted; a `running` or `cancelled` one is refused with
///   400 `InvalidParameter`, `param` `id` [INFERRED: the documents say "not allowed" without the answer];
/// - a cancelled task disappears 24 h after its cancellation, every task 7 days after creation;
/// - errors: `{"error": {"code", "message", "param", "type"}}` (docs/dialects/modelark.md): 400 `MissingParameter` /
///   `InvalidParameter`, 401 `AuthenticationError`, 404 `ResourceNotFound`, 429
///   `RateLimitExceeded.EndpointRPMExceeded`, 5xx `InternalServiceError`;
/// - callbacks: the task object, POSTed once the task is terminal [INFERRED, docs/dialects/modelark.md].
public struct SimulatedModelArk: SimulatedDialect {
    /// `"modelark"` unless another name was given.
    public let name: String
    /// `"/api/v3"` unless given, as both regional base URLs end.
    public let basePath: String

    /// A ModelArk server side, optionally under another `name` and `basePath` (to serve both regions from one
    /// simulator).
    public init(name: String = "modelark", basePath: String = "/api/v3") {
        self.name = name
        self.basePath = basePath
    }

    /// `cgt-YYYYMMDDHHMMSS-xxxxx`.
    public var taskIDFormat: TaskIDFormat { .arkStyle }

    static let tasksPath = "/contents/generations/tasks"

    /// Routes create, list, get and delete (a DELETE without an id routes with `taskID: nil`).
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if request.matches("POST", Self.tasksPath) { return .create() }
        if request.matches("GET", Self.tasksPath) { return .list() }
        if let captured = request.match("GET", Self.tasksPath + "/{id}") { return .status(taskID: captured["id"]) }
        if let captured = request.match("DELETE", Self.tasksPath + "/{id}") { return .delete(taskID: captured["id"]) }
        if request.matches("DELETE", Self.tasksPath) { return .delete(taskID: nil) }
        return nil
    }

    /// Answers the four operations. Throws ``SimulatedError`` for refusals.
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        switch route.kind {
        case .create: return try await create(context)
        case .status: return .json(200, ModelArkTaskRenderer().render(try await visibleTask(try taskID(context), in: context)))
        case .list: return try await list(context)
        case .delete: return try await delete(context)
        default: throw SimulatedError(.other, status: 404, message: "No route for \(context.request.method) \(context.request.fullPath).")
        }
    }

    /// The limits of `model`: Seedance 2.x ids by their names (``Seedance2Model/ark(_:)``:
    /// `dreamina-seedance-2-0-260128`, `doubao-seedance-2-5-260628` …), Seedance 1.5 Pro and 1.0 (Pro, Pro-Fast,
    /// Lite) ids by their names, dated or not (`seedance-1-5-pro-251215`, `doubao-seedance-1-0-pro-250528`); anything
    /// else (`ep-…` endpoint ids, newer models) on the generic rules.
    ///
    /// The simulator serves one region per ``SimulatedModelArk`` and does not tell BytePlus from Volcengine, so a
    /// `doubao-` 2.x id is accepted on any base path (BytePlus itself answers 404 for it) [a known gap].
    static func profile(for model: String) -> ContentArrayProfile {
        if let seedance2 = Seedance2Model.ark(model) { return .seedance2(seedance2) }
        let name = model.lowercased()
        if name.contains("seedance-1-5-pro") { return .seedance15Pro(model) }
        if name.contains("seedance-1-0-pro") || name.contains("seedance-1-0-lite") { return .seedance10Pro(model) }
        return .unknownModel(model)
    }

    /// `MissingParameter` for an absent field, `InvalidParameter.TaskTypeConstraint` for a broken
    /// `omni_reference_task_type` constraint, `InvalidResolutionParameter` for a draft's final at a resolution the
    /// model does not render finals at, `InvalidParameter` for anything else.
    static let codebook: ContentArrayCodebook = { violation in
        if violation.isMissingField { return "MissingParameter" }
        switch violation {
        case .taskType: return "InvalidParameter.TaskTypeConstraint"
        case .finalResolution: return "InvalidResolutionParameter"
        default: return "InvalidParameter"
        }
    }

    func taskID(_ context: DialectContext) throws -> String {
        guard let id = context.route.taskID, !id.isEmpty else {
            throw SimulatedError.invalidParameter(
                "id", "The request failed because it is missing one or multiple required parameters: id.", code: "MissingParameter")
        }
        return id
    }

    /// The task `id` unless it is unknown, deleted, older than 7 days, or cancelled more than 24 h ago.
    func visibleTask(_ id: String, in context: DialectContext) async throws -> TaskObservation {
        guard let observation = try? await context.observeTask(id), Self.isVisible(observation) else {
            throw SimulatedError.taskNotFound(id, code: "ResourceNotFound")
        }
        return observation
    }

    static func isVisible(_ observation: TaskObservation) -> Bool {
        let now = observation.observedAt
        if now.timeIntervalSince(observation.task.createdDate) > 7 * 86_400 { return false }
        if observation.phase == .cancelled, now.timeIntervalSince(observation.updatedAt) > 86_400 { return false }
        return true
    }

    /// The documented error envelope (docs/dialects/modelark.md); `param` is always present (empty when no parameter is
    /// at fault).
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let status: Int
        let code: String
        switch error.reason {
        case .missingAPIKey, .invalidAPIKey: (status, code) = (401, "AuthenticationError")
        case .rateLimited: (status, code) = (429, "RateLimitExceeded.EndpointRPMExceeded")
        case .taskNotFound: (status, code) = (404, error.code ?? "ResourceNotFound")
        case .contentRejected: (status, code) = (error.status, error.code ?? "SensitiveContentDetected")
        case .malformedBody, .invalidParameter, .notAllowed: (status, code) = (error.status, error.code ?? "InvalidParameter")
        case .serverError: (status, code) = (error.status, error.code ?? "InternalServiceError")
        case .other: (status, code) = (error.status, error.code ?? (error.status == 404 ? "ResourceNotFound" : "InternalServiceError"))
        }
        let message =
            switch error.reason {
            case .missingAPIKey, .invalidAPIKey: "The API key in the request is missing or invalid."
            default: error.message
            }
        return .json(
            status,
            [
                "error": [
                    "code": .string(code), "message": .string(message), "param": .string(error.parameter ?? ""),
                    "type": .string(Self.type(of: status)),
                ]
            ])
    }

    private static func type(of status: Int) -> String {
        switch status {
        case 400: "BadRequest"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "NotFound"
        case 429: "TooManyRequests"
        case 503: "ServiceUnavailable"
        default: status >= 500 ? "InternalServerError" : "BadRequest"
        }
    }

    /// The task object [INFERRED, docs/dialects/modelark.md].
    public func callbackBody(for observation: TaskObservation) -> JSONValue? { ModelArkTaskRenderer().render(observation) }
}
