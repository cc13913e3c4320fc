import Foundation
import SeedanceCore

/// How Vtrix errors become ``SeedanceError``s.
///
/// - HTTP errors: the status decides for 401 (`authentication`) and 429 (`rateLimited`, with `Retry-After`); a
///   documented code in the body decides otherwise (a 0030x5xxx code, or the gateway's balance `error_code`
///   40201…40208 → `insufficientCredits`). Without one, **403** means "insufficient balance or permission" on Vtrix:
///   `insufficientCredits` unless the message speaks of permission or access, then `authentication`; other statuses
///   keep their meaning. The body is read leniently: a top-level `message`, else `error` as a string or an object
///   with `code` and `error_message` / `message` (what Vtrix's own CLI reads), else the gateway's
///   `{"status": {code, message, error_code}}` (``GatewayStatusEnvelope``).
/// - In-band errors (HTTP 200 with `error` and no `id` on create): the code's category, else `invalidRequest`.
/// - Task failures: ``TaskFailure/category(forFailedTaskMeaning:)`` of the code's category, so an unknown code, a
///   pipeline error or the provider's task timeout is `taskFailed`; an unknown code or a pipeline error (095–099)
///   whose message speaks of moderation is `contentRejected`, since the provider has no moderation code. The rows and their sources are in `docs/dialects/sparkdance.md`.
enum SparkDanceErrorMapping {
    /// The code and message in an error body, from a top-level `message` / `code` or an `error` member.
    static func payload(in json: JSONValue?) -> ProviderErrorPayload? {
        guard let json else { return nil }
        let nested = json["error"].flatMap(ProviderErrorPayload.init(json:))
        let top = json.objectValue != nil ? ProviderErrorPayload(json: json) : nil
        let code = nested?.code ?? top?.code
        let message = top?.message ?? nested?.message
        guard code != nil || message != nil else { return nil }
        return ProviderErrorPayload(code: code, message: message)
    }

    /// The error for a non-2xx `response`.
    static func httpError(_ response: SeedanceHTTPResponse, provider: ProviderID, taskID: TaskID?) -> SeedanceError {
        let json = try? JSONInput.decode(JSONValue.self, from: response.body)
        let payload = payload(in: json)
        let code = payload?.code.map(ProviderCode.init(rawValue:))
        var category: SeedanceError.Category?
        switch response.status {
        case 401, 429:
            category = nil
        default:
            category = code.flatMap(SparkDanceErrorCode.lookup)?.category
            if category == nil, response.status == 403 {
                category = mentionsPermission(payload?.message) ? .authentication : .insufficientCredits
            }
        }
        return HTTPErrorMapping.error(
            for: response, provider: provider, code: code, message: payload?.message, category: category, taskID: taskID)
    }

    /// The error for an in-band `payload` in a 2xx `response` (a create refused without a task id, or a status
    /// answer carrying only an error).
    static func inBandError(
        _ payload: ProviderErrorPayload, response: SeedanceHTTPResponse, provider: ProviderID, taskID: TaskID?,
        fallback: SeedanceError.Category
    ) -> SeedanceError {
        let code = payload.code.map(ProviderCode.init(rawValue:))
        let category =
            code.flatMap(SparkDanceErrorCode.lookup)?.category
            ?? (mentionsModeration(payload.message) ? .contentRejected : fallback)
        let message = payload.message ?? code.flatMap(SparkDanceErrorCode.lookup)?.meaning ?? "the provider reported an error"
        return HTTPErrorMapping.error(for: response, provider: provider, code: code, message: message, category: category, taskID: taskID)
    }

    /// Why a task failed, from its `error` (absent: an unclassified failure).
    static func failure(_ payload: ProviderErrorPayload?) -> TaskFailure {
        let code = payload?.code.map(ProviderCode.init(rawValue:))
        let row = code.flatMap(SparkDanceErrorCode.lookup)
        let generic = row == nil || row?.category == .server
        let meaning = generic && mentionsModeration(payload?.message) ? .contentRejected : row?.category
        let category = TaskFailure.category(forFailedTaskMeaning: meaning)
        let message = payload?.message ?? row?.meaning ?? "the task failed without a reason"
        return TaskFailure(category: category, code: code, message: message)
    }

    private static func mentionsPermission(_ message: String?) -> Bool {
        contains(message, ["permission", "forbidden", "access denied", "not allowed", "unauthori"])
    }

    private static func mentionsModeration(_ message: String?) -> Bool {
        contains(message, ["sensitive", "moderation", "violat", "inappropriate", "nsfw", "content policy"])
    }

    private static func contains(_ message: String?, _ words: [String]) -> Bool {
        guard let text = message?.lowercased() else { return false }
        return words.contains { text.contains($0) }
    }
}
