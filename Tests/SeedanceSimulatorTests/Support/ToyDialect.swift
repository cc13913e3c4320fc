import Foundation
import SeedanceCore
import SeedanceSimulator

/// A tiny made-up provider API that exists only to prove the framework (it is the worked example of the
/// "how to write a simulated dialect" guide):
///
/// - `POST {base}/tasks` `{"model", "prompt", "duration" (1…10), "callback_url", "return_last_frame"}` → `{"id"}`
/// - `GET {base}/tasks/{id}` → the task object; `GET {base}/tasks?page=&size=` → `{"total", "items"}`
/// - `POST {base}/tasks/{id}/cancel` (queued only); `DELETE {base}/tasks/{id}` (finished only)
/// - errors: `{"error": {"code", "message", "param"?}}`; callbacks: the task object.
struct ToyDialect: SimulatedDialect {
    var name = "toy"
    var basePath = "/toy/v1"
    var taskIDFormat: TaskIDFormat { .prefixed("toy-", randomCharacters: 10) }

    func route(_ request: SimulatedRequest) -> SimulatedRoute? {
        if request.matches("POST", "/tasks") { return .create() }
        if request.matches("GET", "/tasks") { return .list() }
        if let captured = request.match("GET", "/tasks/{id}") { return .status(taskID: captured["id"]) }
        if let captured = request.match("POST", "/tasks/{id}/cancel") { return .cancel(taskID: captured["id"]) }
        if let captured = request.match("DELETE", "/tasks/{id}") { return .delete(taskID: captured["id"]) }
        return nil
    }

    func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse {
        switch route.kind {
        case .create: return try await create(context)
        case .status: return .json(200, render(try await context.observeTask(try context.requireTaskID())))
        case .list: return await list(context)
        case .cancel: return try await cancel(context)
        case .delete: return try await delete(context)
        case .download, .other: throw SimulatedError.taskNotFound(route.taskID ?? "")
        }
    }

    private func create(_ context: DialectContext) async throws -> SimulatedResponse {
        let fields = JSONFields(try context.jsonObject())
        let prompt = try fields.requiredString("prompt")
        let duration = try fields.integer("duration", in: 1...10) ?? 5
        let callback = try fields.string("callback_url").map { text -> URL in
            guard let url = URL(string: text), url.scheme != nil else { throw SimulatedError.invalidParameter("callback_url", "callback_url must be a URL.") }
            return url
        }
        let task = await context.createTask(
            TaskDraft(
                model: try fields.string("model") ?? "toy-1", prompt: prompt, params: .object(fields.object), callbackURL: callback,
                returnLastFrame: try fields.bool("return_last_frame") ?? false, echo: TaskEcho(duration: Int(duration), resolution: "720p")))
        return .json(200, ["id": .string(task.id)])
    }

    private func list(_ context: DialectContext) async -> SimulatedResponse {
        let page = max(1, Int(context.request.query("page") ?? "") ?? 1)
        let size = max(1, Int(context.request.query("size") ?? "") ?? 10)
        let all = await context.observeAllTasks()
        let items = all.dropFirst((page - 1) * size).prefix(size).map(render)
        return .json(200, ["total": .integer(Int64(all.count)), "items": .array(Array(items))])
    }

    private func cancel(_ context: DialectContext) async throws -> SimulatedResponse {
        let id = try context.requireTaskID()
        switch await context.cancelTask(id) {
        case .cancelled(let observation): return .json(200, render(observation))
        case .notCancellable(let observation):
            throw SimulatedError.notAllowed("Task \(id) is \(Self.status(of: observation.phase)) and cannot be cancelled.", code: "NotCancellable", status: 409)
        case .notFound: throw SimulatedError.taskNotFound(id)
        }
    }

    private func delete(_ context: DialectContext) async throws -> SimulatedResponse {
        let id = try context.requireTaskID()
        guard try await context.observeTask(id).phase.isTerminal else {
            throw SimulatedError.notAllowed("Task \(id) has not finished.", code: "NotFinished", status: 409)
        }
        _ = await context.deleteTask(id)
        return SimulatedResponse(status: 204)
    }

    func render(_ observation: TaskObservation) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(observation.id), "model": .string(observation.task.model),
            "status": .string(Self.status(of: observation.phase)),
            "progress": .integer(Int64((observation.progress * 100).rounded(.down))),
            "created_at": .integer(Int64(observation.task.createdDate.timeIntervalSince1970)),
            "duration": observation.task.echo.duration.map { .integer(Int64($0)) } ?? .null,
            "seed": .integer(observation.reportedSeed),
        ]
        if let url = observation.videoURL { object["video_url"] = .string(url.absoluteString) }
        if let url = observation.lastFrameURL { object["last_frame_url"] = .string(url.absoluteString) }
        if case .failed(let reason) = observation.phase {
            let (code, message): (String, String) =
                switch reason {
                case .contentRejected: ("Sensitive", "The prompt was rejected by moderation.")
                case .generationFailed: ("GenerationFailed", "The generation failed.")
                case .custom(let code, let message): (code, message)
                }
            object["error"] = ["code": .string(code), "message": .string(message)]
        }
        return .object(object)
    }

    static func status(of phase: TaskPhase) -> String {
        switch phase {
        case .queued: "queued"
        case .running: "running"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .expired: "expired"
        case .cancelled: "cancelled"
        }
    }

    func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let code =
            error.code
            ?? {
                switch error.reason {
                case .missingAPIKey: "Unauthenticated"
                case .invalidAPIKey: "InvalidKey"
                case .malformedBody: "BadJSON"
                case .invalidParameter: "InvalidParameter"
                case .contentRejected: "Sensitive"
                case .taskNotFound: "NotFound"
                case .notAllowed: "NotAllowed"
                case .rateLimited: "TooMany"
                case .serverError: "Internal"
                case .other: "Error"
                }
            }()
        var body: [String: JSONValue] = ["code": .string(code), "message": .string(error.message)]
        if let parameter = error.parameter { body["param"] = .string(parameter) }
        return .json(error.status, ["error": .object(body)])
    }

    func callbackBody(for observation: TaskObservation) -> JSONValue? { render(observation) }
}
