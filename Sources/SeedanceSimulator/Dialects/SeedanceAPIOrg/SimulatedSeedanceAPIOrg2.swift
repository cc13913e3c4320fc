import Foundation
import SeedanceCore

/// The server side of seedanceapi.org's Seedance 2.0 API (https://seedanceapi.org/docs/v2), beside the v1 API of
/// ``SimulatedSeedanceAPIOrg`` and in the same envelopes:
///
/// - `POST /v2/generate` with `{"model", "prompt", "duration" (a number), "aspect_ratio", "images", "callback_url",
///   "public"}` (2-mini adds `resolution` and `reference_video_urls`; see `SeedanceAPIOrg2CreateValidation`) answers
///   `{"code": 200, "message": "success", "data": {"task_id", "status": "IN_PROGRESS"}}`;
/// - `GET /v2/status?task_id=<id>` answers `data` as v1 does (`status` `IN_PROGRESS` / `SUCCESS` / `FAILED`,
///   `consumed_credits` once terminal, `request` echoing `model`, `prompt`, `aspect_ratio`, `duration` as a number,
///   `response`, `error_message`) [INFERRED: the v2 status shape is not documented beyond v1's];
/// - errors as v1 (``SimulatedSeedanceAPIOrg/errorResponse(for:)``), 402 `INSUFFICIENT_CREDITS` when a limited
///   balance runs out.
///
/// Prices as published: 2.0 240 / 480 / 720 credits and 2.0 fast 160 / 320 / 480 for 5 / 10 / 15 s; 2-mini has no
/// published price and is charged 0 [INFERRED]. Task ids are `seed2` and 16 hex digits [INFERRED: none shown].
public struct SimulatedSeedanceAPIOrg2: SimulatedDialect {
    /// The dialect's unique name in a ``Simulator`` (default `"seedanceapi-v2"`).
    public let name: String
    /// The path of the base URL (default `"/v2"`, as `https://seedanceapi.org/v2`).
    public let basePath: String
    /// The v1 dialect whose envelope, callback shape, balance and strictness this one shares.
    public var v1: SimulatedSeedanceAPIOrg

    /// Task ids: `seed2` and 16 lowercase hex digits.
    public var taskIDFormat: TaskIDFormat { .prefixed("seed2", randomCharacters: 16) }

    /// A simulated seedanceapi.org v2 API. Nothing here throws.
    public init(name: String = "seedanceapi-v2", basePath: String = "/v2", v1: SimulatedSeedanceAPIOrg = SimulatedSeedanceAPIOrg()) {
        self.name = name
        self.basePath = basePath
        self.v1 = v1
    }

    /// Routes `POST /generate` and `GET /status` (relative to ``basePath``).
    public func route(_ request: SimulatedRequest) -> SimulatedRoute? { v1.route(request) }

    /// Answers a routed request.
    ///
    /// - Throws: ``SimulatedError`` for every refusal (rendered by ``errorResponse(for:)``).
    public func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        guard route.kind == .create else { return try await v1.respond(to: route, in: context) }
        let body = try SeedanceAPIOrg2CreateValidation(rejectsUnknownFields: v1.rejectsUnknownFields, hosted: context.hostedMedia)
            .validate(try context.jsonObject())
        try await v1.checkBalance(for: body.credits ?? 0, in: context)
        let draft = TaskDraft(
            model: body.model, prompt: body.prompt, params: body.params, callbackURL: body.callbackURL,
            echo: TaskEcho(duration: body.duration, resolution: body.resolution, ratio: body.aspectRatio))
        let task = await Seedance2Output.createTask(draft, resolution: body.resolution, ratio: body.aspectRatio, in: context)
        return SimulatedEnvelope.successResponse(["task_id": .string(task.id), "status": "IN_PROGRESS"])
    }

    /// As v1's.
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse { v1.errorResponse(for: error) }

    /// As v1's.
    public func callbackBody(for observation: TaskObservation) -> JSONValue? { v1.callbackBody(for: observation) }

    /// The published price of a `durationSeconds` video of `model`, or `nil` where none is published.
    public static func credits(model: String, durationSeconds: Int) -> Int? {
        let perFive: Int
        switch model {
        case "seedance-2.0": perFive = 240
        case "seedance-2.0-fast": perFive = 160
        default: return nil
        }
        return [5, 10, 15].contains(durationSeconds) ? perFive * durationSeconds / 5 : nil
    }
}
