import Foundation

/// One provider's wire format: pure functions that build requests and read responses. No I/O.
///
/// This is the core every provider has: validate, create, status and polling hints. What only some providers offer
/// is a refinement the dialect also conforms to: ``CancellableDialect``, ``DeletableDialect``, ``ListableDialect``,
/// ``CallbackDialect``. The client checks conformance before an optional operation and throws
/// ``SeedanceError`` `.unsupported` naming the provider, with nothing sent, when the dialect lacks it; what a dialect
/// can do is read from ``operations``, which is derived from the same conformance and never written by hand.
///
/// The client drives a dialect: ``validate(_:)`` before anything is sent, ``makeCreateRequest(_:)``, the transport,
/// ``parseCreateResponse(_:)`` for the task id, then ``makeStatusRequest(for:)`` / ``parseStatusResponse(_:for:)``
/// from the polling engine. Every `throws` throws ``SeedanceError``. Adapters never add credentials and never
/// touch the network; because of that, each one is tested as "fixture in, value out" and "value in, exact JSON out".
public protocol Dialect: Sendable {
    /// Who serves this dialect (named in every error).
    var provider: ProviderID { get }
    /// The API's base URL (the only host that receives the API key).
    var baseURL: URL { get }
    /// The model used when a request names none.
    var defaultModel: ModelID { get }
    /// The models this dialect knows and their limits; drives validation and the README's matrix.
    var capabilities: Capabilities { get }

    /// Checks `request` against the model's documented limits. Images and audio are inspected from their bytes (the
    /// client has already read `.file` images and audio into `.data`; a `.file` reference video passes, and the client
    /// inspects and uploads it after validation). Throws `.invalidRequest` naming field, value, what is allowed,
    /// the model and the provider.
    func validate(_ request: VideoRequest) throws

    /// The create request for a validated `request`. Throws `.invalidRequest` if the body cannot be built.
    func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest

    /// The task id from the create response. Throws the mapped error for an error status or an in-band error, and
    /// `.decoding` when a success body carries no id.
    func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID

    /// The status request for `id`. Throws `.invalidRequest` when `id` cannot be placed in a URL safely.
    func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest

    /// A snapshot from a status response. Throws the mapped error for an error status (`id` is put on it), and
    /// `.decoding` for an unreadable body. An unknown status string is `.unknown(raw)`, not an error.
    func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot

    /// Where the engine should place polls for a task made from `request` (`nil` when resuming by id alone). A
    /// client configured with ``EngineConfiguration/pollingHintsOverride`` uses that instead.
    func pollingHints(for request: VideoRequest?) -> PollingHints

    /// Whether an error `response` may be sent again as far as the provider's own code says; the retry rules still
    /// decide by status and request kind. `false` for a code the provider documents as permanent under a status that
    /// is otherwise retried (an Ark HTTP 429 saying a spending limit paused the model): such a response is returned
    /// at once and maps to an error whose ``SeedanceError/isRetryable`` is `false`. Reads only the response.
    func allowsRetry(of response: SeedanceHTTPResponse) -> Bool
}

extension Dialect {
    /// Where the provider publishes no timings: ``PollingHints/standard``.
    public func pollingHints(for request: VideoRequest?) -> PollingHints { .standard }

    /// Where the provider documents no permanent code under a retried status: `true`.
    public func allowsRetry(of response: SeedanceHTTPResponse) -> Bool { true }
}

/// A filter and page for listing tasks.
public struct TaskListQuery: Sendable, Hashable {
    /// 1-based page number.
    public var page: Int
    /// Tasks per page.
    public var pageSize: Int
    /// Only tasks in this status, when set.
    public var status: TaskStatus?
    /// Only these tasks, when not empty.
    public var taskIDs: [TaskID]
    /// Only tasks of this model, when set.
    public var model: ModelID?
    /// Only tasks of this service tier, when set.
    public var serviceTier: ServiceTier?

    /// A query; unset filters are not sent.
    public init(page: Int = 1, pageSize: Int = 20, status: TaskStatus? = nil, taskIDs: [TaskID] = [], model: ModelID? = nil, serviceTier: ServiceTier? = nil) {
        self.page = page
        self.pageSize = pageSize
        self.status = status
        self.taskIDs = taskIDs
        self.model = model
        self.serviceTier = serviceTier
    }
}

/// One page of a task list.
public struct TaskListPage: Sendable, Hashable {
    /// The total number of matching tasks across pages.
    public var total: Int
    /// This page's tasks.
    public var tasks: [TaskSnapshot]

    /// A page.
    public init(total: Int, tasks: [TaskSnapshot]) {
        self.total = total
        self.tasks = tasks
    }
}
