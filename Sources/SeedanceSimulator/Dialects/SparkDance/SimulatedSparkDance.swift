import Foundation
import SeedanceCore

/// The server side of the Vtrix spark_dance content-array dialect (docs/dialects/sparkdance.md), written
/// from the documents alone:
///
/// - `POST /model/v1/generation` with `{"model", "input": [{"params": {…}}]}` validates the parameters as the seeds
///   describe for `spark_dance_v1_5_pro` (codes 003015xxx) and `spark_dance_v1_0_pro` and its siblings (codes
///   003005xxx), and for `spark_dance_v2_0` / `spark_dance_v2_0_fast` the Seedance 2.x rules of Ark's 2.0 and 2.0 fast
///   (codes 003005xxx, see `SparkDanceSimulatedModel`), then answers `{"id", "status": "in_progress", "model",
///   "created_at"}`;
/// - `GET /model/v1/generation/task/{id}` answers the task object (see `SparkDanceTaskRenderer`); a final video
///   made from a draft (`draft_task` item) reuses the draft's inputs;
/// - callbacks: the task object, POSTed once the task is terminal [INFERRED, docs/dialects/sparkdance.md].
///
/// Refusals ([INFERRED]: the 4xx body is not documented) answer `{"message", "error": {"code", "error_message"}}`
/// with the seed's code (400 for validation; 401 `unauthorized`, 404 `task_not_found`, 5xx `internal_error`),
/// except 429, whose `error` is a plain string beside `message` (the provider's CLI reads top-level `message`,
/// else `error` as a string). With ``validationErrorsInBand``, validation refusals come as HTTP 200 with only
/// `{"error": {…}}` and no `id` (the in-band failure docs/dialects/sparkdance.md describes).
public struct SimulatedSparkDance: SimulatedDialect {
    /// How a failed task's `error` is spelled (docs/dialects/sparkdance.md lists all three).
    public enum FailureStyle: Sendable, Hashable {
        /// `{"code": "003015095", "error_message": "…"}`, as the seeds document.
        case seed
        /// `{"code": 3015095, "message": "…"}`: a numeric code (leading zeros lost) and `message`.
        case numericCode
        /// A plain string.
        case plainString
    }

    /// `"sparkdance"` unless another name was given.
    public let name: String
    /// `""` unless given: routes start at the root, as on `https://cloud.vtrix.ai`.
    public let basePath: String
    /// How failed tasks spell `error`.
    public var failureStyle: FailureStyle
    /// Whether validation refusals come in-band (HTTP 200, no `id`) instead of as HTTP 400.
    public var validationErrorsInBand: Bool

    /// A spark_dance server side, optionally under another `name` and `basePath` (to serve several dialects from one
    /// simulator).
    public init(name: String = "sparkdance", basePath: String = "", failureStyle: FailureStyle = .seed, validationErrorsInBand: Bool = false) {
        self.name = name
        self.basePath = basePath
        self.failureStyle = failureStyle
        self.validationErrorsInBand = validationErrorsInBand
    }

    /// `task_` and 20 hex digits (the real format is not documented; the CLI docs show `task_abc001`).
    public var taskIDFormat: TaskIDFormat { .prefixed("task_", randomCharacters: 20) }

    /// Routes create and status; the status route without an id routes with `taskID: nil`.
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if request.matches("POST", "/model/v1/generation") { return .create() }
        if let captured = request.match("GET", "/model/v1/generation/task/{id}") { return .status(taskID: captured["id"]) }
        if request.matches("GET", "/model/v1/generation/task") { return .status(taskID: nil) }
        return nil
    }

    /// Answers create and status. Throws ``SimulatedError`` for refusals.
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        switch route.kind {
        case .create:
            return try await create(context)
        case .status:
            let id = try context.requireTaskID(parameter: "id")
            guard let observation = try? await context.observeTask(id) else { throw SimulatedError.taskNotFound(id, code: "task_not_found") }
            return .json(200, renderer.render(observation))
        default:
            throw SimulatedError(.other, status: 404, code: "not_found", message: "No route for \(context.request.method) \(context.request.fullPath).")
        }
    }

    private func create(_ context: DialectContext) async throws -> SimulatedResponse {
        let body = try context.jsonObject()
        guard let modelID = try JSONFields(body).string("model", code: "invalid_request"), !modelID.isEmpty else {
            throw SimulatedError.invalidParameter("model", "model is required.", code: "invalid_request")
        }
        guard let model = SparkDanceSimulatedModel.named(modelID) else {
            throw SimulatedError.invalidParameter("model", "model \"\(modelID)\" is not available.", code: "model_not_found")
        }
        guard let params = body["input"]?.arrayValue?.first?.objectValue?["params"]?.objectValue else {
            throw SimulatedError.invalidParameter(
                "input", "content parameter missing: parameters go in {\"model\", \"input\": [{\"params\": {…}}]}.",
                code: model.code(for: .contentMissing))
        }
        let (settings, input) = try await ContentArrayReader(profile: model.profile, codebook: model.codebook).settings(params, in: context)
        let task = await settings.createTask(callbackURL: input.callbackURL, in: context)
        return .json(200, renderer.createAnswer(task))
    }

    private var renderer: SparkDanceTaskRenderer { SparkDanceTaskRenderer(failureStyle: failureStyle) }

    /// See the type's documentation for the envelope and codes.
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let message = error.message
        if error.reason == .rateLimited || error.status == 429 {
            return .json(429, ["message": .string(message), "error": .string(message)])
        }
        let code = error.code ?? Self.defaultCode(error)
        let detail: JSONValue = ["code": .string(code), "error_message": .string(message)]
        if validationErrorsInBand, error.reason == .invalidParameter || error.reason == .malformedBody {
            return .json(200, ["error": detail])
        }
        let status = error.reason == .missingAPIKey || error.reason == .invalidAPIKey ? 401 : error.status
        return .json(status, ["message": .string(message), "error": detail])
    }

    private static func defaultCode(_ error: SimulatedError) -> String {
        switch error.reason {
        case .missingAPIKey, .invalidAPIKey: "unauthorized"
        case .malformedBody, .invalidParameter: "invalid_request"
        case .contentRejected: "content_rejected"
        case .taskNotFound: "task_not_found"
        case .notAllowed: "not_allowed"
        case .rateLimited: "rate_limited"
        case .serverError: "internal_error"
        case .other: error.status == 404 ? "not_found" : "error"
        }
    }

    /// The task object, as the status route answers it [INFERRED, docs/dialects/sparkdance.md].
    public func callbackBody(for observation: TaskObservation) -> JSONValue? { renderer.render(observation) }
}
