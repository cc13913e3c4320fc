import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator

@Suite struct ExploreTests {
    @Test(.timeLimit(.minutes(1))) func replayOnReusedConnection() async throws {
        let counter = Counter()
        let server = try LoopbackHTTPServer { request in
            if request.method == "POST" {
                let n = counter.next()
                print("POST #\(n) on connection \(request.connectionID)")
                return ServerResponse(status: 200, behavior: .resetAfterReadingRequest)
            }
            return .json(200, "{}")
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let get = try await transport.send(.getJSON(server.url(path: "/warm")))
        print("GET", get.status)
        do {
            let r = try await transport.send(.createJSON(server.url(path: "/create"), body: Data("{}".utf8)))
            print("POST answered", r.status)
        } catch {
            print("POST error", error)
        }
        print("server requests", server.requestCount, "connections", server.connectionCount)
    }

    @Test(.timeLimit(.minutes(1))) func challenge401() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"x\""], body: .data(Data("{\"error\":\"no\"}".utf8)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let r = try await transport.send(.getJSON(server.url(path: "/x")))
        print("401:", r.status, String(decoding: r.body, as: UTF8.self))
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
