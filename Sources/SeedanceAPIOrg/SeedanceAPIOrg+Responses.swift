import Foundation
import SeedanceCore

extension SeedanceAPIOrg {
    /// `data.task_id` from a create answer; on the v2 API also a top-level `task_id` (or `id`) when the answer has no
    /// `data` (some public clients of v2 read it there), so a task id the provider returned is never dropped. Throws
    /// the mapped error when HTTP or the inner `code` says error, and `.decoding` when a success carries no id.
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        do {
            return try CodeMessageEnvelope.createdTaskID(
                in: response, preferring: .snakeCase, provider: provider, categoryForCode: SeedanceAPIOrgErrorCode.category(for:))
        } catch let error as SeedanceError where error.category == .decoding && speaksV2 {
            let envelope = CodeMessageEnvelope(response)
            guard envelope.data == nil, let body = envelope.body else { throw error }
            for key in ["task_id", "id"] {
                if let id = body[key]?.stringValue, !id.isEmpty { return TaskID(rawValue: id) }
            }
            throw error
        }
    }

    /// A snapshot from a status answer. Throws the mapped error (with `id`) when HTTP or the inner `code` says error,
    /// and `.decoding` when `data` is unreadable. A failed task is a snapshot, not a thrown error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else {
            throw envelope.error(provider: provider, taskID: id, categoryForCode: SeedanceAPIOrgErrorCode.category(for:))
        }
        return try SeedanceAPIOrgStatusParser(provider: provider, v2: speaksV2).snapshot(from: envelope, fallbackID: id)
    }

    /// A snapshot from a callback body that follows the status shape: the status envelope, or its `data` object alone
    /// (the payload is undocumented, so both are read).
    ///
    /// Pure: the same body always gives the same snapshot, so repeated deliveries are harmless. Callbacks are **not
    /// signed**: confirm with ``makeStatusRequest(for:)`` (the client's `confirm`) before acting. Throws the mapped
    /// error for an error envelope, `.decoding` for a body without `task_id` or of another shape.
    public func parseCallback(_ body: Data) throws -> TaskSnapshot {
        var envelope = CodeMessageEnvelope(body: body)
        if envelope.data == nil, envelope.code == nil, let bare = envelope.body, bare["task_id"] != nil {
            envelope = CodeMessageEnvelope(body: try JSONBody.encode(JSONValue.object(["code": 200, "data": bare])))
        }
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: SeedanceAPIOrgErrorCode.category(for:)) }
        return try SeedanceAPIOrgStatusParser(provider: provider, v2: speaksV2).snapshot(from: envelope, fallbackID: nil)
    }
}
