/// A snapshot of what a simulator has seen, for tests and benchmarks to assert on (``Simulator/counters``).
public struct SimulatorCounters: Sendable, Hashable {
    /// Every request received (routed or not).
    public var requests = 0
    /// Requests per route kind (a request no route matched counts as `.other`).
    public var requestsByRoute: [RouteKind: Int] = [:]
    /// Tasks actually created in the world: the number of billable creates. Compare with ``creates`` (attempts).
    public var createsCommitted = 0
    /// Status requests per task id.
    public var pollsByTask: [String: Int] = [:]
    /// Faults injected, per kind.
    public var faultsInjected: [FaultKind: Int] = [:]
    /// Requests refused for a missing or wrong API key.
    public var unauthorizedRequests = 0
    /// Requests no route matched (answered 404).
    public var unroutedRequests = 0
    /// Per host name the requests were addressed to (`127.0.0.1`, `localhost` …).
    public var hosts: [String: HostRecord] = [:]
    /// Callback deliveries.
    public var callbacks = CallbackCounters()

    /// Create requests received (including faulted and refused ones).
    public var creates: Int { requestsByRoute[.create, default: 0] }
    /// Status requests received.
    public var polls: Int { requestsByRoute[.status, default: 0] }
    /// Result-file requests received.
    public var downloads: Int { requestsByRoute[.download, default: 0] }
    /// List, cancel, delete and unmatched requests received.
    public var otherRequests: Int { requests - creates - polls - downloads }
    /// All faults injected.
    public var totalFaultsInjected: Int { faultsInjected.values.reduce(0, +) }

    /// Status requests received for `taskID`.
    public func polls(of taskID: String) -> Int { pollsByTask[taskID, default: 0] }

    /// Faults of `kind` injected.
    public func faults(_ kind: FaultKind) -> Int { faultsInjected[kind, default: 0] }

    /// Whether any request addressed to `host` carried an `Authorization` header.
    public func authorizationReached(_ host: String) -> Bool {
        hosts[host.lowercased(), default: HostRecord()].requestsWithAuthorization > 0
    }

    /// An empty snapshot.
    public init() {}
}

/// What one host name received.
public struct HostRecord: Sendable, Hashable {
    /// Requests addressed to the host.
    public var requests = 0
    /// Of those, the requests that carried an `Authorization` header.
    public var requestsWithAuthorization = 0
    /// Every header name seen, lowercased.
    public var headerNames: Set<String> = []

    /// An empty record.
    public init() {}
}

/// Callback deliveries (see ``CallbackConfiguration``).
public struct CallbackCounters: Sendable, Hashable {
    /// POSTs attempted (first tries and retries).
    public var attempts = 0
    /// Callbacks answered 200.
    public var delivered = 0
    /// Callbacks given up after the last retry.
    public var abandoned = 0
    /// Callbacks not sent because the URL was not a loopback address.
    public var refused = 0

    /// No deliveries.
    public init() {}
}
