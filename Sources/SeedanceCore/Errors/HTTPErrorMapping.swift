import Foundation

/// The shared part of every adapter's error mapping: HTTP status to category, `Retry-After` reading, and building
/// the error with request id and a redacted body excerpt. Adapters refine the category from their provider codes.
package enum HTTPErrorMapping {
    /// The neutral category for an HTTP error status. A provider's 408 or 504 is `.server`: the SDK's `.timeout` is
    /// only ever a local deadline.
    package static func category(forStatus status: Int, retryAfter: Duration? = nil) -> SeedanceError.Category {
        switch status {
        case 400, 405, 409, 413, 415, 422: .invalidRequest
        case 401, 403: .authentication
        case 402: .insufficientCredits
        case 404, 410: .notFound
        case 408: .server
        case 429: .rateLimited(retryAfter: retryAfter)
        case 500...599: .server
        default: status >= 400 && status < 500 ? .invalidRequest : .server
        }
    }

    /// The server's wait hint: `retry-after-ms`, then `Retry-After` as seconds or an HTTP date (relative to `now`).
    package static func retryAfter(in headers: SeedanceHTTPHeaders, now: Date = Date()) -> Duration? {
        if let text = headers["retry-after-ms"], let millis = Double(text.trimmingWhitespace()), millis >= 0 {
            return .clampedSeconds(millis / 1000)
        }
        guard let text = headers["Retry-After"]?.trimmingWhitespace(), !text.isEmpty else { return nil }
        if let seconds = Double(text), seconds >= 0 { return .clampedSeconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return .clampedSeconds(max(0, date.timeIntervalSince(now))) }
        }
        return nil
    }

    /// An error for a non-success `response`: category from `category` or else the status, the provider's code
    /// and message, the request id, the `Retry-After` hint for 429, and a redacted body excerpt.
    package static func error(
        for response: SeedanceHTTPResponse, provider: ProviderID, code: ProviderCode? = nil, message: String? = nil,
        category: SeedanceError.Category? = nil, taskID: TaskID? = nil
    ) -> SeedanceError {
        let hint = retryAfter(in: response.headers)
        var resolved = category ?? self.category(forStatus: response.status, retryAfter: hint)
        if case .rateLimited = resolved, resolved.retryAfter == nil, let hint { resolved = .rateLimited(retryAfter: hint) }
        return SeedanceError(
            category: resolved, provider: provider, httpStatus: response.status, providerCode: code,
            message: message ?? "HTTP \(response.status) from \(provider.rawValue)", taskID: taskID,
            requestID: response.requestID, bodyExcerpt: Redaction.excerpt(of: response.body))
    }
}
