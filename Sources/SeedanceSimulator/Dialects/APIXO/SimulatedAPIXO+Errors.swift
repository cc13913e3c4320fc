import SeedanceCore

extension SimulatedAPIXO {
    /// APIXO's error envelope (docs/dialects/apixo.md): `{"code": <status>, "message": "<status text>", "data": …}`,
    /// where `data` is `{"error": "<detail>"}` for refusals with a detail (400 bad parameters, 403, 404 task or model
    /// not found; as the documented example `{"code": 400, "message": "Invalid request", "data": {"error": "Missing
    /// required field: input.prompt"}}`) and `null` for 401, 429 and 5xx, whose message says it all [INFERRED].
    ///
    /// | refusal | status | message |
    /// |---|---|---|
    /// | bad body or parameter | 400 | `Invalid request` |
    /// | no key, key refused | 401 | `Invalid or missing API Key` |
    /// | not allowed | 403 | `Forbidden` |
    /// | task or model not found, unknown path | 404 | `Not found` |
    /// | too many requests | 429 | `Rate limit exceeded` |
    /// | server error | 500 | `Internal server error` |
    /// | model unavailable | 503 | `Model unavailable` |
    ///
    /// Under HTTP 200 instead when ``errorDelivery`` is `.http200`.
    public func errorResponse(for error: SimulatedError) -> SimulatedResponse {
        let status: Int =
            switch error.reason {
            case .missingAPIKey, .invalidAPIKey: 401
            case .malformedBody, .invalidParameter, .contentRejected: 400
            case .taskNotFound: 404
            case .rateLimited: 429
            case .notAllowed, .serverError, .other: error.status
            }
        let detailed: Bool =
            switch error.reason {
            case .malformedBody, .invalidParameter, .contentRejected, .taskNotFound, .notAllowed, .other: true
            case .missingAPIKey, .invalidAPIKey, .rateLimited, .serverError: false
            }
        let body: JSONValue = [
            "code": .integer(Int64(status)), "message": .string(Self.statusMessage(status)),
            "data": detailed ? ["error": .string(error.message)] : .null,
        ]
        return SimulatedEnvelope.errorResponse(status: status, body: body, delivery: errorDelivery)
    }

    static func statusMessage(_ status: Int) -> String {
        switch status {
        case 400: "Invalid request"
        case 401: "Invalid or missing API Key"
        case 403: "Forbidden"
        case 404: "Not found"
        case 429: "Rate limit exceeded"
        case 500: "Internal server error"
        case 503: "Model unavailable"
        default: status >= 500 ? "Server error" : "Request failed"
        }
    }
}
