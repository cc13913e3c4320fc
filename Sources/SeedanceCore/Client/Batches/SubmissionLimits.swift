/// How fast ``SeedanceClient/submitAll(_:limits:)`` sends creates: at most ``maxConcurrent`` create requests in
/// flight, and starts spaced evenly to stay within ``requestsPerMinute``.
///
/// The defaults (``documented(for:)``) follow what each provider publishes. Those figures are per account and
/// often per model tier; pass your own when your account's limits differ (an individual ModelArk account, a 4K
/// model).
public struct SubmissionLimits: Sendable, Hashable {
    /// The most creates per minute (starts are spaced `60 s / requestsPerMinute` apart); `nil` for no pacing.
    public var requestsPerMinute: Int?
    /// The most create requests in flight at once (at least 1).
    public var maxConcurrent: Int

    /// Limits; `requestsPerMinute` below 1 means no pacing.
    public init(requestsPerMinute: Int?, maxConcurrent: Int) {
        self.requestsPerMinute = requestsPerMinute.flatMap { $0 > 0 ? $0 : nil }
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// The provider's published limits, or ``conservative`` for a provider that publishes none:
    ///
    /// - `byteplus`, `volcengine` (ModelArk, Seedance 2.0 series): 600 requests per minute, 10 concurrent, the
    ///   enterprise figures (individual accounts: 180 and 3; 4K models: 15 and 1), from
    ///   <https://docs.byteplus.com/en/docs/ModelArk/2291680>.
    /// - `apixo`: 10,000 requests per minute, 1,000 concurrent tasks, from
    ///   <https://apixo.ai/docs/models/video/seedance-1-5-pro>.
    public static func documented(for provider: ProviderID) -> SubmissionLimits {
        switch provider.rawValue {
        case "byteplus", "volcengine": SubmissionLimits(requestsPerMinute: 600, maxConcurrent: 10)
        case "apixo": SubmissionLimits(requestsPerMinute: 10_000, maxConcurrent: 1_000)
        default: conservative
        }
    }

    /// 60 creates per minute, 4 at a time: for providers that publish no limits (their 429s are still honoured
    /// by the client's ``RetryPolicy``).
    public static let conservative = SubmissionLimits(requestsPerMinute: 60, maxConcurrent: 4)

    /// The spacing between two starts.
    var startInterval: Duration {
        guard let requestsPerMinute else { return .zero }
        return .clampedSeconds(60.0 / Double(requestsPerMinute))
    }
}
