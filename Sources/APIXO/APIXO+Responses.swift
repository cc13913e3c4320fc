import Foundation
import SeedanceCore

extension APIXO {
    /// `data.taskId` from a create answer. Throws the mapped error when HTTP or the inner `code` says error, and
    /// `.decoding` when a success carries no id.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        try CodeMessageEnvelope.createdTaskID(in: response, preferring: .camelCase, provider: provider, categoryForCode: APIXOFailCode.category(for:))
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
