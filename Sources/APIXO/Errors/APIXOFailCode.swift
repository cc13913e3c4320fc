import SeedanceCore

/// APIXO's `failCode` values (https://apixo.ai/docs/api-reference/error-codes) and what each means as a neutral
/// category. Also applied to symbolic codes in error envelopes. The raw code is always kept beside the category;
/// a failed task carries ``TaskFailure/category(forFailedTaskMeaning:)`` of it. The rows and their sources are in
/// `docs/dialects/apixo.md`.
package enum APIXOFailCode {
    /// Documented codes and their categories.
    package static let categories: [String: SeedanceError.Category] = [
        "CONTENT_VIOLATION": .contentRejected,
        "NSFW_DETECTED": .contentRejected,
        "PROMPT_TOO_LONG": .invalidRequest,
        "INVALID_PROMPT": .invalidRequest,
        "INVALID_IMAGE_URL": .invalidRequest,
        "IMAGE_TOO_LARGE": .invalidRequest,
        "UNSUPPORTED_FORMAT": .invalidRequest,
        "IMAGE_DOWNLOAD_FAILED": .invalidRequest,
        "PROCESSING_TIMEOUT": .taskFailed,
        "MODEL_UNAVAILABLE": .server,
        "GENERATION_FAILED": .server,
        "INSUFFICIENT_CREDITS": .insufficientCredits,
    ]

    /// The category of `code`: a documented code (compared case-insensitively), else an upstream-style name
    /// (`SensitiveContentDetected…`, `InputImageSensitiveContentDetected` → `.contentRejected`; `InvalidParameter`,
    /// `MissingParameter` → `.invalidRequest`; `AuthenticationError`, `AccessDenied` → `.authentication`;
    /// `AccountOverdueError` → `.insufficientCredits`; `…NotFound` → `.notFound`), else `nil`.
    package static func category(for code: ProviderCode) -> SeedanceError.Category? {
        let raw = code.rawValue
        if let known = categories[raw.uppercased()] { return known }
        if ["Sensitive", "RiskDetection", "PolicyViolation"].contains(where: raw.contains) { return .contentRejected }
        if raw.hasPrefix("InvalidParameter") || raw.hasPrefix("MissingParameter") { return .invalidRequest }
        if raw.hasPrefix("AuthenticationError") || raw.hasPrefix("AccessDenied") { return .authentication }
        if raw.hasPrefix("AccountOverdue") { return .insufficientCredits }
        if raw.hasSuffix("NotFound") { return .notFound }
        return nil
    }

    /// The category of a failed task's `failCode`: ``TaskFailure/category(forFailedTaskMeaning:)`` of
    /// ``category(for:)``, so an unknown code, a processing timeout or a pipeline error is `.taskFailed`.
    package static func taskFailureCategory(for code: ProviderCode?) -> SeedanceError.Category {
        TaskFailure.category(forFailedTaskMeaning: code.flatMap(category(for:)))
    }
}
