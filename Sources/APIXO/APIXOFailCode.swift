import SeedanceCore

/// APIXO's `failCode` values (DIALECTS.md §3.4) and the neutral category of each. Also applied to symbolic codes in
/// error envelopes. The raw code is always kept beside the category.
public enum APIXOFailCode {
    /// Documented codes and their categories.
    public static let categories: [String: SeedanceError.Category] = [
        "CONTENT_VIOLATION": .contentRejected,
        "NSFW_DETECTED": .contentRejected,
        "PROMPT_TOO_LONG": .invalidRequest,
        "INVALID_PROMPT": .invalidRequest,
        "INVALID_IMAGE_URL": .invalidRequest,
        "IMAGE_TOO_LARGE": .invalidRequest,
        "UNSUPPORTED_FORMAT": .invalidRequest,
        "IMAGE_DOWNLOAD_FAILED": .invalidRequest,
        "PROCESSING_TIMEOUT": .timeout,
        "MODEL_UNAVAILABLE": .server,
        "GENERATION_FAILED": .server,
        "INSUFFICIENT_CREDITS": .insufficientCredits,
    ]

    /// The category of `code`: a documented code (compared case-insensitively), else an upstream-style name
    /// (`SensitiveContentDetected…`, `InputImageSensitiveContentDetected` → `.contentRejected`; `InvalidParameter`,
    /// `MissingParameter` → `.invalidRequest`; `AuthenticationError`, `AccessDenied` → `.authentication`;
    /// `AccountOverdueError` → `.insufficientCredits`; `…NotFound` → `.notFound`), else `nil`.
    public static func category(for code: ProviderCode) -> SeedanceError.Category? {
        let raw = code.rawValue
        if let known = categories[raw.uppercased()] { return known }
        if ["Sensitive", "RiskDetection", "PolicyViolation"].contains(where: raw.contains) { return .contentRejected }
        if raw.hasPrefix("InvalidParameter") || raw.hasPrefix("MissingParameter") { return .invalidRequest }
        if raw.hasPrefix("AuthenticationError") || raw.hasPrefix("AccessDenied") { return .authentication }
        if raw.hasPrefix("AccountOverdue") { return .insufficientCredits }
        if raw.hasSuffix("NotFound") { return .notFound }
        return nil
    }

    /// The category of a failed task's `failCode`: ``category(for:)``, else `.server` (the task failed for a reason
    /// the SDK does not know).
    public static func taskFailureCategory(for code: ProviderCode?) -> SeedanceError.Category {
        code.flatMap(category(for:)) ?? .server
    }
}
