import SeedanceCore

extension SimulatedJieKou {
    /// The Novita-platform envelope `{"code": <status>, "reason": "<REASON>", "message": "…", "metadata": {}}`
    /// [docs/dialects/jiekou.md] with JieKou's reason names and statuses:
    ///
    /// | refusal | status | reason |
    /// |---|---|---|
    /// | no key | 403 | `INVALID_API_KEY` ("key not provided") |
    /// | key refused | 401 | `FAILED_TO_AUTH` |
    /// | bad body, bad field, bad query | 400 | `INVALID_REQUEST_BODY` |
    /// | unknown model path | 404 | `MODEL_NOT_FOUND` |
    /// | unknown task id | 404 | `TASK_NOT_FOUND` [INFERRED: undocumented] |
    /// | not allowed | as raised | `ACCESS_DENY` |
    /// | too many requests | 429 | `RATE_LIMIT_EXCEEDED` |
    /// | 503 | 503 | `SERVICE_NOT_AVAILABLE` |
    /// | other 5xx | as raised | `INTERNAL_SERVER_ERROR` [INFERRED: undocumented] |
    ///
    /// A code the dialect raised itself (`NOT_ENOUGH_BALANCE`) wins. `metadata` is always an empty object, as in
    /// every observed body.
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let (status, reason) = Self.statusAndReason(for: error)
        return .json(
            status,
            [
                "code": .integer(Int64(status)), "reason": .string(reason), "message": .string(error.message), "metadata": .object([:]),
            ])
    }

    static func statusAndReason(for error: SimulatedError) -> (Int, String) {
        let (status, reason): (Int, String) =
            switch error.reason {
            case .missingAPIKey: (403, "INVALID_API_KEY")
            case .invalidAPIKey: (401, "FAILED_TO_AUTH")
            case .malformedBody, .invalidParameter, .contentRejected: (error.status, "INVALID_REQUEST_BODY")
            case .taskNotFound: (404, "TASK_NOT_FOUND")
            case .notAllowed: (error.status, "ACCESS_DENY")
            case .rateLimited: (429, "RATE_LIMIT_EXCEEDED")
            case .serverError: (error.status, error.status == 503 ? "SERVICE_NOT_AVAILABLE" : "INTERNAL_SERVER_ERROR")
            case .other: (error.status, error.status == 404 ? "NOT_FOUND" : "UNKNOWN_ERROR")
            }
        return (status, error.code ?? reason)
    }
}
