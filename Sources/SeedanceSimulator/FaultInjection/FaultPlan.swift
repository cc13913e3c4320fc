/// One kind of failure the simulator can inject. Each says whether the request was acted on first: this is what
/// decides whether a client may replay a create without billing twice.
public enum FaultKind: Sendable, Hashable {
    /// 429 in the dialect's envelope with `Retry-After: <seconds>` (rounded up); nothing was done.
    case rateLimited(retryAfter: Duration)
    /// `status` (500, 502, 503, 504) in the dialect's envelope; nothing was done.
    case serverError(status: Int)
    /// The connection drops before the request is read; nothing was done (see ``SimulatedDelivery/refuseConnection``
    /// for what each face shows).
    case resetBeforeRead
    /// The request is acted on (a create is committed: the task exists and will be billed), then the connection
    /// drops without an answer. The billing-safety case.
    case resetAfterCommit
    /// The request is acted on, then the answer's body is cut to half its length as a complete HTTP message
    /// (`Content-Length` matches), so JSON is truncated.
    case truncatedBody
    /// The request is acted on, then the body is replaced by an HTML error page (`text/html`), status kept.
    case nonJSONBody
    /// The request is acted on, then the headers and half the body are sent and the connection closes.
    case resetMidBody
    /// The request is acted on, then answered only after `delay` (a stall past the client's timeout).
    case slowAnswer(delay: Duration)
    /// The request is acted on (a create is committed), then answered with `status` (500, 502, 503, 504) in the
    /// dialect's error envelope, as a gateway does when its backend got the request but the answer was lost. A dialect
    /// configured to deliver errors as HTTP 200 sends the envelope under 200.
    case serverErrorAfterCommit(status: Int)

    /// Whether the request is acted on before the fault shows (`false`: the server did nothing).
    public var actsOnRequest: Bool {
        switch self {
        case .rateLimited, .serverError, .resetBeforeRead: false
        case .resetAfterCommit, .truncatedBody, .nonJSONBody, .resetMidBody, .slowAnswer, .serverErrorAfterCommit: true
        }
    }
}

/// "Inject `kind` into this share of the requests of these routes."
public struct FaultRule: Sendable, Hashable {
    /// What to inject.
    public var kind: FaultKind
    /// The probability per matching request, in `0 ... 1`.
    public var rate: Double
    /// The routes it applies to; `nil` means every route (media downloads included).
    public var routes: Set<RouteKind>?
    /// At most this many injections in the simulator's life; `nil` means no limit.
    public var limit: Int?

    /// A rule.
    public init(_ kind: FaultKind, rate: Double, routes: Set<RouteKind>? = nil, limit: Int? = nil) {
        self.kind = kind
        self.rate = rate
        self.routes = routes
        self.limit = limit
    }

    /// Whether the rule applies to `route`.
    public func applies(to route: RouteKind) -> Bool { routes?.contains(route) ?? true }
}

/// The faults a simulator injects. For each request, one seeded draw `u` in `0 ..< 1` picks at most one fault:
/// the applicable rules (route matches, limit not reached) take consecutive shares of `[0, 1)` in order, so a
/// rule with rate 0.3 faults 30% of its requests when it is alone. Keep the rates of rules that share a route
/// summing to at most 1 (beyond that, later rules get what is left).
///
/// ```swift
/// FaultPlan([
///     FaultRule(.rateLimited(retryAfter: .seconds(1)), rate: 0.1),
///     FaultRule(.resetAfterCommit, rate: 0.05, routes: [.create]),
/// ])
/// ```
public struct FaultPlan: Sendable, Hashable {
    /// The rules, in the order they take their shares.
    public var rules: [FaultRule]

    /// A plan from rules.
    public init(_ rules: [FaultRule]) { self.rules = rules }

    /// No faults.
    public static let none = FaultPlan([])
}
