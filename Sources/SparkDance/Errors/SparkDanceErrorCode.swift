import SeedanceCore

/// One row of a spark_dance error-code table: the provider's code, what it means, and its neutral category.
package struct SparkDanceErrorCode: Sendable, Hashable {
    /// The code as documented (`003015003`); a numeric code without leading zeros matches too.
    package var code: ProviderCode
    /// What the provider's documentation says the code means.
    package var meaning: String
    /// The neutral category it maps to.
    package var category: SeedanceError.Category

    /// Builds a row.
    package init(_ code: ProviderCode, _ meaning: String, _ category: SeedanceError.Category) {
        self.code = code
        self.meaning = meaning
        self.category = category
    }

    /// Every documented code: both models' (1.5 Pro's 003015xxx, then 1.0 Pro's 003005xxx), then the gateway's.
    package static let all: [SparkDanceErrorCode] = v1_5Pro + v1_0Pro + gateway

    /// The row for `code` (leading zeros ignored), or `nil` when it is not documented.
    package static func lookup(_ code: ProviderCode) -> SparkDanceErrorCode? {
        all.first { $0.code.matches(code) }
    }
}
