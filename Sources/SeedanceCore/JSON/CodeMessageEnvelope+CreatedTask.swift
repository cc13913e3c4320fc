extension CodeMessageEnvelope {
    /// Where an envelope dialect's create answer names the new task: `data.taskId` or `data.task_id`.
    package enum TaskIDKey: String, Sendable {
        case camelCase = "taskId"
        case snakeCase = "task_id"
    }

    /// The new task's id from `response`, a create answer `{code, message, data: {taskId | task_id}}`, reading
    /// `preferred` first (a string, or a number rendered as text).
    ///
    /// - Throws: ``error(provider:taskID:categoryForCode:)`` when HTTP or the inner `code` says error; `.decoding`
    ///   for an unreadable `data`, and when a success carries no non-empty id (the message names `data.<preferred>`).
    package static func createdTaskID(
        in response: SeedanceHTTPResponse, preferring preferred: TaskIDKey, provider: ProviderID,
        categoryForCode: (ProviderCode) -> SeedanceError.Category?
    ) throws -> TaskID {
        let envelope = CodeMessageEnvelope(response)
        guard envelope.isSuccess else { throw envelope.error(provider: provider, categoryForCode: categoryForCode) }
        let created = try envelope.decodeData(CreatedTaskKeys.self, provider: provider, what: "create answer")
        let ids = preferred == .camelCase ? [created.taskId, created.task_id] : [created.task_id, created.taskId]
        guard let id = ids.lazy.compactMap({ $0?.value }).first, !id.isEmpty else {
            throw SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status, message: "the create answer has no data.\(preferred.rawValue)",
                requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        return TaskID(rawValue: id)
    }
}

/// The create answer's `data`, under either spelling.
private struct CreatedTaskKeys: Decodable {
    var taskId: LenientString?
    var task_id: LenientString?
}
