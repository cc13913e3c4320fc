import Foundation
import SeedanceCore

/// A minimal dialect for engine tests: `POST /v1/tasks` creates, `GET /v1/tasks/{id}` answers
/// `{"id", "status", "progress"?, "video_url"?, "error"?}`, `POST /v1/tasks/{id}/cancel` cancels and
/// `GET /v1/tasks?page=&page_size=` lists `{"total", "items"}`. Cancel, list and callbacks are switchable.
struct FakeDialect: Dialect {
    let provider: ProviderID = "fakeprovider"
    let baseURL: URL
    let defaultModel: ModelID = "fake-model"
    let capabilities: Capabilities
    let hints: PollingHints

    init(
        cancel: Bool = false, list: Bool = false, callbacks: Bool = false, hints: PollingHints = FakeDialect.standardHints,
        baseURL: URL = URL(string: "https://api.fake.test/v1")!
    ) {
        self.baseURL = baseURL
        let model = ModelCapabilities(
            id: "fake-model", displayName: "Fake", supportedFields: [.prompt, .duration, .resolution], prompt: .required,
            resolutions: [.p480, .p720], aspectRatios: [], durations: .range(2...12))
        capabilities = Capabilities(models: [model], callbacks: callbacks, cancel: cancel, list: list)
        self.hints = hints
    }

    /// Expected 90 s, first poll not before 10 s, polls 2 s to 60 s apart.
    static let standardHints = PollingHints(expectedDuration: .seconds(90), firstPollDelay: .seconds(10), minimumInterval: .seconds(2), maximumInterval: .seconds(60))

    func validate(_ request: VideoRequest) throws {
        guard let model = capabilities.model(request.model ?? defaultModel) else {
            throw SeedanceError.invalid("model", value: request.model?.rawValue, allowed: "fake-model", provider: provider)
        }
        try RequestValidator(provider: provider, model: model).validate(request)
    }

    func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        var body: [String: JSONValue] = ["prompt": .string(request.prompt ?? "")]
        if case .seconds(let seconds) = request.duration { body["duration"] = .integer(Int64(seconds)) }
        return .createJSON(try URLBuilding.url(baseURL, path: ["tasks"], provider: provider), body: try JSONBody.encode(JSONValue.object(body)))
    }

    func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        guard response.isSuccess else { throw HTTPErrorMapping.error(for: response, provider: provider) }
        let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "create response")
        guard let id = json["id"]?.stringValue else { throw SeedanceError(category: .decoding, provider: provider, message: "no id") }
        return TaskID(rawValue: id)
    }

    func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        .getJSON(try URLBuilding.url(baseURL, path: ["tasks", id.rawValue], provider: provider))
    }

    /// Error codes a status response may carry (`{"code": …}`) that say the task is over.
    static let terminalCodes: [String: SeedanceError.Category] = [
        "task_failed": .taskFailed, "content_rejected": .contentRejected, "task_expired": .taskExpired, "task_cancelled": .cancelled,
    ]

    func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else {
            let code = (try? JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "error"))?["code"]?.stringValue
            throw HTTPErrorMapping.error(
                for: response, provider: provider, code: code.map(ProviderCode.init(rawValue:)), category: code.flatMap { Self.terminalCodes[$0] },
                taskID: id)
        }
        return try snapshot(from: response.body)
    }

    func parseCallback(_ body: Data) throws -> TaskSnapshot {
        guard capabilities.callbacks else { throw SeedanceError.unsupported("callbacks", provider: provider) }
        return try snapshot(from: body)
    }

    func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        guard capabilities.cancel else { throw SeedanceError.unsupported("cancelling a task", provider: provider) }
        return SeedanceHTTPRequest(method: .post, url: try URLBuilding.url(baseURL, path: ["tasks", id.rawValue, "cancel"], provider: provider))
    }

    func makeListRequest(_ query: TaskListQuery) throws -> SeedanceHTTPRequest {
        guard capabilities.list else { throw SeedanceError.unsupported("listing tasks", provider: provider) }
        let query = [("page", String(query.page)), ("page_size", String(query.pageSize))]
        return .getJSON(try URLBuilding.url(baseURL, path: ["tasks"], query: query, provider: provider))
    }

    func parseListResponse(_ response: SeedanceHTTPResponse) throws -> TaskListPage {
        guard response.isSuccess else { throw HTTPErrorMapping.error(for: response, provider: provider) }
        let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "task list")
        let items = try (json["items"]?.arrayValue ?? []).map { try snapshot(from: JSONBody.encode($0)) }
        return TaskListPage(total: Int(json["total"]?.integerValue ?? 0), tasks: items)
    }

    func pollingHints(for request: VideoRequest?) -> PollingHints { hints }

    /// The task object (decoded into a typed struct: the fast path, as a real dialect would).
    private struct Task: Decodable {
        var id: String?
        var status: String?
        var progress: Double?
        var video_url: String?
        var error: String?
    }

    private func snapshot(from body: Data) throws -> TaskSnapshot {
        let task = try JSONBody.decode(Task.self, from: body, provider: provider, what: "task")
        guard let id = task.id, let raw = task.status else {
            throw SeedanceError(category: .decoding, provider: provider, message: "a task needs id and status")
        }
        let status: TaskStatus =
            switch raw {
            case "queued": .queued
            case "running": .running
            case "succeeded": .succeeded
            case "failed": .failed
            case "cancelled": .cancelled
            case "expired": .expired
            default: .unknown(raw)
            }
        let failure = task.error.map { TaskFailure(category: .server, code: "E1", message: $0) }
        return TaskSnapshot(
            id: TaskID(rawValue: id), status: status, rawStatus: raw, progress: task.progress,
            videoURL: task.video_url.flatMap(URL.init(string:)), failure: failure)
    }
}
