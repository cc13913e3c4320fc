import Foundation
import SeedanceContentArray
import SeedanceCore

extension ModelArk {
    /// The task id from `{"id": "cgt-…"}` (docs/dialects/modelark.md).
    ///
    /// - Throws: the mapped error for a non-2xx status; the mapped error for a 2xx body with an `error` and no
    ///   `id`; `.decoding` for a body with neither.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        guard response.isSuccess else { throw ModelArkErrorMapping.httpError(response, provider: provider, taskID: nil) }
        let task = try JSONBody.decode(ModelArkTask.self, from: response.body, provider: provider, what: "create response")
        if let id = task.id?.value, !id.isEmpty { return TaskID(rawValue: id) }
        if let payload = task.errorPayload { throw ModelArkErrorMapping.inBandError(payload, response: response, provider: provider) }
        throw SeedanceError(
            category: .decoding, provider: provider, httpStatus: response.status, message: "the create response carries no task id",
            requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
    }

    /// A snapshot from `GET …/tasks/{id}`. `expired` and `cancelled` carry a ``TaskFailure`` of their own
    /// category; an unknown status string is `.unknown(raw)`.
    ///
    /// - Throws: the mapped error (with `id`) for a non-2xx status; `.decoding` for a body without a status.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else { throw ModelArkErrorMapping.httpError(response, provider: provider, taskID: id) }
        do {
            let raw = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "task")
            let task = try JSONBody.decode(EchoedTask<ModelArkTask>.self, from: response.body, provider: provider, what: "task")
            let reportedID = task.task.id.flatMap { $0.value.isEmpty ? nil : TaskID(rawValue: $0.value) }
            return try snapshot(task, raw: raw, id: reportedID ?? id)
        } catch var error as SeedanceError {
            error.taskID = id
            throw error
        }
    }

    /// A snapshot from a callback body, assumed to be the task object [INFERRED, docs/dialects/modelark.md]. Callbacks
    /// are not signed and may repeat: confirm with a status request before acting.
    ///
    /// - Throws: `.decoding` when the body is not a task object with an `id` and a `status`.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        let raw = try JSONBody.decode(JSONValue.self, from: body, provider: provider, what: "callback body")
        let task = try JSONBody.decode(EchoedTask<ModelArkTask>.self, from: body, provider: provider, what: "callback body")
        guard let id = task.task.id?.value, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, message: "the callback body carries no task id", bodyExcerpt: Redaction.excerpt(of: body))
        }
        return try snapshot(task, raw: raw, id: TaskID(rawValue: id))
    }

    /// Reads the answer to a delete: the same `DELETE …/tasks/{id}` as a cancel, read by ``parseCancelResponse(_:for:)``.
    ///
    /// - Throws: what ``parseCancelResponse(_:for:)`` throws.
    public func parseDeleteResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws {
        try parseCancelResponse(response, for: id)
    }

    /// Reads the answer to `DELETE …/tasks/{id}` (200, empty body, on success).
    ///
    /// - Throws: the mapped error with `id`. A refusal because of the task's state (HTTP 400/409 and codes that
    ///   map to `invalidRequest`: a `running` task cannot be cancelled, a `cancelled` one cannot be deleted) is
    ///   `.invalidRequest` with the provider's code and a message saying so; a 404 is `.notFound`.
    public func parseCancelResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws {
        guard !response.isSuccess else { return }
        var error = ModelArkErrorMapping.httpError(response, provider: provider, taskID: id)
        if error.category == .invalidRequest || response.status == 409 {
            error.category = .invalidRequest
            error.message =
                "task \(id.rawValue) cannot be cancelled or deleted in its current state (a running task cannot be cancelled;"
                + " a cancelled task cannot be deleted): " + error.message
        }
        throw error
    }

    /// One page of `{"total": …, "items": [task…]}` (docs/dialects/modelark.md).
    ///
    /// - Throws: the mapped error for a non-2xx status; `.decoding` for a body that is not a list or an item
    ///   without `id` or `status`.
    public func parseListResponse(_ response: SeedanceHTTPResponse) throws -> TaskListPage {
        guard response.isSuccess else { throw ModelArkErrorMapping.httpError(response, provider: provider, taskID: nil) }
        let raw = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "task list")
        let list = try JSONBody.decode(ModelArkTaskList.self, from: response.body, provider: provider, what: "task list")
        let items = list.items ?? []
        let tasks = try items.enumerated().map { index, task in
            guard let id = task.task.id?.value, !id.isEmpty else {
                throw SeedanceError(category: .decoding, provider: provider, message: "list item \(index) carries no task id")
            }
            return try snapshot(task, raw: raw["items"]?[index] ?? .null, id: TaskID(rawValue: id))
        }
        return TaskListPage(total: list.total.map { Int($0.value) } ?? tasks.count, tasks: tasks)
    }

    /// The snapshot of `echoed`. Token counts may come as numbers, strings or fractions: a fraction rounds to the
    /// nearest whole token (halves away from zero). `content` is `null` once the result URLs expired (24 h).
    private func snapshot(_ echoed: EchoedTask<ModelArkTask>, raw: JSONValue, id: TaskID) throws -> TaskSnapshot {
        let task = echoed.task
        guard let rawStatus = task.status?.value else {
            throw SeedanceError(category: .decoding, provider: provider, message: "the task object carries no status", taskID: id)
        }
        let status = ModelArkStatus.neutral(rawStatus)
        let updatedAt = LenientTimestamp.parse(task.updatedAt, unit: .seconds)
        let usage = task.usage.map {
            Usage(
                completionTokens: $0.completionTokens.map { ContentArrayTaskEchoes.whole($0.value) },
                totalTokens: $0.totalTokens.map { ContentArrayTaskEchoes.whole($0.value) }, webSearchCount: echoed.echoes.webSearchCount)
        }
        return TaskSnapshot(
            id: id, status: status, rawStatus: rawStatus, videoURL: task.content?.videoURL.flatMap(URL.init(string:)),
            lastFrameURL: task.content?.lastFrameURL.flatMap(URL.init(string:)), duration: task.videoSeconds,
            resolution: task.resolution.map { Resolution(rawValue: $0.value) }, aspectRatio: task.ratio.map { AspectRatio(rawValue: $0.value) },
            seed: task.seed?.value, model: task.model.map { ModelID(rawValue: $0.value) }, usage: usage,
            failure: ModelArkErrorMapping.failure(task.errorPayload, status: status),
            createdAt: LenientTimestamp.parse(task.createdAt, unit: .seconds), updatedAt: updatedAt,
            completedAt: status.isTerminal ? updatedAt : nil, isDraft: echoed.echoes.isDraft, draftTaskID: echoed.echoes.draftTask,
            outputFormat: echoed.echoes.format, raw: raw)
    }
}
