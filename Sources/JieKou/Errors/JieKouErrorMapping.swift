import Foundation
import SeedanceCore

/// Maps this dialect's HTTP error answers to ``SeedanceError``.
///
/// The envelope is `{"code": 400, "reason": "INVALID_REQUEST_BODY", "message": "…", "metadata": {}}`. On the
/// Novita-family `/v3/async` hosts the `reason` decides the category, not the HTTP status: the same 403 is an invalid
/// key or an empty balance, and a billing or balance reason can come under HTTP 400. The reason is kept as
/// ``SeedanceError/providerCode``; an unknown or missing reason falls back to the HTTP status. `Retry-After` is read
/// for 429. The rows and their sources are in `docs/dialects/jiekou.md`.
///
/// | reason | category |
/// |---|---|
/// | `INVALID_API_KEY` (403), `FAILED_TO_AUTH` (401), `ACCESS_DENY` (403), `MODEL_ACCESS_DENIED` (403) | `.authentication` |
/// | `NOT_ENOUGH_BALANCE` (403), any other reason naming a balance, billing or credit | `.insufficientCredits` |
/// | `INVALID_REQUEST_BODY`, `INVALID_PARAMETER` (400) | `.invalidRequest` |
/// | `MODEL_NOT_FOUND` (404) | `.notFound` |
/// | `RATE_LIMIT_EXCEEDED`, `TOKEN_LIMIT_EXCEEDED` (429) | `.rateLimited(retryAfter:)` |
/// | `SERVICE_NOT_AVAILABLE` (503) | `.server` |
package enum JieKouErrorMapping {
    /// Words that make an undocumented `reason` a billing refusal (`INSUFFICIENT_BALANCE`, `BILLING_FAILED` …).
    static let billingWords = ["BALANCE", "BILLING", "CREDIT"]

    /// The category for a documented `reason` (compared ignoring case), a billing family reason, or `nil` for an
    /// unknown one.
    package static func category(forReason reason: String, retryAfter: Duration? = nil) -> SeedanceError.Category? {
        let text = reason.uppercased()
        switch text {
        case "INVALID_API_KEY", "FAILED_TO_AUTH", "ACCESS_DENY", "MODEL_ACCESS_DENIED": return .authentication
        case "NOT_ENOUGH_BALANCE": return .insufficientCredits
        case "INVALID_REQUEST_BODY", "INVALID_PARAMETER": return .invalidRequest
        case "MODEL_NOT_FOUND": return .notFound
        case "RATE_LIMIT_EXCEEDED", "TOKEN_LIMIT_EXCEEDED": return .rateLimited(retryAfter: retryAfter)
        case "SERVICE_NOT_AVAILABLE": return .server
        default: return billingWords.contains(where: text.contains) ? .insufficientCredits : nil
        }
    }

    /// The error for a non-success `response`, with `taskID` when the request concerned a task. Never throws: a body
    /// that is not the envelope gives a status-based error with a redacted excerpt.
    package static func error(for response: SeedanceHTTPResponse, provider: ProviderID, taskID: TaskID? = nil) -> SeedanceError {
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
