import SeedanceCore

/// seedanceapi.org's error codes (https://seedanceapi.org/docs) and the neutral category of each. The raw code is
/// kept on the error beside the category; a failed task carries ``TaskFailure/category(forFailedTaskMeaning:)`` of
/// it. The rows and their sources are in `docs/dialects/seedanceapi.md`.
package enum SeedanceAPIOrgErrorCode {
    /// Documented codes, with the HTTP status the documentation gives each, and their categories.
    package static let categories: [String: SeedanceError.Category] = [
        "INVALID_PROMPT": .invalidRequest,  // 400
        "INVALID_ASPECT_RATIO": .invalidRequest,  // 400
        "INVALID_RESOLUTION": .invalidRequest,  // 400
        "INVALID_DURATION": .invalidRequest,  // 400
        "TOO_MANY_IMAGES": .invalidRequest,  // 400
        "INVALID_API_KEY": .authentication,  // 401
        "INSUFFICIENT_CREDITS": .insufficientCredits,  // 402
        "TASK_NOT_FOUND": .notFound,  // 404
        "INTERNAL_ERROR": .server,  // 500
    ]

    /// The category of `code` (compared case-insensitively), or `nil` for an undocumented code (the HTTP status, or
    /// the inner numeric `code`, then decides).
    package static func category(for code: ProviderCode) -> SeedanceError.Category? {
        categories[code.rawValue.uppercased()]
    }
}
