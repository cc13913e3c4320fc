import SeedanceCore

extension ModelArk {
    /// `false` for an error answer whose code the official table marks as not retryable (HTTP 429
    /// `SetLimitExceeded` or `QuotaExceeded`: a limit, not a rate); `true` otherwise, so the retry rules decide.
    public func allowsRetry(of response: SeedanceHTTPResponse) -> Bool {
        response.isSuccess || ModelArkErrorMapping.httpError(response, provider: provider, taskID: nil).retryable != false
    }
}
