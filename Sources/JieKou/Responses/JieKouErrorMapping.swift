import Foundation
import SeedanceCore

/// Maps this dialect's HTTP error answers to ``SeedanceError``.
///
/// The envelope is `{"code": 400, "reason": "INVALID_REQUEST_BODY", "message": "…", "metadata": {}}` (DIALECTS.md
/// §2.5). The `reason` decides the category and is kept as ``SeedanceError/providerCode``; an unknown or missing
/// reason falls back to the HTTP status. `Retry-After` is read for 429.
///
/// | reason | category |
/// |---|---|
/// | `INVALID_API_KEY` (403), `FAILED_TO_AUTH` (401), `ACCESS_DENY` (403) | `.authentication` |
/// | `NOT_ENOUGH_BALANCE` (403) | `.insufficientCredits` |
/// | `INVALID_REQUEST_BODY` (400) | `.invalidRequest` |
/// | `MODEL_NOT_FOUND` (404) | `.notFound` |
/// | `RATE_LIMIT_EXCEEDED`, `TOKEN_LIMIT_EXCEEDED` (429) | `.rateLimited(retryAfter:)` |
/// | `SERVICE_NOT_AVAILABLE` (503) | `.server` |
public enum JieKouErrorMapping {
    /// The category for a documented `reason` (compared ignoring case), or `nil` for an unknown one.
    public static func category(forReason reason: String, retryAfter: Duration? = nil) -> SeedanceError.Category? {
        switch reason.uppercased() {
        case "INVALID_API_KEY", "FAILED_TO_AUTH", "ACCESS_DENY": .authentication
        case "NOT_ENOUGH_BALANCE": .insufficientCredits
        case "INVALID_REQUEST_BODY": .invalidRequest
        case "MODEL_NOT_FOUND": .notFound
        case "RATE_LIMIT_EXCEEDED", "TOKEN_LIMIT_EXCEEDED": .rateLimited(retryAfter: retryAfter)
        case "SERVICE_NOT_AVAILABLE": .server
        default: nil
        }
    }

    /// The error for a non-success `response`, with `taskID` when the request concerned a task. Never throws: a body
    /// that is not the envelope gives a status-based error with a redacted excerpt.
    public static func error(for response: HTTPResponse, provider: ProviderID, taskID: TaskID? = nil) -> SeedanceError {
        let json = try? JSONInput.decode(JSONValue.self, from: response.body)
        let reason = json?["reason"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let fallback = json.flatMap(ProviderErrorPayload.init(json:))
        let message = json?["message"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? fallback?.message ?? reason
        let hint = HTTPErrorMapping.retryAfter(in: response.headers)
        return HTTPErrorMapping.error(
            for: response, provider: provider, code: (reason ?? fallback?.code).map(ProviderCode.init(rawValue:)),
            message: message, category: reason.flatMap { category(forReason: $0, retryAfter: hint) }, taskID: taskID)
    }
}
