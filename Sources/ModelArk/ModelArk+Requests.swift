import Foundation
import SeedanceContentArray
import SeedanceCore

extension ModelArk {
    /// The path of the task collection, below the base URL.
    static let tasksPath = ["contents", "generations", "tasks"]

    /// Checks `request` against its model's limits (a recognised Seedance 1.x or 2.x id) or the generic rules (any
    /// other id), then the content-array rules (`ContentArrayRules`). Throws `.invalidRequest` naming field, value,
    /// what is allowed, model and provider; an empty model id is refused (field `model`), and so is a Seedance 2.x
    /// id on BytePlus that is not spelled `dreamina-…` (BytePlus answers 404 to the bare and `doubao-` spellings).
    public func validate(_ request: VideoRequest) throws {
        let model = request.model ?? defaultModel
        guard !model.rawValue.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SeedanceError.invalid("model", value: "\"\(model.rawValue)\"", allowed: "a model id or an ep-… endpoint id", provider: provider)
        }
        if region == .byteplus, let spelling = ModelArkModels.byteplusSpelling(of: model) {
            throw SeedanceError.invalid(
                "model", value: model.rawValue, allowed: spelling.rawValue, provider: provider, model: model,
                reason: "is not served on BytePlus under this spelling (Seedance 2.x ids start with dreamina- there)")
        }
        try ContentArrayRules(provider: provider, model: ModelArkModels.capabilities(for: model), reservedKeys: ["model"]).validate(request)
    }

    /// `POST {base}/contents/generations/tasks` with `model`, `content` and the set parameters at the top level;
    /// unset fields omitted, ``VideoRequest/extraFields`` added at the top level. Throws `.invalidRequest` when an
    /// image cannot be encoded.
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        var body = try ContentArrayParameters(request, provider: provider).jsonObject(adding: request.extraFields)
        body["model"] = .string((request.model ?? defaultModel).rawValue)
        return .createJSON(try URLBuilding.url(baseURL, path: Self.tasksPath, provider: provider), body: try JSONBody.encode(body))
    }

    /// `GET {base}/contents/generations/tasks/{id}`, the id escaped as one path segment. Throws `.invalidRequest`
    /// for an empty id, `.` or `..`.
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        .getJSON(try taskURL(id))
    }

    /// `DELETE {base}/contents/generations/tasks/{id}`: cancels a `queued` task (it becomes `cancelled`). The API
    /// refuses a `running` task (see ``parseCancelResponse(_:for:)``); on a finished task the same call deletes its
    /// record (``makeDeleteRequest(for:)``). Throws `.invalidRequest` for an id that cannot be a path segment.
    public func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        SeedanceHTTPRequest(method: .delete, url: try taskURL(id), headers: ["Accept": "application/json"], kind: .idempotent)
    }

    /// `DELETE {base}/contents/generations/tasks/{id}` on a `succeeded`, `failed` or `expired` task: its record is
    /// deleted and can no longer be queried (the video URL stops being retrievable through the API). The same
    /// request as ``makeCancelRequest(for:)``; read the answer with ``parseDeleteResponse(_:for:)``.
    public func makeDeleteRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        try makeCancelRequest(for: id)
    }

    /// `GET {base}/contents/generations/tasks?page_num=&page_size=` plus `filter.status`, one `filter.task_ids`
    /// per id, `filter.model` and `filter.service_tier` when set. The API keeps the last 7 days.
    ///
    /// - Throws: `.invalidRequest` for a page below 1 or a page size outside 1…500.
    public func makeListRequest(_ query: TaskListQuery) throws -> SeedanceHTTPRequest {
        guard query.page >= 1 else {
            throw SeedanceError.invalid("page", value: String(query.page), allowed: "1 or more", provider: provider)
        }
        guard (1...500).contains(query.pageSize) else {
            throw SeedanceError.invalid("pageSize", value: String(query.pageSize), allowed: "1…500", provider: provider)
        }
        var items = [("page_num", String(query.page)), ("page_size", String(query.pageSize))]
        if let status = query.status { items.append(("filter.status", ModelArkStatus.wire(status))) }
        items += query.taskIDs.map { ("filter.task_ids", $0.rawValue) }
        if let model = query.model { items.append(("filter.model", model.rawValue)) }
        if let tier = query.serviceTier { items.append(("filter.service_tier", tier.rawValue)) }
        return .getJSON(try URLBuilding.url(baseURL, path: Self.tasksPath, query: items, provider: provider))
    }

    private func taskURL(_ id: TaskID) throws -> URL {
        try URLBuilding.url(baseURL, path: Self.tasksPath + [id.rawValue], provider: provider)
    }
}
