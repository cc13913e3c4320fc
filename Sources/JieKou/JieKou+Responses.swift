import Foundation
import SeedanceCore

extension JieKou {
    /// The task id from `{"task_id": …}` or `{"id": …}` (a string, or a number rendered as text).
    ///
    /// - Throws: the mapped error for an error status; `.decoding` when a success body is not JSON or carries
    ///   neither key (or an empty id).
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        guard response.isSuccess else { throw JieKouErrorMapping.error(for: response, provider: provider) }
        let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "create response")
        for key in ["task_id", "id"] {
            if let id = json[key].flatMap(JieKouJSON.text), !id.isEmpty { return TaskID(rawValue: id) }
        }
        throw SeedanceError(
            category: .decoding, provider: provider, httpStatus: response.status,
            message: "the create response carries neither task_id nor id", requestID: response.requestID,
            bodyExcerpt: Redaction.excerpt(of: response.body))
    }

    /// A snapshot from a task-result response (`task.status`, `videos`, `audios`, `extra` and the failure reason; see `JieKouTaskResult.swift`).
    ///
    /// - Throws: the mapped error (with `id`) for an error status; `.decoding` (with `id`) for a body that is not
    ///   JSON or has no `task.status`. An unknown status is `.unknown(raw)`, not an error.
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else { throw JieKouErrorMapping.error(for: response, provider: provider, taskID: id) }
        return try JieKouTaskResult.snapshot(from: response, id: id, provider: provider)
    }
}
