extension Dialect {
    /// A snapshot from the status answer for `id`, refused when the body names another task: a proxy or cache that
    /// mixed answers up must not make one task look like another's result.
    ///
    /// - Throws: what ``parseStatusResponse(_:for:)`` throws; `SeedanceError` `.decoding` carrying `id` when the
    ///   answer is about another task.
    func parseStatus(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        let snapshot = try parseStatusResponse(response, for: id)
        guard snapshot.id == id else {
            throw SeedanceError(
                category: .decoding, provider: provider, httpStatus: response.status,
                message: "the status answer for task \(id.rawValue) describes another task, \(snapshot.id.rawValue); it was not used",
                taskID: id, requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
        }
        return snapshot
    }
}
