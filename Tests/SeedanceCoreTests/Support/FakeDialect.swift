import Foundation
import SeedanceCore

/// A minimal dialect for engine tests: `POST /v1/tasks` creates, `GET /v1/tasks/{id}` answers
/// `{"id", "status", "progress"?, "video_url"?, "error"?}`, `POST /v1/tasks/{id}/cancel` cancels and
/// `GET /v1/tasks?page=&page_size=` lists `{"total", "items"}`. ``FakeDialect`` has none of the optional operations;
/// ``FakeCancellingDialect``, ``FakeListingDialect`` and ``FakeCallbackDialect`` each add one, by conformance (what
/// the client checks).
struct FakeDialect: FakeWire {
    let baseURL: URL
    let hints: PollingHints

    init(hints: PollingHints = FakeDialect.standardHints, baseURL: URL = URL(string: "https://api.fake.test/v1")!) {
        self.baseURL = baseURL
        self.hints = hints
    }

    /// Expected 90 s, first poll not before 10 s, polls 2 s to 60 s apart.
    static let standardHints = PollingHints(
        expectedDuration: .seconds(90), firstPollDelay: .seconds(10), minimumInterval: .seconds(2), maximumInterval: .seconds(60))
}

/// ``FakeDialect`` that can cancel.
struct FakeCancellingDialect: FakeWire, CancellableDialect {
    var baseURL = URL(string: "https://api.fake.test/v1")!
    var hints = FakeDialect.standardHints
}

/// ``FakeDialect`` that can list.
struct FakeListingDialect: FakeWire, ListableDialect {
    var baseURL = URL(string: "https://api.fake.test/v1")!
    var hints = FakeDialect.standardHints
}

/// ``FakeDialect`` that reads callbacks.
struct FakeCallbackDialect: FakeWire, CallbackDialect {
    var baseURL = URL(string: "https://api.fake.test/v1")!
    var hints = FakeDialect.standardHints
}

/// The fake's wire format, shared by every fake dialect.
protocol FakeWire: Dialect {
    var hints: PollingHints { get }
}

extension FakeWire {
    var provider: ProviderID { "fakeprovider" }
    var defaultModel: ModelID { "fake-model" }
    var capabilities: Capabilities {
        let model = ModelCapabilities(
            id: "fake-model", displayName: "Fake", supportedFields: [.prompt, .duration, .resolution], prompt: .required,
            resolutions: [.p480, .p720], aspectRatios: [], durations: .range(2...12))
        return Capabilities(models: [model])
    }

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

    func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else {
            let code = (try? JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "error"))?["code"]?.stringValue
            throw HTTPErrorMapping.error(
                for: response, provider: provider, code: code.map(ProviderCode.init(rawValue:)), category: code.flatMap { fakeTerminalCodes[$0] },
                taskID: id)
        }
        return try snapshot(from: response.body)
    }

    func parseCallback(_ body: Data) throws -> TaskSnapshot {
        try snapshot(from: body)
    }

    func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        SeedanceHTTPRequest(method: .post, url: try URLBuilding.url(baseURL, path: ["tasks", id.rawValue, "cancel"], provider: provider))
    }

    func makeListRequest(_ query: TaskListQuery) throws -> SeedanceHTTPRequest {
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

    private func snapshot(from body: Data) throws -> TaskSnapshot {
        let task = try JSONBody.decode(FakeTask.self, from: body, provider: provider, what: "task")
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

/// Error codes a status response may carry (`{"code": …}`) that say the task is over.
private let fakeTerminalCodes: [String: SeedanceError.Category] = [
    "task_failed": .taskFailed, "content_rejected": .contentRejected, "task_expired": .taskExpired, "task_cancelled": .cancelled,
]

/// The task object (decoded into a typed struct: the fast path, as a real dialect would).
private struct FakeTask: Decodable {
    var id: String?
    var status: String?
    var progress: Double?
    var video_url: String?
    var error: String?
}
