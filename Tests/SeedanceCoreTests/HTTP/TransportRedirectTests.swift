import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

@Suite("URLSessionTransport redirects and host rules")
struct TransportRedirectTests {
    @Test(.timeLimit(.minutes(3)))
    func aRedirectToAPlainHTTPNonLoopbackHostIsRefused() async throws {
        let targets = Gauge()
        let holder = PortHolder()
        let server = try LoopbackHTTPServer { request in
            if request.path == "/target" { targets.enter() }
            // An IPv4-mapped IPv6 literal is not on the loopback list, yet it would only ever reach this machine.
            return ServerResponse(status: 302, headers: ["Location": "http://[::ffff:127.0.0.1]:\(holder.port)/target"])
        }
        defer { server.stop() }
        holder.port = server.port
        let failure = await transportError { try await URLSessionTransport().send(.getJSON(server.url(path: "/video"))) }
        #expect(failure?.kind == .redirectRefused)
        #expect(targets.count == 0)
    }

    @Test(.timeLimit(.minutes(3)))
    func aRedirectToAnotherOriginLosesTheAuthorizationHeader() async throws {
        let holder = PortHolder()
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/cross": ServerResponse(status: 302, headers: ["Location": "http://localhost:\(holder.port)/landing"])
            case "/same": ServerResponse(status: 307, headers: ["Location": "/landing-same"])
            default: .json(200, #"{"landed":true}"#)
            }
        }
        defer { server.stop() }
        holder.port = server.port
        let transport = URLSessionTransport()
        var cross = SeedanceHTTPRequest.getJSON(server.url(path: "/cross"))
        cross.headers["Authorization"] = "Bearer sk-test-SENTINEL-1234"
        let crossed = try await transport.send(cross)
        #expect(crossed.status == 200)
        #expect(crossed.url == server.url(host: "localhost", path: "/landing"))
        var same = SeedanceHTTPRequest.getJSON(server.url(path: "/same"))
        same.headers["Authorization"] = "Bearer sk-test-SENTINEL-1234"
        #expect(try await transport.send(same).status == 200)

        #expect(server.requestCount(forHost: "localhost") == 1)
        #expect(server.authorizationHeaderCount(forHost: "localhost") == 0)
        #expect(server.headersSeen(forHost: "localhost").first?["Authorization"] == nil)
        #expect(server.authorizationHeaderCount(forHost: "127.0.0.1") == 3)
    }

    /// The API key goes only to the configured API origin: a download from another host name of the same server
    /// (as a result CDN would be) carries none, even when the request asks for signing.
    @Test(.timeLimit(.minutes(3)))
    func theKeyReachesOnlyTheAPIHost() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/video.mp4" ? ServerResponse(status: 200, body: .generated(byteCount: 4096)) : .json(200, #"{"status":"succeeded"}"#)
        }
        defer { server.stop() }
        let executor = loopbackExecutor(URLSessionTransport(), server: server)
        _ = try await executor.send(.getJSON(server.url(path: "/tasks/t1")))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("host-rules-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let download = SeedanceHTTPRequest(method: .get, url: server.url(host: "localhost", path: "/video.mp4"))
        #expect(try await executor.download(download, to: file, progress: nil).status == 200)

        #expect(server.hostsSeen == ["127.0.0.1:\(server.port)", "localhost:\(server.port)"])
        #expect(server.authorizationHeaderCount(forHost: "127.0.0.1") == 1)
        #expect(server.headersSeen(forHost: "127.0.0.1:\(server.port)").first?["Authorization"] == "Bearer sk-test-SENTINEL-1234")
        #expect(server.requestCount(forHost: "localhost") == 1)
        #expect(server.authorizationHeaderCount(forHost: "localhost") == 0)
    }
}
