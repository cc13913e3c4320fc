import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``HostRecord``: per host, how many requests arrived, how many carried `Authorization`, and the header names seen
/// (what the soak's "no key left loopback" audit and the redirect tests read).
@Suite("Simulator counters: the per-host record", .timeLimit(.minutes(3)))
struct HostRecordTests {
    @Test("each host counts its requests, those with Authorization, and the lower-cased header names")
    func perHost() async throws {
        let simulator = Simulator.toy()
        var keyless = ToyClient(simulator)
        keyless.key = nil
        _ = try await keyless.send(.get, "/tasks/none")
        _ = try await ToyClient(simulator).create()
        var other = ToyClient(simulator, base: simulator.baseURL(for: "toy", origin: URL(string: "http://LOCALHOST:9")!))
        other.key = nil
        _ = try await other.send(.get, "/tasks/none")

        let hosts = simulator.counters.hosts
        let loopback: HostRecord = try #require(hosts["127.0.0.1"])
        #expect(loopback.requests == 2 && loopback.requestsWithAuthorization == 1)
        #expect(loopback.headerNames == ["authorization", "content-type", "host"])
        #expect(simulator.counters.authorizationReached("127.0.0.1"))
        #expect(!simulator.counters.authorizationReached("localhost"))
        #expect(HostRecord() == HostRecord() && HostRecord().requests == 0 && HostRecord().headerNames.isEmpty)
        #expect(Set(hosts.keys) == ["127.0.0.1", "localhost"])
        #expect(hosts["localhost"]?.requests == 1 && hosts["localhost"]?.requestsWithAuthorization == 0)
    }
}
