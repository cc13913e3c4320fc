import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SeedanceCore

@Suite("Transport rules: redirects, error classification, session slots")
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
    func slotsQueueInOrderAndLetCancelledWaitersGo() async throws {
        let slots = SessionSlots(count: 2) { URLSession(configuration: .ephemeral) }
        let a = try await slots.acquire(origin: "http://a:")
        let b = try await slots.acquire(origin: "http://a:")
        #expect(slots.inUse == 2)
        let order = Collector<Int>()
        let first = Task {
            _ = try await slots.acquire(origin: "http://a:"); order.append(1)
        }
        #expect(await eventually { slots.waiting == 1 })
        let cancelled = Task {
            _ = try await slots.acquire(origin: "http://a:"); order.append(99)
        }
        #expect(await eventually { slots.waiting == 2 })
        let third = Task {
            _ = try await slots.acquire(origin: "http://a:"); order.append(3)
        }
        #expect(await eventually { slots.waiting == 3 })
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        #expect(slots.waiting == 2)
        slots.release(a.slot, origin: "http://a:", use: .unused)
        try await first.value
        slots.release(b.slot, origin: "http://a:", use: .unused)
        try await third.value
        #expect(order.all == [1, 3])
        #expect(slots.inUse == 2)
    }

    @Test func aCancelledCallerTakesNoSlot() async throws {
        let slots = SessionSlots(count: 1) { URLSession(configuration: .ephemeral) }
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            _ = try await slots.acquire(origin: "http://a:")
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(slots.inUse == 0)
    }

    @Test func aSlotIsWarmForAnOriginOnlyAfterAConnectionWasKeptAliveThereWithinTheWindow() async throws {
        let slots = SessionSlots(count: 3, idleWindow: .milliseconds(300)) { URLSession(configuration: .ephemeral) }
        let api = "https://api.example:", cdn = "https://cdn.example:"
        let cold = try await slots.acquire(origin: api)
        #expect(cold.idleSince == nil)
        slots.release(cold.slot, origin: api, use: .keptAlive)
        // The free slot with the idle connection is chosen over the two that never reached the origin.
        let again = try await slots.acquire(origin: api)
        #expect(again.idleSince != nil && again.slot === cold.slot && again.session === cold.session)
        // Another origin gets a slot that never reached it, and is cold there.
        let other = try await slots.acquire(origin: cdn)
        #expect(other.idleSince == nil && other.slot !== cold.slot)
        slots.release(other.slot, origin: cdn, use: .closed)
        slots.release(again.slot, origin: api, use: .closed)
        // A closed connection is forgotten.
        let afterClose = try await slots.acquire(origin: api)
        #expect(afterClose.idleSince == nil)
        slots.release(afterClose.slot, origin: api, use: .keptAlive)
        // A connection idle past the window is believed closed by the server.
        try await Task.sleep(for: .milliseconds(400))
        let expired = try await slots.acquire(origin: api)
        #expect(expired.idleSince == nil)
        slots.release(expired.slot, origin: api, use: .unused)
    }

    @Test(.timeLimit(.minutes(3)))
    func invalidatedSlotsRefuseWaitingAndNewCallers() async throws {
        let slots = SessionSlots(count: 1) { URLSession(configuration: .ephemeral) }
        let held = try await slots.acquire(origin: "http://a:")
        let waiting = Task { try await slots.acquire(origin: "http://a:") }
        #expect(await eventually { slots.waiting == 1 })
        #expect(slots.invalidate().count == 1)
        await #expect { _ = try await waiting.value } throws: { ($0 as? HTTPTransportError)?.kind == .connectionNotEstablished }
        await #expect { _ = try await slots.acquire(origin: "http://a:") } throws: {
            ($0 as? HTTPTransportError)?.kind == .connectionNotEstablished
        }
        slots.release(held.slot, origin: "http://a:", use: .keptAlive)
        #expect(slots.inUse == 0)
    }
}
