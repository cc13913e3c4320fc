import SeedanceCore

extension ModelArkErrorCode {
    private static let errorCodesDoc = "DIALECTS.md §5.5 (docs.byteplus.com/en/docs/ModelArk/1299023)"

    /// The codes of DIALECTS.md §5.5, plus a few of the same families marked [INFERRED].
    public static let table: [ModelArkErrorCode] = [
        .init("MissingParameter", .invalidRequest, errorCodesDoc),
        .init("InvalidParameter", .invalidRequest, errorCodesDoc),
        .init("MissingParameter.", .invalidRequest, "[INFERRED] sub-codes of MissingParameter"),
        .init("InvalidParameter.", .invalidRequest, "[INFERRED] sub-codes of InvalidParameter"),
        .init("SensitiveContentDetected", .contentRejected, errorCodesDoc),
        .init("SensitiveContentDetected.SevereViolation", .contentRejected, errorCodesDoc),
        .init("SensitiveContentDetected.Violence", .contentRejected, errorCodesDoc),
        .init("InputTextSensitiveContentDetected", .contentRejected, errorCodesDoc),
        .init("InputImageSensitiveContentDetected", .contentRejected, errorCodesDoc),
        .init("OutputVideoSensitiveContentDetected", .contentRejected, "[INFERRED] the output counterpart of the input codes"),
        .init("AuthenticationError", .authentication, errorCodesDoc),
        .init("AccessDenied", .authentication, errorCodesDoc),
        .init("AccountOverdueError", .insufficientCredits, errorCodesDoc),
        .init("InvalidEndpoint.ClosedEndpoint", .notFound, errorCodesDoc),
        .init("InvalidEndpoint.NotFound", .notFound, errorCodesDoc),
        .init("InvalidEndpoint.", .notFound, "[INFERRED] other InvalidEndpoint.* codes"),
        .init("TooManyRequests", .rateLimited(retryAfter: nil), errorCodesDoc),
        .init("RateLimitExceeded", .rateLimited(retryAfter: nil), "[INFERRED] the 429 family of the ModelArk error page"),
        .init("QuotaExceeded", .rateLimited(retryAfter: nil), "[INFERRED] 429: quota for the period used up"),
        .init("ServerOverloaded", .rateLimited(retryAfter: nil), "[INFERRED] 429: the service sheds load"),
        .init("InternalServiceError", .server, "[INFERRED] 500"),
    ]
}
