import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// One transport serves many tenants: a cookie one answer sets must never ride along on a later request, and
/// FoundationNetworking must not spend CPU reading cookie headers the SDK throws away.
@Suite("URLSessionTransport neither stores nor reads cookies")
struct TransportCookieTests {
    @Test func theSessionRefusesCookiesOutright() {
        let session = URLSessionTransport.Configuration().sessionConfiguration()
        #expect(session.httpCookieAcceptPolicy == .never)
        #expect(session.httpCookieStorage == nil)
        #expect(session.httpShouldSetCookies == false)
    }

    @Test(.timeLimit(.minutes(1)))
    func aCookieSetByOneAnswerIsNotSentWithTheNext() async throws {
        let seen = Collector<ServerRequest>()
        let server = try LoopbackHTTPServer { request in
            seen.append(request)
            return ServerResponse(status: 200, headers: ["Set-Cookie": "tenant=alpha; Path=/"], body: .data(Data("{}".utf8)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for _ in 0..<2 { #expect(try await transport.send(.getJSON(server.url(path: "/v1/tasks/t1"))).status == 200) }
        let requests = seen.all
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.headers["Cookie"] == nil })
    }
}
