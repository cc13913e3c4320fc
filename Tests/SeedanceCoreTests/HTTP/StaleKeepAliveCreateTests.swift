import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

/// libcurl replays a request that failed on a reused keep-alive connection, but FoundationNetworking sends a replayed
/// POST without a body it already read: on a stale connection a create used to hang until the idle timeout. With
/// warm-ups (the default) a create goes only on a connection used within the last 100 ms, so the warm-up meets the stale
/// connection instead; without them creates send `Expect: 100-continue`, so the replay carries the whole body. Either
/// way the server receives exactly one create.
@Suite("URLSessionTransport: creates and stale keep-alive connections")
struct StaleKeepAliveCreateTests {
    @Test(.timeLimit(.minutes(3)), arguments: [true, false])
    func aCreateAfterTheServerDroppedIdleConnectionsIsAnsweredAtOnce(warmsConnections: Bool) async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return request.method == "POST" ? .json(200, #"{"id":"task-\#(seen.all.count)"}"#) : .json(200, #"{"status":"running"}"#)
        }
        defer { server.stop() }
        // A server closing idle connections after 1 s (real ones wait 5-75 s); the client then waits 1.5 s. The warm-up goes
        // a few milliseconds before the create, far less than the limit even on a loaded machine.
        server.idleConnectionLimit = .seconds(1)
        // A stall lasts the 30 s idle timeout; a fixed create is answered at once. The gap between them leaves room for
        // the other suites loading both cores.
        let transport = URLSessionTransport(
            configuration: .init(idleTimeout: .seconds(30), requestTimeout: .seconds(60), warmsConnections: warmsConnections))
        let create = SeedanceHTTPRequest.createJSON(server.url(path: "/tasks"), body: Data(#"{"prompt":"a cat"}"#.utf8))
        let status = SeedanceHTTPRequest.getJSON(server.url(path: "/tasks/task-1"))

        #expect(try await transport.send(create).status == 200)
        #expect(try await transport.send(status).status == 200)
        try await Task.sleep(for: .milliseconds(1_500))

        let started = ContinuousClock.now
        let second = try await transport.send(create)
        let elapsed = ContinuousClock.now - started
        #expect(second.status == 200)
        #expect(elapsed < .seconds(20), "a create on a stale connection took \(elapsed) (a stall lasts the 30 s idle timeout)")
        let creates = seen.all.filter { $0.method == "POST" }
        #expect(creates.count == 2)
        #expect(creates.allSatisfy { $0.body == Data(#"{"prompt":"a cat"}"#.utf8) })
        // Without warm-ups every create carries `Expect` (with them, whether it does depends on how soon after its warm-up
        // it left: `TransportCreateExpectTests`).
        if !warmsConnections { #expect(creates.allSatisfy { $0.headers["Expect"] == "100-continue" }) }

        // A status request on the stale connection is replayed whole by libcurl: answered too.
        try await Task.sleep(for: .milliseconds(1_500))
        #expect(try await transport.send(status).status == 200)
    }
}
