import Foundation
import SeedanceCore

/// The server side of the flat-body `/v3/async` task API that JieKou AI, Novita AI and PPIO serve for Seedance 1.5
/// Pro (docs/dialects/jiekou.md), written from those documents alone:
///
/// - `POST {base}/v3/async/seedance-v1.5-pro-i2v` (an `image` is required) and `POST {base}/v3/async/seedance-v1.5-pro-t2v`
///   (text only) with a flat JSON body (`prompt`, `image`, `last_image`, `fps`, `seed`, `ratio`, `resolution`,
///   `duration`, `watermark`, `camera_fixed`, `service_tier`, `generate_audio`, `execution_expires_after`) answer
///   `{"task_id": "<uuid>"}` (or `{"id": …}`, see ``createAnswerKey``);
/// - `GET {base}/v3/async/task-result?task_id=<id>` answers `{"extra", "task", "videos", "images", "audios"}` with
///   `task.status` `TASK_STATUS_QUEUED` / `PROCESSING` / `SUCCEED` / `FAILED`;
/// - errors are `{"code": <status>, "reason": "<REASON>", "message": "…", "metadata": {}}`: a missing key is 403
///   `INVALID_API_KEY`, a refused key 401 `FAILED_TO_AUTH`, a bad body 400 `INVALID_REQUEST_BODY` (unknown fields,
///   `null` values and wrong types included), 429 `RATE_LIMIT_EXCEEDED`, 503 `SERVICE_NOT_AVAILABLE`.
///
/// - `POST {base}/v3/async/seedance-2.0` creates a Seedance 2.0 task (or 2.0 fast with `fast: true`) from the flat
///   2.0 body (`JieKouSeedance2Validation`: frames, `reference_images` / `reference_videos` / `reference_audios`,
///   `web_search` …), polled with the same task-result query;
///
/// No callbacks, no cancel, no list (none is documented). Choices where the documents are silent are marked
/// [INFERRED] on the members that make them; the main ones: an expired task is reported as `TASK_STATUS_FAILED`
/// with a reason saying so (the documented status list has no expired value); a succeeded task always has its last
/// frame in `images[]` (``returnsLastFrame``) and, unless `generate_audio` was `false`, a silent WAV in `audios[]`
/// served by this dialect at `{media origin}{basePath}/media/<id>/audio.wav`.
public struct SimulatedJieKou: SimulatedDialect {
    /// The model path segment of the image-to-video endpoint.
    public static let imageToVideoModel = "seedance-v1.5-pro-i2v"
    /// The model path segment of the text-to-video endpoint.
    public static let textToVideoModel = "seedance-v1.5-pro-t2v"
    /// The model path segment of the Seedance 2.0 endpoint (every mode; `fast: true` selects 2.0 fast).
    public static let seedance2Model = "seedance-2.0"

    /// The host whose documented differences apply (resolutions).
    public let host: Host
    /// The dialect's unique name in a ``Simulator`` (default: the host's name).
    public let name: String
    /// Where the API sits under the server's origin (default `""`: `/v3/async/…` at the root, as on the real hosts;
    /// give each host its own prefix to serve several from one simulator).
    public let basePath: String
    /// The key of the create answer (default `task_id`).
    public var createAnswerKey: CreateAnswerKey
    /// Whether a succeeded task lists its last frame in `images[]` (default `true`) [INFERRED for 1.5 Pro].
    public var returnsLastFrame: Bool
    /// When `true`, every create is refused with 403 `NOT_ENOUGH_BALANCE` (and nothing is created).
    public var balanceExhausted: Bool

    /// Task ids are lowercase UUIDs, as the documents show (`830d9c90-d53f-4c5a-8009-…`).
    public var taskIDFormat: TaskIDFormat { .uuid }

