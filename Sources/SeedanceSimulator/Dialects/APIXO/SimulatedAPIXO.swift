import Foundation
import SeedanceCore

/// The server side of APIXO's `generateTask/statusTask` API for Seedance 1.5 Pro (docs/dialects/apixo.md), written
/// from those documents alone:
///
/// - `POST /api/v1/generateTask/{model}` with `{"request_type", "callback_url", "provider", "input": {"mode",
///   "prompt", "image_urls", "resolution", "duration", "sound", "aspect_ratio", "fixed_lens"}}` answers
///   `{"code": 200, "message": "success", "data": {"taskId": "task_…"}}`;
/// - `GET /api/v1/statusTask/{model}?taskId=<id>` answers the status envelope with `data.state` `pending` /
///   `processing` / `success` (with `resultJson`, a JSON *string* holding `resultUrls`) / `failed` (with `failCode`,
///   `failMsg`), and `createTime` / `completeTime` / `costTime` in milliseconds. The `{model}` segment must be the
///   one the task was created with (it is kept in the task's metadata): any other answers 404;
/// - errors are `{"code": <status>, "message": "…", "data": {"error": "<detail>"} | null}` under that HTTP status,
///   or under HTTP 200 with ``errorDelivery`` `.http200` (docs/dialects/README.md);
/// - in callback mode the status envelope of the terminal task is POSTed to `callback_url` (docs/dialects/apixo.md).
///
/// The Seedance 2.0 models `seedance-2-0`, `seedance-2-0-fast` and `seedance-2-0-mini` take the same envelope with
/// their own `input` (`APIXOSeedance2Validation`: modes `text-to-video`, `first_and_last_frames`,
/// `omni_reference`, reference URL arrays, `web_search`).
///
/// Choices where the documents are silent, all [INFERRED]: a missing `request_type` means `async`; a
/// `callback_url` sent with `async` is ignored; `image_urls` with `text-to-video` and unknown fields are refused
/// (``rejectsUnknownFields``); a failed task carries no `costTime` (as the documented failed example); an image
/// link whose file extension is not JPG/PNG/WebP fails the task with `UNSUPPORTED_FORMAT` (the format check is a
/// task failure in the fail-code list, not a create error); see `APIXOStatusRendering` for the fail codes.
public struct SimulatedAPIXO: SimulatedDialect {
    /// The model APIXO documents for Seedance 1.5 Pro.
    public static let seedance15Pro = "seedance-1-5-pro"
    /// APIXO's Seedance 2.0 models (`APIXOSeedance2Validation`).
    public static let seedance2Models: Set<String> = ["seedance-2-0", "seedance-2-0-fast", "seedance-2-0-mini"]

    /// The dialect's unique name in a ``Simulator`` (default `"apixo"`).
    public let name: String
    /// Where the API sits under the server's origin (default `""`: `/api/v1/…` at the root, as on `api.apixo.ai`).
    public let basePath: String
    /// The model path segments served (default: ``seedance15Pro`` and ``seedance2Models``); any other answers 404.
    public var models: Set<String>
    /// Which HTTP status error envelopes travel under (default: the status itself).
    public var errorDelivery: EnvelopeErrorDelivery
    /// Whether unknown fields (top level or in `input`) are refused with 400 (default `true`, so a client that
    /// leaks a field this API lacks is caught) [INFERRED: the documents do not say].
    public var rejectsUnknownFields: Bool
    /// Whether a task's generation time follows the requested duration as APIXO's documentation gives it (4 s ≈ 50 s,
    /// 8 s ≈ 75 s, 12 s ≈ 105 s, linear in between) instead of the simulator's ``SimulatorConfiguration/completionTime``
    /// (default `false`, so tests keep control of time).
    public var followsDocumentedGenerationTime: Bool

    /// Task ids as the documents show them: `task_` and 12 lowercase hex digits (`task_abc123xyz789`).
    public var taskIDFormat: TaskIDFormat { .prefixed("task_", randomCharacters: 12) }

