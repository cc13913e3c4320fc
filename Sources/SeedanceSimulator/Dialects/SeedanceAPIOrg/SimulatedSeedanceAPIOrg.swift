import Foundation
import SeedanceCore

/// The server side of seedanceapi.org's Seedance 1.5 API (docs/dialects/seedanceapi.md), written from those documents
/// alone:
///
/// - `POST /v1/generate` with `{"prompt", "aspect_ratio", "resolution", "duration" (a string), "generate_audio",
///   "fixed_lens", "image_urls" (at most one), "callback_url"}` answers
///   `{"code": 200, "message": "success", "data": {"task_id": "seed15…pro", "status": "IN_PROGRESS"}}`;
/// - `GET /v1/status?task_id=<id>` answers `data` with `task_id`, `status` (`IN_PROGRESS` / `SUCCESS` / `FAILED`),
///   `consumed_credits` (once terminal: the seed's price on success, 0 on failure), `created_at` (ISO-8601),
///   `request` (the prompt, ratio, resolution and duration the task runs with), `response` (video URLs) and
///   `error_message`;
/// - errors are `{"code": <status>, "message": "<detail>", "error": "<CODE>"}` (see ``errorResponse(for:)``).
///
/// Choices where the documents are silent, all [INFERRED] (docs/dialects/seedanceapi.md, docs/dialects/README.md): the
/// error body's shape above; processing and failed answers have the success answer's shape (`consumed_credits` absent
/// while in progress); `request` echoes the documented defaults for fields the create left out; a JSON number for
/// `duration` is refused with `INVALID_DURATION` (the API documents a string); problems the error table does not
/// name (wrong types, bad links, unknown fields) are 400 `INVALID_REQUEST`; the callback body is the status
/// envelope (``callbackShape``).
///
/// Deviation: seedanceapi.org requires a public `callback_url` ("no localhost"); the simulator accepts loopback URLs as
/// well, because it only ever posts callbacks to loopback (a callback test needs a local receiver).
public struct SimulatedSeedanceAPIOrg: SimulatedDialect {
    /// What a callback POST carries (the payload is undocumented, docs/dialects/seedanceapi.md).
    public enum CallbackShape: Sendable, Hashable {
        /// The whole status envelope `{"code", "message", "data"}` (the default).
        case envelope
        /// The status `data` object alone.
        case bareData
    }

    /// The dialect's unique name in a ``Simulator`` (default `"seedanceapi"`).
    public let name: String
    /// The path of the base URL (default `"/v1"`, as `https://seedanceapi.org/v1`).
    public let basePath: String
    /// Which HTTP status error envelopes travel under (default: the status itself).
    public var errorDelivery: EnvelopeErrorDelivery
    /// What callbacks carry (default ``CallbackShape/envelope``).
    public var callbackShape: CallbackShape
    /// The account's credits, or `nil` (the default) for an unlimited account. When set, a create whose price
    /// exceeds what is left is refused with 402 `INSUFFICIENT_CREDITS`; every task not failed counts against it.
    public var creditBalance: Int?
    /// Whether unknown body fields are refused with 400 `INVALID_REQUEST` (default `true`) [INFERRED].
    public var rejectsUnknownFields: Bool

    /// Task ids as the documents show them: `seed15`, 12 lowercase hex digits, `pro` (`seed15abc123def456pro`).
    public var taskIDFormat: TaskIDFormat {
        TaskIDFormat { input in "seed15" + TaskIDFormat.prefixed("", randomCharacters: 12).id(for: input) + "pro" }
    }

    /// A simulated seedanceapi.org. Nothing here throws.
    public init(
        name: String = "seedanceapi", basePath: String = "/v1", errorDelivery: EnvelopeErrorDelivery = .httpStatus,
        callbackShape: CallbackShape = .envelope, creditBalance: Int? = nil, rejectsUnknownFields: Bool = true
    ) {
        self.name = name
        self.basePath = basePath
        self.errorDelivery = errorDelivery
        self.callbackShape = callbackShape
        self.creditBalance = creditBalance
        self.rejectsUnknownFields = rejectsUnknownFields
    }

