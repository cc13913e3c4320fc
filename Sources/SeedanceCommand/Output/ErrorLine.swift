import Seedance

/// One clear line for an SDK error: what is wrong (with what is allowed, for validation), which provider, and the
/// task id when there is one. Never a secret (``SeedanceError`` messages are scrubbed).
enum ErrorLine {
    static func format(_ error: SeedanceError) -> String {
        var line = "seedance: \(error.category.name): \(Redaction.scrub(error.message))"
        var details: [String] = []
        if let provider = error.provider, !error.message.contains(" on \(provider.rawValue)") { details.append("provider \(provider.rawValue)") }
        if let status = error.httpStatus { details.append("HTTP \(status)") }
        if let code = error.providerCode { details.append("code \(code.rawValue)") }
        if let id = error.taskID { details.append("task \(id.rawValue)") }
        if let requestID = error.requestID { details.append("request \(requestID)") }
        if let retryAfter = error.category.retryAfter { details.append("retry after \(Int(retryAfter.timeInterval.rounded(.up))) s") }
        if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
        return line
    }
}
