import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

@Suite("LoopbackHTTPServer")
struct LoopbackServerTests {
    @Test(.timeLimit(.minutes(3)))
    func parsesTheRequestAndKeepsTheConnectionAlive() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return .json(200, #"{"ok":true}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for index in 0..<5 {
            let url = URL(string: "\(server.baseURL.absoluteString)/tasks/a%2Fb%20c?task_id=x%26y%3Dz&n=\(index)&empty=")!
            let response = try await transport.send(.getJSON(url))
            #expect(response.status == 200)
            #expect(response.body == Data(#"{"ok":true}"#.utf8))
            #expect(response.headers["Content-Type"] == "application/json")
        }
        let requests = seen.all
        #expect(requests.count == 5)
        let first = try #require(requests.first)
        #expect(first.method == "GET")
        #expect(first.path == "/tasks/a%2Fb%20c")
        #expect(first.query == ["task_id": "x&y=z", "n": "0", "empty": ""])
        #expect(first.rawTarget == "/tasks/a%2Fb%20c?task_id=x%26y%3Dz&n=0&empty=")
        #expect(first.host == "127.0.0.1:\(server.port)")
        #expect(first.body.isEmpty)
        #expect(server.connectionCount == 1)
        #expect(Set(requests.map(\.connectionID)) == [1])
        #expect(server.requestCount == 5)
    }

    @Test(.timeLimit(.minutes(3)))
    func streamsGeneratedDrippedAndChunkedBodies() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/generated": ServerResponse(status: 200, body: .generated(byteCount: 1_000))
            case "/drip": ServerResponse(status: 200, body: .data(Data("0123456789".utf8)), behavior: .drip(chunkSize: 3, interval: .milliseconds(5)))
            default: ServerResponse(status: 200, headers: ["Transfer-Encoding": "chunked"], body: .generated(byteCount: 300_000))
            }
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let generated = try await transport.send(.getJSON(server.url(path: "/generated")))
        #expect(generated.body == Data((0..<1_000).map { ServerBody.patternByte(at: Int64($0)) }))
        #expect(generated.headers["Content-Length"] == "1000")
        let dripped = try await transport.send(.getJSON(server.url(path: "/drip")))
        #expect(dripped.body == Data("0123456789".utf8))
        let chunked = try await transport.send(.getJSON(server.url(path: "/chunked")))
        #expect(chunked.body == Data((0..<300_000).map { ServerBody.patternByte(at: Int64($0)) }))
        #expect(chunked.headers["Content-Length"] == nil)
        #expect(server.connectionCount == 1)
    }

    @Test(.timeLimit(.minutes(3)))
    func resetBeforeReadingIsDecidedPerConnection() async throws {
        let handled = Gauge()
        let server = try LoopbackHTTPServer { _ in
            handled.enter()
            return .json(200, "{}")
        }
        defer { server.stop() }
        server.resetBeforeReading = { $0 == 1 }
        // Without warm-ups, so that the first request itself meets the reset of connection 1.
        let transport = URLSessionTransport(configuration: .init(warmsConnections: false))
        let failure = await transportError { try await transport.send(.getJSON(server.url(path: "/a"))) }
        // libcurl reports the reset as a failed connect when it lands before its connect check (nothing was
        // written), otherwise as a lost connection (the request may have been written): both are honest.
        #expect(failure?.kind == .connectionLost || failure?.kind == .connectionNotEstablished)
        #expect(try await transport.send(.getJSON(server.url(path: "/b"))).status == 200)
        #expect(handled.count == 1)
        #expect(server.requestCount == 1)
        #expect(server.connectionCount == 2)
    }

    @Test(.timeLimit(.minutes(3)))
    func stopClosesConnectionsAndRefusesNewOnes() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, "{}") }
        let transport = URLSessionTransport()
        #expect(try await transport.send(.getJSON(server.url(path: "/"))).status == 200)
        #expect(server.openConnectionCount == 1)
        server.stop()
        server.stop()
        #expect(await eventually { server.openConnectionCount == 0 })
        // Taking the port proves nothing listens on it any more, and holding it keeps another suite's server from
        // binding it before the refusal is checked.
        let port = try #require(server.url(path: "/").port)
        let held = try RefusingPort(port: UInt16(port))
        let failure = await transportError { try await transport.send(.getJSON(held.url())) }
        #expect(failure?.kind == .connectionNotEstablished)
    }
}
