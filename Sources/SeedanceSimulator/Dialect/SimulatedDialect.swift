import SeedanceCore

/// One provider's server side: which requests it serves, how it validates them, and how it answers, in that
/// provider's exact shapes, codes and error envelope.
///
/// The framework does everything shared around it, in this order, for each request:
/// 1. routing: the first dialect whose ``basePath`` prefixes the path and whose ``route(_:)`` returns a route
///    gets the request (with ``SimulatedRequest/rawPath`` made relative to ``basePath``); none: a 404;
/// 2. counting (route kind, host, headers, polls per task);
/// 3. fault injection for the route's kind (429 / 5xx / resets are answered without calling the dialect, through
///    ``errorResponse(for:)`` where there is a body);
/// 4. the bearer-key check when ``SimulatedRoute/requiresAuthorization`` (a refusal is rendered by
///    ``errorResponse(for:)``);
/// 5. ``respond(to:in:)``; a thrown ``SimulatedError`` is rendered by ``errorResponse(for:)``, any other error as a
///    500 through it too;
/// 6. post-handling faults (reset after commit, truncated or non-JSON bodies, slow answers).
///
/// Result files (`/media/<task>/video.mp4`, `/media/<task>/last-frame.png`) are served by the framework without
/// authentication; ``TaskObservation/videoURL`` and ``TaskObservation/lastFrameURL`` give their links.
/// Callbacks are posted by the framework with the body from ``callbackBody(for:)``.
///
/// A dialect is a value with no mutable state: everything about tasks lives in the ``TaskWorld``, reached through
/// the ``DialectContext`` helpers.
public protocol SimulatedDialect: Sendable {
    /// A short unique name (`"sparkdance"`). Tasks belong to the dialect that created them.
    var name: String { get }

    /// The path of the provider's base URL (`"/api/v3"`, `"/v1"`), or `""` (the default) when its routes start at
    /// the root. Routes are matched relative to it, as the provider documents them (`POST {base}/generate`), and
    /// ``Simulator/baseURL(for:origin:)`` appends it to a face's origin.
    var basePath: String { get }

    /// How new task ids are spelled (default: `task_` and 16 hex digits).
    var taskIDFormat: TaskIDFormat { get }

    /// The route `request` asks for, or `nil` when this dialect does not serve it. Pure: no validation here (a
    /// route that needs a task id but got none still routes, with `taskID: nil`, and ``respond(to:in:)`` answers
    /// the provider's 400).
    func route(_ request: SimulatedRequest) -> SimulatedRoute?

    /// Answers an authorised, routed request: validate as the provider documents, act on the world through
    /// `context`, render the answer.
    ///
    /// - Throws: ``SimulatedError`` for refusals (rendered by ``errorResponse(for:)``); any other error becomes a
    ///   500 in the dialect's envelope.
    func respond(to route: SimulatedRoute, in context: DialectContext) async throws -> SimulatedResponse

    /// The provider's error answer for `error`: its status, envelope and code. Use ``SimulatedError/code`` when set,
    /// else the provider's code for ``SimulatedError/reason``. The status is yours to choose: ``SimulatedError/status``
    /// is a neutral suggestion (a provider may answer 403 for a missing key, or HTTP 200 with an error inside its
    /// envelope). Also used for requests under ``basePath`` that no route matched (reason `.other`, status 404).
    func errorResponse(for error: SimulatedError) -> SimulatedResponse

    /// The JSON the provider POSTs to a task's callback URL once the task is terminal, or `nil` when this dialect
    /// has no callbacks (the default).
    func callbackBody(for observation: TaskObservation) -> JSONValue?
}

extension SimulatedDialect {
    public var basePath: String { "" }
    public var taskIDFormat: TaskIDFormat { .prefixed("task_", randomCharacters: 16) }
    public func callbackBody(for observation: TaskObservation) -> JSONValue? { nil }
}
