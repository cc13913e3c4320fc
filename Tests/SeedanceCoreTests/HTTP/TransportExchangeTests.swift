import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

@Suite("URLSessionTransport exchanges over loopback")
struct TransportExchangeTests {
    @Test(.timeLimit(.minutes(3)))
    func postsTheExactBodyAndHeaders() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return .json(201, #"{"id":"task-1"}"#, headers: ["X-Request-Id": "req-1"])
        }
        defer { server.stop() }
        let body = Data(#"{"prompt":"a \"cat\"\n🐈","url":"https://x.example/a?b=c"}"#.utf8) + Data(count: 100_000)
        var request = SeedanceHTTPRequest.createJSON(server.url(path: "/v1/tasks"), body: body)
        request.headers["X-Custom"] = "value 1"
        let response = try await URLSessionTransport().send(request)
        #expect(response.status == 201)
        #expect(response.body == Data(#"{"id":"task-1"}"#.utf8))
        #expect(response.requestID == "req-1")
        #expect(response.url == server.url(path: "/v1/tasks"))
        let received = try #require(seen.all.first)
        #expect(received.method == "POST")
        #expect(received.path == "/v1/tasks")
        #expect(received.body == body)
        #expect(received.headers["Content-Type"] == "application/json")
        #expect(received.headers["Content-Length"] == "\(body.count)")
        #expect(received.headers["X-Custom"] == "value 1")
        #expect(received.headers["User-Agent"] == SeedanceSDK.userAgent)
    }

    @Test(.timeLimit(.minutes(3)))
    func errorStatusesAreResponsesNotErrors() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/missing": .json(404, #"{"error":"no such task"}"#)
            case "/limited": .json(429, #"{"error":"slow"}"#, headers: ["Retry-After": "3"])
            default: .json(503, "")
            }
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let missing = try await transport.send(.getJSON(server.url(path: "/missing")))
        #expect(missing.status == 404 && missing.body == Data(#"{"error":"no such task"}"#.utf8))
        let limited = try await transport.send(.getJSON(server.url(path: "/limited")))
        #expect(limited.status == 429 && limited.headers["Retry-After"] == "3")
        #expect(try await transport.send(.getJSON(server.url(path: "/down"))).status == 503)
    }

    /// FoundationNetworking turns a 401 with a Basic/Digest challenge into an authentication round that never ends
    /// unless the delegate declines it; the transport must still hand back the 401.
    @Test(.timeLimit(.minutes(3)))
    func aChallenging401IsReturnedNotHung() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 401, headers: ["WWW-Authenticate": #"Basic realm="api""#], body: .data(Data(#"{"error":"bad key"}"#.utf8)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for _ in 0..<3 {
            let response = try await transport.send(.getJSON(server.url(path: "/secure")))
            #expect(response.status == 401)
            #expect(response.body == Data(#"{"error":"bad key"}"#.utf8))
        }
        #expect(server.requestCount == 3)
    }

    @Test(.timeLimit(.minutes(3)))
    func inFlightRequestsNeverExceedTheBound() async throws {
        let inHandler = Gauge()
        let server = try LoopbackHTTPServer { _ in
            inHandler.enter()
            // The first answers wait until four requests have been in the handler at once (the bound), so the peak is
            // reached however loaded the machine is; the 10 s fallback only keeps a broken transport from hanging.
            let deadline = ContinuousClock.now + .seconds(10)
            while inHandler.peak < 4, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(2)) }
            inHandler.leave()
            return .json(200, "{}")
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(maxConcurrentRequests: 4))
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask { try await transport.send(.getJSON(server.url(path: "/\(index)"))).status }
            }
            for try await status in group { #expect(status == 200) }
        }
        #expect(inHandler.count == 40)
        #expect(inHandler.peak == 4)
        #expect(await eventually { transport.requestsInFlight == 0 })
    }

    @Test func aGETWithABodyIsRefusedBeforeSending() async throws {
        let request = SeedanceHTTPRequest(method: .get, url: URL(string: "http://127.0.0.1:9/x")!, body: Data("x".utf8))
        let failure = await transportError { try await URLSessionTransport().send(request) }
        #expect(failure?.kind == .connectionNotEstablished)
    }
}