    // MARK: Routing

    /// Routes `POST /generate` and `GET /status` (relative to ``basePath``); other paths under it get the
    /// framework's 404 in this envelope.
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if request.matches("POST", "/generate") { return .create() }
        if request.matches("GET", "/status") { return .status(taskID: request.query("task_id")) }
        return nil
    }

    /// Answers a routed request.
    ///
    /// - Throws: ``SimulatedError`` for every refusal (rendered by ``errorResponse(for:)``).
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        switch route.kind {
        case .create:
            return try await create(in: context)
        case .status:
            guard let id = route.taskID, !id.isEmpty else {
                throw SimulatedError.invalidParameter("task_id", "The task_id query parameter is required", code: Self.invalidRequest)
            }
            let observation = try await context.observeTask(id)
            return SimulatedEnvelope.successResponse(SeedanceAPIOrgStatusRendering.data(for: observation))
        default:
            throw SimulatedError(.other, status: 404, message: "No route for \(context.request.method) \(context.request.fullPath)")
        }
    }

    private func create(in context: DialectContext) async throws -> SimulatedResponse {
        let body = try SeedanceAPIOrgCreateValidation(rejectsUnknownFields: rejectsUnknownFields).validate(try context.jsonObject())
        try await checkBalance(for: body.credits, in: context)
        let task = await context.createTask(
            TaskDraft(
                model: "seedance-1.5", prompt: body.prompt, params: body.params, callbackURL: body.callbackURL,
                echo: TaskEcho(duration: body.duration, resolution: body.resolution, ratio: body.aspectRatio, generateAudio: body.generateAudio)))
        return SimulatedEnvelope.successResponse(["task_id": .string(task.id), "status": "IN_PROGRESS"])
    }

    /// Refuses with 402 `INSUFFICIENT_CREDITS` when a create costing `credits` exceeds what is left of
    /// ``creditBalance`` (every task of this dialect not failed counts against it).
    func checkBalance(for credits: Int, in context: DialectContext) async throws {
        guard let creditBalance else { return }
        let spent = await context.observeAllTasks().reduce(0) { total, observation in
            total + SeedanceAPIOrgStatusRendering.chargedCredits(observation)
        }
        guard spent + credits <= creditBalance else {
            throw SimulatedError(
                .other, status: 402, code: "INSUFFICIENT_CREDITS",
                message: "Not enough credits for this operation: it costs \(credits), \(max(0, creditBalance - spent)) left")
        }
    }

    /// The status envelope (or its `data` alone, see ``callbackShape``) of the terminal task.
    public func callbackBody(for observation: TaskObservation) -> JSONValue? {
        let data = SeedanceAPIOrgStatusRendering.data(for: observation)
        return callbackShape == .envelope ? SimulatedEnvelope.success(data) : data
    }

    /// The credits seedanceapi.org's documented price table charges for a video (`nil` for a resolution or length it
    /// does not list):
    ///
    /// | resolution | 4 s | 8 s | 12 s | 4 s + audio | 8 s + audio | 12 s + audio |
    /// |---|---|---|---|---|---|---|
    /// | 480p | 8 | 14 | 19 | 14 | 28 | 38 |
    /// | 720p | 14 | 28 | 42 | 28 | 56 | 84 |
    public static func credits(resolution: String, durationSeconds: Int, generateAudio: Bool) -> Int? {
        let row: [Int: (silent: Int, audio: Int)]
        switch resolution {
        case "480p": row = [4: (8, 14), 8: (14, 28), 12: (19, 38)]
        case "720p": row = [4: (14, 28), 8: (28, 56), 12: (42, 84)]
        default: return nil
        }
        return row[durationSeconds].map { generateAudio ? $0.audio : $0.silent }
    }

    static let invalidRequest = "INVALID_REQUEST"
}
