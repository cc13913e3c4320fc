import SeedanceCore

extension ModelArkErrorCode {
    private static let byteplus = "https://docs.byteplus.com/en/docs/ModelArk/1299023"
    private static let volcengine = "https://www.volcengine.com/docs/82379/1299023"
    private static let createTask = "https://docs.byteplus.com/en/docs/ModelArk/1520757"
    private static let tanstack = "https://github.com/TanStack/ai (packages/ai-byteplus)"
    private static let comfy = "https://github.com/Comfy-Org/ComfyUI (comfy_api_nodes/nodes_bytedance.py)"
    private static let byteplusSA = "https://github.com/byteplus-sa/ComfyUI-BytePlus-ModelArk (nodes/models_config.py)"
    private static let limited = SeedanceError.Category.rateLimited(retryAfter: nil)

    /// Every documented code, exact rows before families (the first matching row wins).
    package static let table: [ModelArkErrorCode] = requestCodes + moderationCodes + accountCodes + limitCodes

    private static let requestCodes: [ModelArkErrorCode] = [
        .init("MissingParameter", 400, .invalidRequest, byteplus),
        .init("MissingParameter.*", 400, .invalidRequest, volcengine),
        .init("InvalidParameter", 400, .invalidRequest, byteplus),
        .init("InvalidParameter.TaskTypeConstraint", 400, .invalidRequest, comfy),
        .init("InvalidParameter.TaskTypeMismatch", 400, .invalidRequest, comfy),
        .init("InvalidParameter.*", 400, .invalidRequest, volcengine),
        .init("InvalidResolutionParameter", 400, .invalidRequest, byteplusSA),
        .init("InvalidEndpoint.ClosedEndpoint", 400, .notFound, byteplus),
        .init("InvalidEndpoint.NotFound", 404, .notFound, byteplus),
        .init("InvalidEndpoint.*", 404, .notFound, byteplus),
        .init("InvalidEndpointOrModel.NotFound", 404, .notFound, volcengine),
        .init("InvalidEndpointOrModel.ModelIDAccessDisabled", 404, .notFound, volcengine),
        .init("ModelNotOpen", 404, .notFound, volcengine),
        .init("NotFound.*", 404, .notFound, volcengine),
        .init("InternalServiceError", 500, .server, volcengine),
        .init("ServiceUnavailable", 503, .server, volcengine),
    ]

    private static let moderationCodes: [ModelArkErrorCode] = [
        .init("SensitiveContentDetected", 400, .contentRejected, byteplus),
        .init("SensitiveContentDetected.SevereViolation", 400, .contentRejected, byteplus),
        .init("SensitiveContentDetected.Violence", 400, .contentRejected, byteplus),
        .init("InputTextSensitiveContentDetected", 400, .contentRejected, byteplus),
        .init("InputImageSensitiveContentDetected", 400, .contentRejected, byteplus),
        .init("InputImageSensitiveContentDetected.PrivacyInformation", 400, .contentRejected, createTask),
        .init("InputImageSensitiveContentDetected.PolicyViolation", 400, .contentRejected, comfy),
        .init("InputVideoSensitiveContentDetected", 400, .contentRejected, volcengine),
        .init("InputVideoSensitiveContentDetected.PrivacyInformation", 400, .contentRejected, volcengine),
        .init("InputAudioSensitiveContentDetected", 400, .contentRejected, volcengine),
        .init("OutputVideoSensitiveContentDetected", 400, .contentRejected, tanstack),
        .init("OutputVideoSensitiveContentDetected.PolicyViolation", 400, .contentRejected, comfy),
        .init("OutputAudioSensitiveContentDetected.PolicyViolation", 400, .contentRejected, comfy),
        .init("*SensitiveContentDetected*", 400, .contentRejected, byteplus),
    ]

    private static let accountCodes: [ModelArkErrorCode] = [
        .init("AuthenticationError", 401, .authentication, byteplus),
        .init("AccessDenied", 403, .authentication, byteplus),
        .init("OperationDenied.ServiceNotOpen", 403, .authentication, volcengine),
        .init("AccountOverdueError", 403, .insufficientCredits, byteplus),
        .init("OperationDenied.ServiceOverdue", 403, .insufficientCredits, volcengine),
    ]

    /// HTTP 429: true rate limits are retried; a set inference limit or a used-up quota is not.
    private static let limitCodes: [ModelArkErrorCode] = [
        .init("TooManyRequests", 429, limited, byteplus),
        .init("RateLimitExceeded.EndpointRPMExceeded", 429, limited, volcengine),
        .init("RateLimitExceeded.EndpointTPMExceeded", 429, limited, volcengine),
        .init("RateLimitExceeded.*", 429, limited, volcengine),
        .init("ModelAccountRpmRateLimitExceeded", 429, limited, volcengine),
        .init("ModelAccountTpmRateLimitExceeded", 429, limited, volcengine),
        .init("APIAccountRpmRateLimitExceeded", 429, limited, volcengine),
        .init("AccountRateLimitExceeded", 429, limited, volcengine),
        .init("InflightBatchsizeExceeded", 429, limited, volcengine),
        .init("RequestBurstTooFast", 429, limited, volcengine),
        .init("ServerOverloaded", 429, limited, volcengine),
        .init("SetLimitExceeded", 429, limited, retryable: false, volcengine),
        .init("QuotaExceeded", 429, limited, retryable: false, volcengine),
    ]
}
