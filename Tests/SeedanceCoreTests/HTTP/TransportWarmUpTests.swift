import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// On Linux a request that waits for its answer on a connection it opened itself costs about one core for the whole
/// wait (FoundationNetworking's write source; README "Platform notes"). These tests prove from the server's side that
/// with the default transport no request is the first on its connection.
@Suite("URLSessionTransport warms connections before requests wait on them")
struct TransportWarmUpTests {
    @Test func theWarmUpIsAnUnsignedHeadToTheOriginsRoot() throws {
        let request = try #require(SeedanceHTTPRequest.warmUp(for: URL(string: "https://api.example.com/v1/tasks/abc?page=2")!))
        #expect(request.method.rawValue == "HEAD")
        #expect(request.url.absoluteString == "https://api.example.com/")
        #expect(request.requiresAuthorization == false && request.body == nil && request.kind == .idempotent)
        #expect(SessionSlots.origin(of: URL(string: "https://API.example.com:8443/v1/tasks?x=1")!) == "https://api.example.com:8443")
    }

    @Test(.timeLimit(.minutes(3)))
    func concurrentRequestsEachWaitOnAConnectionThatCarriedAWarmUp() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            if request.isConnectionWarmUp { return .json(404, "") }
            return ServerResponse(status: 200, body: .data(Data("{}".utf8)), behavior: .delay(.milliseconds(300)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        var request = SeedanceHTTPRequest.createJSON(server.url(path: "/v1/tasks"), body: Data(#"{"prompt":"p"}"#.utf8))
        request.headers["Authorization"] = "Bearer sk-test-warm"
        let sent = request
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    let status = try await transport.send(sent).status
                    #expect(status == 200)
                }
            }
            try await group.waitForAll()
        }
        let creates = seen.all.filter { $0.method == "POST" }
        let warmUps = seen.all.filter(\.isConnectionWarmUp)
        #expect(creates.count == 12)
        // Every create arrived on a connection that had carried a request before, and each warm-up opened its
        // connection: one per connection, without credentials.
        #expect(creates.allSatisfy { $0.priorRequestsOnConnection >= 1 })
        #expect(warmUps.count == Set(creates.map(\.connectionID)).count)
        #expect(warmUps.allSatisfy { $0.priorRequestsOnConnection == 0 && $0.headers["Authorization"] == nil && $0.body.isEmpty })
    }

