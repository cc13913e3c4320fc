import Foundation
import SeedanceCore

/// How official API errors become ``SeedanceError``s: the envelope `{"error": {code, message, param, type}}` gives
/// the code (mapped by ``ModelArkErrorCode``, which also says when a 429 is not retryable; the HTTP status decides
/// for other codes), the message, and `param` as the error's ``SeedanceError/field``; `X-Request-Id` is kept as the
/// request id. A failed task carries ``TaskFailure/category(forFailedTaskMeaning:)`` of its code's category. The
/// rows and their sources are in `docs/dialects/modelark.md`.
enum ModelArkErrorMapping {
    /// The error for a non-2xx `response`.
    static func httpError(_ response: SeedanceHTTPResponse, provider: ProviderID, taskID: TaskID?) -> SeedanceError {
        let json = try? JSONInput.decode(JSONValue.self, from: response.body)
        let envelope = json?["error"]
        let payload = envelope.flatMap(ProviderErrorPayload.init(json:)) ?? json.flatMap(ProviderErrorPayload.init(json:))
        return error(payload, param: envelope?["param"]?.stringValue, response: response, provider: provider, taskID: taskID, fallback: nil)
    }

    /// The error for an `error` member in a 2xx body that carries no task (a create without `id`).
    static func inBandError(_ payload: ProviderErrorPayload, response: SeedanceHTTPResponse, provider: ProviderID) -> SeedanceError {
        error(payload, param: nil, response: response, provider: provider, taskID: nil, fallback: .invalidRequest)
    }

    /// Why a task ended without a video: `failed` (its `error`; an unknown code is `taskFailed`), `expired` and
    /// `cancelled` (their own categories, with the `error` message when one is given); `nil` otherwise.
    static func failure(_ payload: ProviderErrorPayload?, status: TaskStatus) -> TaskFailure? {
        let code = payload?.code.map(ProviderCode.init(rawValue:))
        switch status {
        case .failed:
            let category = TaskFailure.category(forFailedTaskMeaning: code.flatMap(ModelArkErrorCode.category(for:)))
            return TaskFailure(category: category, code: code, message: payload?.message ?? "the task failed without a reason")
        case .expired:
            return TaskFailure(
                category: .taskExpired, code: code,
                message: payload?.message ?? "the task expired before it finished (execution_expires_after passed)")
        case .cancelled:
            return TaskFailure(category: .cancelled, code: code, message: payload?.message ?? "the task was cancelled")
        default:
            return nil
        }
    }

    private static func error(
        _ payload: ProviderErrorPayload?, param: String?, response: SeedanceHTTPResponse, provider: ProviderID, taskID: TaskID?,
        fallback: SeedanceError.Category?
    ) -> SeedanceError {
        let code = payload?.code.map(ProviderCode.init(rawValue:))
        let row = code.flatMap(ModelArkErrorCode.row(for:))
        var error = HTTPErrorMapping.error(
            for: response, provider: provider, code: code, message: payload?.message, category: row?.category ?? fallback, taskID: taskID)
        if let param, !param.isEmpty { error.field = param }
        error.retryable = row?.retryable
        return ModelArkUnavailableModel.explain(error)
    }
}
