extension SeedanceError {
    /// What kind of failure this is: the thing to switch on.
    ///
    /// A set that grows: a later SDK version may add a category (for a failure the providers add), so this is a
    /// struct with static members, not an enum, and a `switch` over it needs a `default:` branch. That way adding a
    /// category never breaks code that compiles today. (An enum would need `@unknown default`, which the compiler
    /// only enforces for libraries built with library evolution; a source package is not, so a new case would break
    /// every exhaustive `switch`.)
    ///
    /// ```swift
    /// switch error.category {
    /// case .rateLimited: retryLater(after: error.category.retryAfter)   // matches any retryAfter
    /// case .authentication: askForANewKey()
    /// case .outcomeUnknown: try await client.reconcile(error)
    /// default: report(error)                                            // categories added later land here
    /// }
    /// ```
    ///
    /// `case .rateLimited:` matches a rate limit whatever its ``retryAfter``; `==` compares the hint too
    /// (`.rateLimited(retryAfter: .seconds(5)) != .rateLimited`). The `Codable` form is
    /// `{"name": "rateLimited", "retryAfterSeconds": 5}` (the seconds only for a rate limit with a hint), as before;
    /// a record naming a category this version does not know decodes to a category of that ``name``.
    public struct Category: Sendable, Hashable, CustomStringConvertible {
        /// The category's name (`rateLimited`), stable across SDK versions: what logs, messages and stored records
        /// carry.
        public let name: String
        /// The provider's hint for when to try again; only a ``rateLimited`` category carries one, when the
        /// provider gave it.
        public let retryAfter: Duration?

        /// A category named `name`; only the static members are categories the SDK produces.
        package init(name: String, retryAfter: Duration? = nil) {
            self.name = name
            self.retryAfter = retryAfter
        }

        /// The request is invalid (found before sending, or reported by the provider).
        public static let invalidRequest = Category(name: "invalidRequest")
        /// The key is missing, wrong, or lacks permission.
        public static let authentication = Category(name: "authentication")
        /// The account has no balance or credits left.
        public static let insufficientCredits = Category(name: "insufficientCredits")
        /// Too many requests, without a hint for when to try again. Matches every rate limit in a `switch`.
        public static let rateLimited = Category(name: "rateLimited")
        /// Too many requests; `retryAfter` is the provider's hint when it gave one.
        public static func rateLimited(retryAfter: Duration?) -> Category { Category(name: "rateLimited", retryAfter: retryAfter) }
        /// The prompt or an image was refused by moderation.
        public static let contentRejected = Category(name: "contentRejected")
        /// The task, model or route does not exist.
        public static let notFound = Category(name: "notFound")
        /// The provider failed (5xx or an internal error code).
        public static let server = Category(name: "server")
        /// The network failed before a usable answer arrived.
        public static let transport = Category(name: "transport")
        /// A deadline passed (a request's, or a wait's).
        public static let timeout = Category(name: "timeout")
        /// The task was cancelled on the provider's side.
        public static let cancelled = Category(name: "cancelled")
        /// The task ended `failed`; ``SeedanceError/lastSnapshot`` holds the provider's report.
        public static let taskFailed = Category(name: "taskFailed")
        /// The task ended `expired` before it ran.
        public static let taskExpired = Category(name: "taskExpired")
        /// A create may or may not have started a task (timeout or reset after sending, a 5xx such as 500/502/503/504,
        /// a server error inside an HTTP 200 envelope). It was not retried, so nothing can be billed twice; reconcile
        /// with ``SeedanceClient/reconcile(_:)`` (where the API lists tasks) or your callback.
        public static let outcomeUnknown = Category(name: "outcomeUnknown")
        /// A provider's answer could not be read.
        public static let decoding = Category(name: "decoding")
        /// The dialect or model does not offer this operation (cancel, list, callbacks …); nothing was sent.
        public static let unsupported = Category(name: "unsupported")
        /// The client was shut down (``SeedanceClient/shutdown()``) before the operation finished. The remote task,
        /// if one exists, keeps running: its id is in ``SeedanceError/taskID``; follow it again after a restart.
        public static let shutdown = Category(name: "shutdown")

        /// Every category this SDK version produces (a rate limit without its hint).
        public static let known: [Category] = [
            .invalidRequest, .authentication, .insufficientCredits, .rateLimited, .contentRejected, .notFound, .server,
            .transport, .timeout, .cancelled, .taskFailed, .taskExpired, .outcomeUnknown, .decoding, .unsupported, .shutdown,
        ]

        /// Pattern matching in `switch` and `if case`: the same kind, ignoring a rate limit's hint.
        public static func ~= (pattern: Category, value: Category) -> Bool { pattern.name == value.name }

        /// The ``name``, with a rate limit's hint (`rateLimited(retryAfter: 5.0 seconds)`).
        public var description: String {
            retryAfter.map { "\(name)(retryAfter: \($0))" } ?? name
        }

        /// Whether an error of this category is worth retrying when the provider's code says nothing more: `true`
        /// for `rateLimited`, `server`, `transport` and `timeout`; `false` for every other category (a refused
        /// request, a failed task, an `outcomeUnknown` create that must be reconciled first, one added later).
        public var isRetryableByDefault: Bool {
            switch self {
            case .rateLimited, .server, .transport, .timeout: true
            default: false
            }
        }

        /// Whether two categories are the same kind, ignoring payloads (`rateLimited(5 s)` ~ `rateLimited(nil)`).
        public func isSameKind(as other: SeedanceError.Category) -> Bool { name == other.name }
    }
}
