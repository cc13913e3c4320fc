import SeedanceCore

/// One row of the official error-code table: a code (exact, or a family by prefix), its neutral category, and
/// where the code is documented.
public struct ModelArkErrorCode: Sendable, Hashable {
    /// The code as sent (`InvalidParameter`), or a family prefix ending in `.` (`InvalidEndpoint.`).
    public var code: String
    /// The neutral category it maps to.
    public var category: SeedanceError.Category
    /// Where the code comes from.
    public var source: String

    /// Builds a row.
    public init(_ code: String, _ category: SeedanceError.Category, _ source: String) {
        self.code = code
        self.category = category
        self.source = source
    }

    /// The category for `code`: an exact row, else a family (`InvalidEndpoint.*`, `…SensitiveContentDetected…`,
    /// `RateLimitExceeded…`, `InvalidParameter.*` / `MissingParameter.*`), else `nil` (the HTTP status decides).
    public static func category(for code: ProviderCode) -> SeedanceError.Category? {
        let text = code.rawValue
        if let row = table.first(where: { $0.code == text }) { return row.category }
        if text.contains("SensitiveContentDetected") { return .contentRejected }
        if text.hasPrefix("RateLimitExceeded") { return .rateLimited(retryAfter: nil) }
        return table.first { $0.code.hasSuffix(".") && text.hasPrefix($0.code) }?.category
    }
}