    @Test(.timeLimit(.minutes(3)))
    func aConnectionKeptAliveIsReusedWithoutAnotherWarmUp() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, "{}") }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for _ in 0..<5 { _ = try await transport.send(.getJSON(server.url(path: "/v1/tasks/t1"))) }
        #expect(server.requestCount == 5)
        #expect(server.warmUpCount == 1)
        #expect(server.connectionCount == 1)
    }

    @Test(.timeLimit(.minutes(3)))
    func aServerThatClosesTheConnectionGetsAWarmUpBeforeTheNextRequest() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, "{}", headers: ["Connection": "close"]) }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for _ in 0..<3 { _ = try await transport.send(.getJSON(server.url(path: "/v1/tasks/t1"))) }
        #expect(server.requestCount == 3)
        #expect(server.warmUpCount == 3)
    }

    @Test(.timeLimit(.minutes(3)))
    func withWarmUpsOffEachRequestOpensItsOwnConnection() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            return ServerResponse(status: 200, body: .data(Data("{}".utf8)), behavior: .delay(.milliseconds(200)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(warmsConnections: false))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { _ = try await transport.send(.getJSON(server.url(path: "/v1/tasks/t1"))) } }
            try await group.waitForAll()
        }
        #expect(seen.all.count == 4)
        #expect(seen.all.allSatisfy { $0.method == "GET" && $0.priorRequestsOnConnection == 0 })
    }

    @Test(.timeLimit(.minutes(3)))
    func aFailedWarmUpStillSendsTheRequestOnce() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            return request.isConnectionWarmUp ? ServerResponse(status: 200, behavior: .resetAfterReadingRequest) : .json(201, #"{"id":"t1"}"#)
        }
        defer { server.stop() }
        let response = try await URLSessionTransport().send(.createJSON(server.url(path: "/v1/tasks"), body: Data("{}".utf8)))
        #expect(response.status == 201)
        // No connection was left open by the warm-up, so the create keeps `Expect: 100-continue`.
        let creates = seen.all.filter { $0.method == "POST" }
        #expect(creates.count == 1 && creates.first?.headers["Expect"] == "100-continue")
    }

    @Test(.timeLimit(.minutes(3)))
    func downloadsNeverWarmUp() async throws {
        let server = try LoopbackHTTPServer { _ in ServerResponse(status: 200, body: .generated(byteCount: 1_000)) }
        defer { server.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("warmup-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try await URLSessionTransport().download(.getJSON(server.url(path: "/v.mp4")), to: file, progress: nil)
        #expect(server.warmUpCount == 0 && server.requestCount == 1)
    }
}

/// Creates go out on a connection just used (the warm-up goes first when it has been idle longer than
/// `createReuseWindow`), without `Expect: 100-continue`, which would make the session spin while they wait; a create
/// with a body too large to send in one write keeps it.
@Suite("URLSessionTransport creates and Expect: 100-continue")
struct TransportCreateExpectTests {
    @Test(.timeLimit(.minutes(3)))
    func aSmallCreateGoesWithoutExpectRightAfterAWarmUp() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            // Each create's connection is closed after it, so the next create needs a new warm-up.
            return request.method == "POST" ? .json(201, #"{"id":"t"}"#, headers: ["Connection": "close"]) : .json(200, "{}")
        }
        defer { server.stop() }
        // A wide window, so that a loaded test machine resuming the caller late after its warm-up cannot make the
        // transport fall back to `Expect` (`aCreateLeavingLateAfterItsWarmUpKeepsExpect` covers that).
        var configuration = URLSessionTransport.Configuration()
        configuration.createReuseWindow = .seconds(60)
        let transport = URLSessionTransport(configuration: configuration)
        let create = SeedanceHTTPRequest.createJSON(server.url(path: "/tasks"), body: Data(#"{"prompt":"a cat"}"#.utf8))
        #expect(try await transport.send(create).status == 201)
        #expect(try await transport.send(create).status == 201)
        #expect(seen.all.map(\.method) == ["HEAD", "POST", "HEAD", "POST"])
        #expect(seen.all.filter { $0.method == "POST" }.allSatisfy { $0.headers["Expect"] == nil && $0.priorRequestsOnConnection == 1 })
    }

    @Test(.timeLimit(.minutes(3)))
    func aCreateOnAConnectionIdleLongerThanTheWindowIsPrecededByAWarmUp() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            return request.method == "POST" ? .json(201, #"{"id":"t"}"#) : .json(200, "{}")
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let create = SeedanceHTTPRequest.createJSON(server.url(path: "/tasks"), body: Data(#"{"prompt":"a cat"}"#.utf8))
        _ = try await transport.send(.getJSON(server.url(path: "/tasks/t")))
        try await Task.sleep(for: .milliseconds(300))
        // A poll reuses a connection idle for 300 ms as it is; a create (window 100 ms) warms it up first.
        _ = try await transport.send(.getJSON(server.url(path: "/tasks/t")))
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await transport.send(create).status == 201)
        #expect(seen.all.map(\.method) == ["HEAD", "GET", "GET", "HEAD", "POST"])
    }

    @Test(.timeLimit(.minutes(3)))
    func aCreateLeavingLateAfterItsWarmUpKeepsExpect() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer(passesWarmUps: true) { request in
            seen.append(request)
            return request.method == "POST" ? .json(201, #"{"id":"t"}"#) : .json(200, "{}")
        }
        defer { server.stop() }
        // A zero window: however soon the create follows its warm-up, it is too late to go without `Expect`.
        var configuration = URLSessionTransport.Configuration()
        configuration.createReuseWindow = .zero
        let transport = URLSessionTransport(configuration: configuration)
        #expect(try await transport.send(.createJSON(server.url(path: "/tasks"), body: Data("{}".utf8))).status == 201)
        #expect(seen.all.map(\.method) == ["HEAD", "POST"])
        #expect(seen.all.last?.headers["Expect"] == "100-continue")
    }

    @Test(.timeLimit(.minutes(3)))
    func aLargeCreateKeepsExpectAndIsAnswered() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return .json(201, #"{"id":"t"}"#)
        }
        defer { server.stop() }
        let body = Data(repeating: 0x61, count: 2 << 20)
        let response = try await URLSessionTransport().send(.createJSON(server.url(path: "/tasks"), body: body))
        #expect(response.status == 201)
        #expect(seen.all.count == 1 && seen.all.first?.headers["Expect"] == "100-continue" && seen.all.first?.body == body)
    }

    @Test(.timeLimit(.minutes(3)))
    func withoutWarmUpsEveryCreateKeepsExpect() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return .json(201, #"{"id":"t"}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(warmsConnections: false))
        for _ in 0..<2 { _ = try await transport.send(.createJSON(server.url(path: "/tasks"), body: Data("{}".utf8))) }
        #expect(seen.all.count == 2 && seen.all.allSatisfy { $0.headers["Expect"] == "100-continue" })
        #expect(server.warmUpCount == 0)
    }
}
