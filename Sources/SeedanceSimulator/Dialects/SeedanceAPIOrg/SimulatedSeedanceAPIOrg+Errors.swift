import SeedanceCore

extension SimulatedSeedanceAPIOrg {
    /// seedanceapi.org's error body `{"code": <status>, "message": "<detail>", "error": "<CODE>"}` with
    /// seedanceapi.org's documented codes and statuses. Where the symbolic code sits is undocumented
    /// (docs/dialects/seedanceapi.md); public clients check `body.code === 200` and show `body.message`, so `code`
    /// mirrors the status and the symbol goes in `error` [INFERRED].
    ///
    /// | refusal | status | `error` |
    /// |---|---|---|
    /// | a body field (as raised) | 400 | `INVALID_PROMPT`, `INVALID_ASPECT_RATIO`, `INVALID_RESOLUTION`, `INVALID_DURATION`, `TOO_MANY_IMAGES`, `INVALID_REQUEST` |
    /// | not JSON, not an object | 400 | `INVALID_REQUEST` |
    /// | no key, key refused | 401 | `INVALID_API_KEY` |
    /// | balance too low | 402 | `INSUFFICIENT_CREDITS` |
    /// | unknown task | 404 | `TASK_NOT_FOUND` |
    /// | unknown path | 404 | `NOT_FOUND` |
    /// | too many requests | 429 | `RATE_LIMITED` [INFERRED: not in the table] |
    /// | server error | 5xx | `INTERNAL_ERROR` |
    ///
    /// Under HTTP 200 instead when ``errorDelivery`` is `.http200`.
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let (status, fallback): (Int, String) =
            switch error.reason {
            case .missingAPIKey, .invalidAPIKey: (401, "INVALID_API_KEY")
            case .malformedBody, .invalidParameter, .contentRejected: (400, Self.invalidRequest)
            case .taskNotFound: (404, "TASK_NOT_FOUND")
            case .rateLimited: (429, "RATE_LIMITED")
            case .serverError: (error.status, "INTERNAL_ERROR")
            case .notAllowed: (error.status, "FORBIDDEN")
            case .other: (error.status, error.status == 404 ? "NOT_FOUND" : "ERROR")
            }
        let message =
            switch error.reason {
            case .missingAPIKey, .invalidAPIKey: "API key is missing or invalid"
            case .serverError: "Server error, please try again later"
            default: error.message
            }
        let body: JSONValue = ["code": .integer(Int64(status)), "message": .string(message), "error": .string(error.code ?? fallback)]
        return SimulatedEnvelope.errorResponse(status: status, body: body, delivery: errorDelivery)
    }
}
