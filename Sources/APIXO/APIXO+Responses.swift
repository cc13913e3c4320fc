import Foundation
import SeedanceCore

extension APIXO {
    /// `data.taskId` from a create answer. Throws the mapped error when HTTP or the inner `code` says error, and
    /// `.decoding` when a success carries no id.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: APIXOFailCode.category(for:)) }
        let created = try envelope.decodeData(CreatedTask.self, provider: provider, what: "create answer")
        guard let id = created.taskId?.value ?? created.task_id?.value, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status, message: "the create answer has no data.taskId",
                requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        return TaskID(rawValue: id)
    }

    /// A snapshot from a status answer. Throws the mapped error (with `id`) when HTTP or the inner `code` says error,
    /// `.decoding` when `data` or `resultJson` is unreadable. A task failure is a snapshot, not a thrown error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else {
            throw envelope.error(provider: provider, taskID: id, categoryForCode: APIXOFailCode.category(for:))
        }
        return try APIXOStatusParser(provider: provider, model: model).snapshot(from: envelope, fallbackID: id)
    }

    /// A snapshot from a callback body: the status envelope APIXO POSTs to `callback_url`.
    ///
    /// Pure: the same body always gives the same snapshot, so repeated deliveries (APIXO retries up to 3 times when
    /// your server does not answer 200 within 30 s) are harmless. Callbacks are **not signed**: anyone can POST one.
    /// Act only after confirming the task with ``makeStatusRequest(for:)`` (the client's `confirm`). Throws the mapped
    /// error for an error envelope and `.decoding` for a body without `data.taskId` or with unreadable fields.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(body: body)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: APIXOFailCode.category(for:)) }
        return try APIXOStatusParser(provider: provider, model: model).snapshot(from: envelope, fallbackID: nil)
    }
}

/// The create answer's `data`.
private struct CreatedTask: Decodable {
    var taskId: LenientString?
    var task_id: LenientString?
}
