import Foundation
import SeedanceCore

/// Counters the loopback server keeps for tests and benchmarks: requests, connections, and the headers each `Host`
/// received (to prove that `Authorization` reaches only the API host).
final class ServerStatistics: @unchecked Sendable {
    private struct HostRecord {
        var requests = 0
        var withAuthorization = 0
        var headers: [SeedanceHTTPHeaders] = []
    }

    private let lock = NSLock()
    private let headerLimit: Int
    private var requests = 0
    private var warmUps = 0
    private var connections = 0
    private var hosts: [String: HostRecord] = [:]

    init(headerLimit: Int) { self.headerLimit = headerLimit }

    /// Counts a new connection and returns its number (from 1).
    func connectionOpened() -> Int {
        lock.withLock {
            connections += 1; return connections
        }
    }

    func record(_ request: ServerRequest) {
        lock.withLock {
            requests += 1
            var record = hosts[request.host] ?? HostRecord()
            record.requests += 1
            if request.headers["Authorization"] != nil { record.withAuthorization += 1 }
            if record.headers.count < headerLimit { record.headers.append(request.headers) }
            hosts[request.host] = record
        }
    }

    /// Counts a connection warm-up (`HEAD /`) the server answered itself.
    func recordWarmUp() { lock.withLock { warmUps += 1 } }

    var requestCount: Int { lock.withLock { requests } }
    var warmUpCount: Int { lock.withLock { warmUps } }
    var connectionCount: Int { lock.withLock { connections } }
    var hostNames: [String] { lock.withLock { hosts.keys.sorted() } }

    /// The recorded headers of requests whose `Host` is `host` (with its port, or any port when none is given).
    func headers(forHost host: String) -> [SeedanceHTTPHeaders] {
        lock.withLock { matching(host).flatMap(\.headers) }
    }

    func requestCount(forHost host: String) -> Int { lock.withLock { matching(host).reduce(0) { $0 + $1.requests } } }

    func authorizationCount(forHost host: String) -> Int {
        lock.withLock { matching(host).reduce(0) { $0 + $1.withAuthorization } }
    }

    private func matching(_ host: String) -> [HostRecord] {
        let wanted = host.lowercased()
        return hosts.filter { $0.key == wanted || $0.key.hasPrefix(wanted + ":") }.sorted { $0.key < $1.key }.map(\.value)
    }
}
