import Foundation
import SeedanceContentArray
import SeedanceCore

extension SparkDance {
    /// The task id from a create response (the task object, docs/dialects/sparkdance.md).
    ///
    /// - Throws: the mapped error for a non-2xx status; for a 2xx body with an `error` and no `id`, the error's
    ///   category (an undocumented code: `invalidRequest`) — it is a refusal, not a task; `.decoding` for a body
    ///   that is not a JSON object or has neither.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        guard response.isSuccess else { throw SparkDanceErrorMapping.httpError(response, provider: provider, taskID: nil) }
        let task = try decode(response.body, what: "create response").0.task
        if let id = task.id?.value, !id.isEmpty { return TaskID(rawValue: id) }
        if let payload = task.errorPayload {
            throw SparkDanceErrorMapping.inBandError(payload, response: response, provider: provider, taskID: nil, fallback: .invalidRequest)
        }
        throw SeedanceError(
            category: .decoding, provider: provider, httpStatus: response.status, message: "the create response carries no task id",
            requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
    }

    /// A snapshot from `GET …/task/{id}`. An unknown status string is `.unknown(raw)`.
    ///
    /// - Throws: the mapped error (with `id`) for a non-2xx status, or for a 2xx body holding only an `error`
    ///   (an undocumented code: `server`); `.decoding` for a body without a status.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else { throw SparkDanceErrorMapping.httpError(response, provider: provider, taskID: id) }
        let (echoed, raw) = try decode(response.body, what: "task status", polledID: id)
        let task = echoed.task
        if task.status == nil, let payload = task.errorPayload {
            throw SparkDanceErrorMapping.inBandError(payload, response: response, provider: provider, taskID: id, fallback: .server)
        }
        let reportedID = task.id.flatMap { $0.value.isEmpty ? nil : TaskID(rawValue: $0.value) }
        return try snapshot(echoed, raw: raw, id: reportedID ?? id, polledID: id)
    }

    /// A snapshot from a callback body: assumed to be the task object of the status response [INFERRED,
    /// docs/dialects/sparkdance.md]. Callbacks are not signed and may repeat: confirm with a status request before
    /// acting.
    ///
    /// - Throws: `.decoding` when the body is not a task object with an `id` and a `status`.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        let (task, raw) = try decode(body, what: "callback body")
        guard let id = task.task.id?.value, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, message: "the callback body carries no task id", bodyExcerpt: Redaction.excerpt(of: body))
        }
        return try snapshot(task, raw: raw, id: TaskID(rawValue: id))
    }

    /// The body as JSON and as a task object with its Seedance 2.x echoes (read as the official API names them: Vtrix
    /// documents no 2.x response of its own); a `.decoding` error carries `polledID` when given.
    private func decode(_ body: Data, what: String, polledID: TaskID? = nil) throws -> (EchoedTask<SparkDanceTask>, JSONValue) {
        do {
            let raw = try JSONBody.decode(JSONValue.self, from: body, provider: provider, what: what)
            return (try JSONBody.decode(EchoedTask<SparkDanceTask>.self, from: body, provider: provider, what: what), raw)
        } catch var error as SeedanceError {
            error.taskID = polledID ?? error.taskID
            throw error
        }
    }

    private func snapshot(_ echoed: EchoedTask<SparkDanceTask>, raw: JSONValue, id: TaskID, polledID: TaskID? = nil) throws -> TaskSnapshot {
        let task = echoed.task
        let echoes = echoed.echoes
        guard let rawStatus = task.status?.value else {
            throw SeedanceError(category: .decoding, provider: provider, message: "the task object carries no status", taskID: polledID ?? id)
        }
        let status = SparkDanceStatus.neutral(rawStatus)
        let items = (task.output ?? []).flatMap { $0.content ?? [] }
        let video = items.first(where: \.isVideo)
        let lastFrame = items.first(where: \.isImage)
        var usage = task.usage.map { Usage(cost: $0.cost?.value, discount: $0.discount?.value) }
        if let searches = echoes.webSearchCount {
            usage = usage ?? Usage()
            usage?.webSearchCount = searches
        }
        return TaskSnapshot(
            id: id, status: status, rawStatus: rawStatus, progress: task.progress.map { Self.fraction($0.value) },
            videoURL: video?.assetURL.flatMap(URL.init(string:)), lastFrameURL: lastFrame?.assetURL.flatMap(URL.init(string:)),
            duration: video?.duration?.value, resolution: video?.resolution.map { Resolution(rawValue: $0.value) },
            aspectRatio: video?.ratio.map { AspectRatio(rawValue: $0.value) }, model: task.model.map { ModelID(rawValue: $0.value) },
            usage: usage, failure: status == .failed ? SparkDanceErrorMapping.failure(task.errorPayload) : nil,
            createdAt: LenientTimestamp.parse(task.createdAt), isDraft: echoes.isDraft, draftTaskID: echoes.draftTask,
            outputFormat: echoes.format, raw: raw)
    }

    /// `progress` as a fraction: documented as 0…1; a value above 1 is taken as a percentage. Clamped to 0…1.
    static func fraction(_ value: Double) -> Double {
        min(1, max(0, value > 1 ? value / 100 : value))
    }
}
