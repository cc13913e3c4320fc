import Foundation

/// The live, thread-safe counters behind ``SimulatorCounters`` snapshots.
final class CounterStore: @unchecked Sendable {
    private let lock = NSLock()
    private var counters = SimulatorCounters()

    /// A copy of the current counts.
    var snapshot: SimulatorCounters { lock.withLock { counters } }

    /// Clears every count.
    func reset() { lock.withLock { counters = SimulatorCounters() } }

    /// Applies `change` under the lock.
    func update(_ change: (inout SimulatorCounters) -> Void) { lock.withLock { change(&counters) } }

    /// Records one received request: its host and headers, and its route.
    func recordRequest(_ request: SimulatedRequest, route: SimulatedRoute?) {
        update { counters in
            counters.requests += 1
            let host = request.hostName
            var record = counters.hosts[host, default: HostRecord()]
            record.requests += 1
            if request.headers["Authorization"] != nil { record.requestsWithAuthorization += 1 }
            for field in request.headers { record.headerNames.insert(field.name.lowercased()) }
            counters.hosts[host] = record
            counters.requestsByRoute[route?.kind ?? .other, default: 0] += 1
            if route == nil { counters.unroutedRequests += 1 }
            if let route, route.kind == .status, let id = route.taskID { counters.pollsByTask[id, default: 0] += 1 }
        }
    }
}
