import Foundation
import Testing
@testable import SeedanceCore
import SeedanceTestSupport

@Suite("RequestExecutor signing, hosts and redaction")
struct RetrySigningTests {
    @Test func onlyTheAPIOriginIsSigned() {
        let harness = RetryHarness([])
        let signed = harness.executor.sign(RetryHarness.status())
        #expect(signed.headers["Authorization"] == "Bearer \(RetryHarness.sentinel)")
        #expect(signed.headers["User-Agent"] == SeedanceSDK.userAgent)
        for other in [
            "https://cdn.example.net/v.mp4", "http://api.example.com/v1/tasks", "https://api.example.com:8443/v1", "https://evil.example.com/api.example.com",
        ] {
            var request = SeedanceHTTPRequest.getJSON(URL(string: other)!)
            request.headers["Authorization"] = "Bearer smuggled"
            #expect(harness.executor.sign(request).headers["Authorization"] == nil, "\(other)")
        }
        var unsigned = RetryHarness.status()
        unsigned.requiresAuthorization = false
        #expect(harness.executor.sign(unsigned).headers["Authorization"] == nil)
    }

    @Test func baseURLPolicyRefusesPlainHTTPExceptOnLoopback() throws {
        for refused in ["http://api.example.com/v1", "http://10.0.0.5/v1", "ftp://api.example.com", "https:///nohost"] {
            #expect(throws: SeedanceError.self, "\(refused)") { try BaseURLPolicy.validate(URL(string: refused)!, provider: "p") }
        }
        for accepted in ["https://api.example.com/v1", "http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:80/x"] {
            try BaseURLPolicy.validate(URL(string: accepted)!, provider: "p")
        }
        let error = try #require(throws: SeedanceError.self) { try BaseURLPolicy.validate(URL(string: "http://api.example.com")!, provider: "p") }
        #expect(error.category == .invalidRequest && error.field == "baseURL")
    }

    /// Runs the failure scenarios of the retry tests and checks that the key reached the transport (so the check can
    /// fail) but no error rendering or log event shows it.
    @Test func theSentinelKeyNeverAppearsInErrorsOrLogs() async throws {
        let scenarios: [[ScriptedTransport.Handler]] = [
            [ScriptedTransport.json(500, #"{"echo":"Bearer sk-test-SENTINEL-1234"}"#)],
            [ScriptedTransport.failure(.timedOut)],
            [ScriptedTransport.failure(.connectionLost)],
            [ScriptedTransport.json(429, #"{"key":"sk-test-SENTINEL-1234"}"#, headers: ["Retry-After": "999"])],
            [ScriptedTransport.failure(.connectionNotEstablished), ScriptedTransport.json(502, "{}")],
        ]
        var texts: [String] = []
        for steps in scenarios {
            let harness = RetryHarness(steps, policy: RetryPolicy(maxAttempts: 2, baseDelay: .zero, maxDelay: .zero))
            do {
                let response = try await harness.executor.send(RetryHarness.create())
                texts += renderings(HTTPErrorMapping.error(for: response, provider: "scripted"))
            } catch {
                texts += renderings(error)
            }
            texts += harness.events.all.flatMap(renderings)
            #expect(harness.transport.requests.first?.headers["Authorization"] == "Bearer \(RetryHarness.sentinel)")
        }
        texts += renderings(APIKey(RetryHarness.sentinel))
        #expect(!texts.isEmpty)
        for text in texts { #expect(!text.contains("SENTINEL"), "\(text)") }
    }
}
