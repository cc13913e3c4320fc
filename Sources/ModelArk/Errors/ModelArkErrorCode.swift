import SeedanceCore

/// One row of the official Ark error vocabulary (`docs/dialects/modelark.md` holds the same rows with their sources):
/// a code, exact or a family pattern, the HTTP status it comes with, the neutral category, and whether a request
/// answered with it may be retried.
package struct ModelArkErrorCode: Sendable, Hashable {
    /// The code as sent (`InvalidParameter`), or a family: `Prefix.*` (every sub-code) or `*Part*` (every code
    /// containing `Part`).
    package var code: String
    /// The HTTP status the provider documents for it.
    package var httpStatus: Int
    /// The neutral category of an error answer with this code. A failed task with it carries
    /// ``TaskFailure/category(forFailedTaskMeaning:)`` of this category.
    package var category: SeedanceError.Category
    /// `false` where the code makes a normally retried status permanent (a 429 that is a spending or quota limit,
    /// not a rate); `nil` when the category decides.
    package var retryable: Bool?
    /// Where the code is documented.
    package var source: String

    /// Builds a row.
    package init(_ code: String, _ httpStatus: Int, _ category: SeedanceError.Category, retryable: Bool? = nil, _ source: String) {
        self.code = code
        self.httpStatus = httpStatus
        self.category = category
        self.retryable = retryable
        self.source = source
    }

    /// Whether `code` is this row's code or belongs to its family.
    package func matches(_ code: ProviderCode) -> Bool {
        let text = code.rawValue
        if self.code.hasPrefix("*"), self.code.hasSuffix("*") { return text.contains(self.code.dropFirst().dropLast()) }
        if self.code.hasSuffix(".*") { return text.hasPrefix(self.code.dropLast()) }
        return text == self.code
    }

    /// The row for `code`: the exact row, else the first family it belongs to, else `nil` (the HTTP status decides).
    package static func row(for code: ProviderCode) -> ModelArkErrorCode? {
        table.first { $0.code == code.rawValue } ?? table.first { $0.code.contains("*") && $0.matches(code) }
    }

    /// The category for `code` (see ``row(for:)``), or `nil` for an unknown code.
    package static func category(for code: ProviderCode) -> SeedanceError.Category? { row(for: code)?.category }
}