    /// A simulated host. Nothing here throws.
    public init(
        host: Host = .jiekou, name: String? = nil, basePath: String = "", createAnswerKey: CreateAnswerKey = .taskID,
        returnsLastFrame: Bool = true, balanceExhausted: Bool = false
    ) {
        self.host = host
        self.name = name ?? host.name
        self.basePath = basePath
        self.createAnswerKey = createAnswerKey
        self.returnsLastFrame = returnsLastFrame
        self.balanceExhausted = balanceExhausted
    }

    // MARK: Routing

    /// Routes the two creates, the result query, this dialect's audio files, and (for a 404 in this envelope) any
    /// other `POST /v3/async/<model>` or path under `/v3/async`.
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if let model = request.match("POST", "/v3/async/{model}")?["model"] {
            switch model {
            case Self.imageToVideoModel: return .create("create-i2v")
            case Self.textToVideoModel: return .create("create-t2v")
            case Self.seedance2Model: return .create("create-2.0")
            default: return .other("unknown-model")
            }
        }
        if request.matches("GET", "/v3/async/task-result") {
            return .status(taskID: request.query("task_id"), operation: "task-result")
        }
        if let captured = request.match("GET", "/media/{task}/\(JieKouAudio.fileName)") {
            return SimulatedRoute(kind: .download, operation: "audio", taskID: captured["task"], requiresAuthorization: false)
        }
        if request.pathSegments.starts(with: ["v3", "async"]) { return .other("not-found") }
        return nil
    }

    /// Answers a routed request.
    ///
    /// - Throws: ``SimulatedError`` for every refusal (rendered by ``errorResponse(for:)``).
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        switch route.operation {
        case "create-i2v": return try await create(imageToVideo: true, in: context)
        case "create-t2v": return try await create(imageToVideo: false, in: context)
        case "create-2.0": return try await createSeedance2(in: context)
        case "task-result":
            let id = try context.requireTaskID(parameter: "task_id")
            let observation = try await context.observeTask(id)
            return .json(200, JieKouResultRendering(dialect: self, configuration: context.configuration).render(observation))
        case "audio":
            return try await JieKouAudio.serve(taskID: route.taskID ?? "", in: context)
        case "unknown-model":
            let model = context.request.pathSegments.last ?? ""
            throw SimulatedError(
                .other, status: 404, code: "MODEL_NOT_FOUND",
                message: "model not found: \(model) (this host serves \(Self.imageToVideoModel), \(Self.textToVideoModel) and \(Self.seedance2Model))")
        default:
            throw SimulatedError(.other, status: 404, message: "No route for \(context.request.method) \(context.request.fullPath).")
        }
    }

    private func createSeedance2(in context: DialectContext) async throws -> SimulatedResponse {
        try refuseWithoutBalance()
        try JieKouCreateValidation.requireJSONContentType(context.request)
        let body = try JieKouSeedance2Validation(host: host, hosted: context.hostedMedia).validate(try context.jsonObject())
        let draft = TaskDraft(
            model: body.model.id, prompt: body.prompt, params: body.keptParameters,
            returnLastFrame: body.returnLastFrame, echo: body.echo)
        let task = await Seedance2Output.createTask(draft, resolution: body.echo.resolution ?? "720p", ratio: body.echo.ratio ?? "adaptive", in: context)
        return .json(200, [createAnswerKey.rawValue: .string(task.id)])
    }

    private func refuseWithoutBalance() throws {
        if balanceExhausted {
            throw SimulatedError(.other, status: 403, code: "NOT_ENOUGH_BALANCE", message: "not enough balance")
        }
    }

    private func create(imageToVideo: Bool, in context: DialectContext) async throws -> SimulatedResponse {
        try refuseWithoutBalance()
        let model = imageToVideo ? Self.imageToVideoModel : Self.textToVideoModel
        let body = try JieKouCreateValidation(host: host, model: model, imageToVideo: imageToVideo).validate(context)
        let task = await context.createTask(
            TaskDraft(
                model: model, prompt: body.prompt, params: body.keptParameters, returnLastFrame: returnsLastFrame,
                echo: body.echo))
        return .json(200, [createAnswerKey.rawValue: .string(task.id)])
    }
}
