import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator

/// `warmsConnections`: an API request that would open a connection is preceded by a credential-less `HEAD /` that
/// opens it, so the request waits on a reused keep-alive connection (see the README's "Platform notes").
@Suite("Connection warming")
struct ConnectionWarmingTests {
    @Test func idleConnectionsAreClaimedOnceAndForgottenAfterTheWindow() {
        let warmer = ConnectionWarmer(idleWindow: .seconds(60))
        let origin = ConnectionWarmer.origin(of: URL(string: "https://API.example.com:8443/v1/tasks?x=1")!)
        #expect(origin == "https://api.example.com:8443")
        #expect(!warmer.claim(origin))
        warmer.returned(origin)
        warmer.returned(origin)
        #expect(warmer.claim(origin))
        #expect(warmer.claim(origin))
        #expect(!warmer.claim(origin))
        let forgetful = ConnectionWarmer(idleWindow: .zero)
        forgetful.returned(origin)
        #expect(!forgetful.claim(origin))
    }

    @Test func theWarmUpIsAnUnsignedHeadToTheOriginsRoot() throws {
        let request = try #require(ConnectionWarmer.warmUpRequest(for: URL(string: "https://api.example.com/v1/tasks/abc?page=2")!))
        #expect(request.method.rawValue == "HEAD")
        #expect(request.url.absoluteString == "https://api.example.com/")
        #expect(request.requiresAuthorization == false && request.body == nil && request.kind == .idempotent)
    }

    @Test(.timeLimit(.minutes(3)), arguments: [true, false])
    func requestsGoOutOnConnectionsTheWarmUpOpened(warms: Bool) async throws {
        let seen = Collector<(method: String, path: String, connection: Int, authorized: Bool)>()
        let server = try LoopbackHTTPServer { request in
            seen.append((request.method, request.path, request.connectionID, request.headers["Authorization"] != nil))
            return .json(200, "{}")
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(warmsConnections: warms))
        for index in 0..<3 {
            var request = SeedanceHTTPRequest.getJSON(server.url(path: "/v1/tasks/\(index)"))
            request.headers["Authorization"] = "Bearer sk-test-SENTINEL-1234"
            #expect(try await transport.send(request).status == 200)
        }
        let log = seen.all
        if warms {
            // One HEAD / (unsigned) opened the connection; all three GETs reused it.
            #expect(log.map(\.method) == ["HEAD", "GET", "GET", "GET"])
            #expect(log.first?.path == "/" && log.first?.authorized == false)
            #expect(Set(log.map(\.connection)).count == 1)
        } else {
            #expect(log.map(\.method) == ["GET", "GET", "GET"])
        }
    }
}
