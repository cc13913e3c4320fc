import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SeedanceCore

@Suite("Transport rules: redirects, error classification, concurrency limiter")
struct TransportRulesTests {
    @Test func redirectsGoOnlyToHTTPSOrLoopback() {
        for allowed in ["https://cdn.example.net/v.mp4", "http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "http://127.3.4.5/x"] {
            #expect(RedirectRules.allows(URL(string: allowed)!), "\(allowed)")
        }
        for refused in ["http://cdn.example.net/v.mp4", "http://10.0.0.1/x", "ftp://127.0.0.1/x", "file:///etc/passwd", "http://[::ffff:127.0.0.1]/x"] {
            #expect(!RedirectRules.allows(URL(string: refused)!), "\(refused)")
        }
    }

    @Test func credentialsSurviveOnlySameOriginRedirects() {
        let from = URL(string: "https://api.example.com/v1/tasks")!
        func redirected(to target: String) -> URLRequest {
            var request = URLRequest(url: URL(string: target)!)
            request.setValue("Bearer sk-test-SENTINEL-1234", forHTTPHeaderField: "Authorization")
            request.setValue("a=b", forHTTPHeaderField: "Cookie")
            request.setValue("application/json", forHTTPHeaderField: "Accept")
            return RedirectRules.sanitized(request, from: from)
        }
        let same = redirected(to: "https://API.example.com:443/v1/other")
        #expect(same.value(forHTTPHeaderField: "Authorization") == "Bearer sk-test-SENTINEL-1234")
        for other in ["https://cdn.example.com/v1/tasks", "https://api.example.com:8443/v1", "http://api.example.com/v1"] {
            let stripped = redirected(to: other)
            #expect(stripped.value(forHTTPHeaderField: "Authorization") == nil, "\(other)")
            #expect(stripped.value(forHTTPHeaderField: "Cookie") == nil)
            #expect(stripped.value(forHTTPHeaderField: "Accept") == "application/json")
        }
    }

    @Test func urlErrorsAreClassifiedByHowFarTheRequestGot() {
        let expectations: [(URLError.Code, HTTPTransportError.Kind)] = [
            (.cannotConnectToHost, .connectionNotEstablished), (.cannotFindHost, .connectionNotEstablished),
            (.dnsLookupFailed, .connectionNotEstablished), (.secureConnectionFailed, .connectionNotEstablished),
            (.serverCertificateUntrusted, .connectionNotEstablished), (.notConnectedToInternet, .connectionNotEstablished),
            (.timedOut, .timedOut), (.networkConnectionLost, .connectionLost), (.badServerResponse, .connectionLost),
            (.unknown, .other), (.cancelled, .other), (.httpTooManyRedirects, .other),
        ]
        for (code, kind) in expectations {
            #expect(URLErrorClassification.kind(of: URLError(code)) == kind, "\(code)")
        }
    }

    @Test func libcurlConnectFailuresAreRecognisedFromTheirMessage() {
        let connect = URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: "Failed to connect to 10.1.2.3 port 443 after 3 ms: Network is unreachable"])
        #expect(URLErrorClassification.kind(of: connect) == .connectionNotEstablished)
        let partial = URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: "transfer closed with 900 bytes remaining to read"])
        #expect(URLErrorClassification.kind(of: partial) == .other)
        #expect(URLErrorClassification.transportError(for: CocoaError(.fileWriteUnknown)).kind == .other)
    }

    @Test(.timeLimit(.minutes(3)))
    func theLimiterQueuesInOrderAndLetsCancelledWaitersGo() async throws {
        let limiter = ConcurrencyLimiter(limit: 2)
        try await limiter.acquire()
        try await limiter.acquire()
        #expect(limiter.permitsInUse == 2)
        let order = Collector<Int>()
        let first = Task {
            try await limiter.acquire(); order.append(1)
        }
        #expect(await eventually { limiter.waiting == 1 })
        let cancelled = Task {
            try await limiter.acquire(); order.append(99)
        }
        #expect(await eventually { limiter.waiting == 2 })
        let third = Task {
            try await limiter.acquire(); order.append(3)
        }
        #expect(await eventually { limiter.waiting == 3 })
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        #expect(limiter.waiting == 2)
        limiter.release()
        try await first.value
        limiter.release()
        try await third.value
        #expect(order.all == [1, 3])
        #expect(limiter.permitsInUse == 2)
        limiter.release()
        limiter.release()
        #expect(limiter.permitsInUse == 0)
    }

    @Test func aCancelledCallerTakesNoPermit() async throws {
        let limiter = ConcurrencyLimiter(limit: 1)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await limiter.acquire()
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(limiter.permitsInUse == 0)
    }
}