    /// A simulated APIXO. Nothing here throws.
    public init(
        name: String = "apixo", basePath: String = "", models: Set<String> = SimulatedAPIXO.seedance2Models.union([SimulatedAPIXO.seedance15Pro]),
        errorDelivery: EnvelopeErrorDelivery = .httpStatus, rejectsUnknownFields: Bool = true,
        followsDocumentedGenerationTime: Bool = false
    ) {
        self.name = name
        self.basePath = basePath
        self.models = models
        self.errorDelivery = errorDelivery
        self.rejectsUnknownFields = rejectsUnknownFields
        self.followsDocumentedGenerationTime = followsDocumentedGenerationTime
    }

    /// The same, with ``errorDelivery`` `.http200` when `envelopeErrorsAsHTTP200` (the switch that exercises a
    /// client's check of the inner `code`).
    public init(envelopeErrorsAsHTTP200: Bool) {
        self.init(errorDelivery: envelopeErrorsAsHTTP200 ? .http200 : .httpStatus)
    }

    // MARK: Routing

    /// Routes the create and status endpoints, and (for a 404 in this envelope) anything else under `/api/v1`.
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if let model = request.match("POST", "/api/v1/generateTask/{model}")?["model"] {
            return models.contains(model) ? .create() : .other("unknown-model")
        }
        if let model = request.match("GET", "/api/v1/statusTask/{model}")?["model"] {
            return models.contains(model) ? .status(taskID: request.query("taskId")) : .other("unknown-model")
        }
        if request.pathSegments.starts(with: ["api", "v1"]) { return .other("not-found") }
        return nil
    }

    /// Answers a routed request.
    ///
    /// - Throws: ``SimulatedError`` for every refusal (rendered by ``errorResponse(for:)``).
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        let model = context.request.pathSegments.last ?? ""
        switch route.operation {
        case "create":
            return try await create(model: model, in: context)
        case "status":
            guard let id = route.taskID, !id.isEmpty else {
                throw SimulatedError.invalidParameter("taskId", "Missing required parameter: taskId")
            }
            let observation = try await context.observeTask(id)
            guard APIXOStatusRendering.model(of: observation.task) == model else {
                throw SimulatedError(.taskNotFound, status: 404, message: "Task \(id) not found for model \(model)")
            }
            return SimulatedEnvelope.successResponse(APIXOStatusRendering.data(for: observation))
        case "unknown-model":
            throw SimulatedError(.other, status: 404, message: "Model not found: \(model)")
        default:
            throw SimulatedError(.other, status: 404, message: "No route for \(context.request.method) \(context.request.fullPath)")
        }
    }

    private func create(model: String, in context: DialectContext) async throws -> SimulatedResponse {
        let common = APIXOCreateValidation(rejectsUnknownFields: rejectsUnknownFields)
        let seedance2 = APIXOSeedance2Validation.model(model)
        let body =
            if let seedance2 {
                try APIXOSeedance2Validation(common: common, model: seedance2, hosted: context.hostedMedia).validate(try context.jsonObject())
            } else {
                try common.validate(try context.jsonObject())
            }
        let completion = followsDocumentedGenerationTime ? Self.documentedGenerationTime(seconds: body.duration ?? 8) : nil
        let draft = TaskDraft(
            model: model, prompt: body.prompt, params: body.params, callbackURL: body.callbackURL,
            echo: TaskEcho(duration: body.duration, resolution: body.resolution, ratio: body.aspectRatio, generateAudio: body.sound),
            completionTime: completion, outcome: body.plannedOutcome, metadata: ["model": .string(model)])
        let task =
            if seedance2 != nil {
                await Seedance2Output.createTask(draft, resolution: body.resolution ?? "720p", ratio: body.aspectRatio ?? "16:9", in: context)
            } else {
                await context.createTask(draft)
            }
        return SimulatedEnvelope.successResponse(["taskId": .string(task.id)])
    }

    /// APIXO's documented generation times (docs/dialects/apixo.md) as a function of the video length: 4 s → 50 s, 8 s
    /// → 75 s, 12 s → 105 s (the middle of each documented range), linear in between.
    static func documentedGenerationTime(seconds: Int) -> Duration {
        let length = Double(min(max(seconds, 4), 12))
        let value = length <= 8 ? 50 + (length - 4) * 6.25 : 75 + (length - 8) * 7.5
        return .seconds(value)
    }

    /// The status envelope of the terminal task (docs/dialects/apixo.md: "identical to the status envelope").
    public func callbackBody(for observation: TaskObservation) -> JSONValue? {
        SimulatedEnvelope.success(APIXOStatusRendering.data(for: observation))
    }
}
