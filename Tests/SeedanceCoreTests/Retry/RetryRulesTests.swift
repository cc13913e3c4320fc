import Foundation
import Testing
@testable import SeedanceCore

@Suite("RetryRules: what is retried, per request kind")
struct RetryRulesTests {
    let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(20), random: .constant(1))

    private func decide(_ kind: RequestKind, status: Int, headers: SeedanceHTTPHeaders = [:], attempt: Int = 1, now: Date = Date()) -> RetryDecision {
        RetryRules.decide(kind: kind, outcome: .response(SeedanceHTTPResponse(status: status, headers: headers)), attempt: attempt, policy: policy, now: now)
    }

    private func decide(_ kind: RequestKind, failure: HTTPTransportError.Kind, attempt: Int = 1) -> RetryDecision {
        RetryRules.decide(kind: kind, outcome: .failure(HTTPTransportError(failure, message: "test")), attempt: attempt, policy: policy)
    }

    private func isRetry(_ decision: RetryDecision) -> Bool {
        if case .retry = decision { return true }
        return false
    }

    private func isOutcomeUnknown(_ decision: RetryDecision) -> Bool {
        if case .outcomeUnknown = decision { return true }
        return false
    }

    @Test(arguments: [200, 201, 204, 302, 400, 401, 402, 403, 404, 409, 422])
    func finalStatusesAreReturnedForEitherKind(status: Int) {
        #expect(decide(.idempotent, status: status) == .finish)
        #expect(decide(.create, status: status) == .finish)
    }

    @Test(arguments: [408, 429, 500, 501, 502, 503, 504, 599])
    func idempotentRequestsRetryOn408And429And5xx(status: Int) {
        #expect(decide(.idempotent, status: status) == .retry(after: .seconds(1), reason: "HTTP \(status)"))
    }

    @Test func createsRetryOnlyOnARateLimitRefusal() {
        #expect(isRetry(decide(.create, status: 429)))
    }

    @Test(arguments: [500, 502, 503, 504, 507, 520, 524])
    func createsAreNeverReplayedAfterAnAmbiguous5xx(status: Int) {
        #expect(isOutcomeUnknown(decide(.create, status: status)))
        #expect(isOutcomeUnknown(decide(.create, status: status, attempt: 3)))
    }

    @Test(arguments: [408, 501, 505])
    func createsReturnStatusesThatProveNothingStarted(status: Int) {
        #expect(decide(.create, status: status) == .finish)
    }

    @Test func transportFailuresOnCreates() {
        #expect(isRetry(decide(.create, failure: .connectionNotEstablished)))
        for kind: HTTPTransportError.Kind in [.timedOut, .connectionLost, .other, .responseTooLarge(limit: 10)] {
            #expect(isOutcomeUnknown(decide(.create, failure: kind)), "\(kind)")
        }
        #expect(isOutcomeUnknown(decide(.create, failure: .redirectRefused)))
        #expect(decide(.idempotent, failure: .redirectRefused) == .finish)
    }

    @Test func transportFailuresOnIdempotentRequests() {
        for kind: HTTPTransportError.Kind in [.connectionNotEstablished, .timedOut, .connectionLost, .other] {
            #expect(isRetry(decide(.idempotent, failure: kind)), "\(kind)")
        }
        #expect(decide(.idempotent, failure: .responseTooLarge(limit: 10)) == .finish)
        #expect(decide(.idempotent, failure: .redirectRefused) == .finish)
    }

    @Test func theLastAttemptAbandons() {
        #expect(decide(.idempotent, status: 500, attempt: 4) == .abandon(reason: "HTTP 500; 4 of 4 attempts used"))
        #expect(decide(.create, failure: .connectionNotEstablished, attempt: 4) == .abandon(reason: "connection not established; 4 of 4 attempts used"))
    }

    @Test func backoffGrowsWithTheAttemptNumber() {
        #expect(decide(.idempotent, status: 503, attempt: 1) == .retry(after: .seconds(1), reason: "HTTP 503"))
        #expect(decide(.idempotent, status: 503, attempt: 2) == .retry(after: .seconds(2), reason: "HTTP 503"))
        #expect(decide(.idempotent, status: 503, attempt: 3) == .retry(after: .seconds(4), reason: "HTTP 503"))
    }

    @Test func retryAfterLongerThanTheBackoffWins() {
        #expect(decide(.idempotent, status: 429, headers: ["Retry-After": "7"]) == .retry(after: .seconds(7), reason: "HTTP 429, Retry-After 7.0 s"))
        #expect(decide(.create, status: 429, headers: ["retry-after-ms": "2500"]) == .retry(after: .milliseconds(2500), reason: "HTTP 429, Retry-After 2.5 s"))
    }

    @Test func retryAfterShorterThanTheBackoffIsIgnored() {
        #expect(decide(.idempotent, status: 429, headers: ["Retry-After": "0"], attempt: 3) == .retry(after: .seconds(4), reason: "HTTP 429"))
    }

    @Test func retryAfterAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT
        let decision = decide(.idempotent, status: 503, headers: ["Retry-After": "Tue, 14 Nov 2023 22:13:32 GMT"], now: now)
        #expect(decision == .retry(after: .seconds(12), reason: "HTTP 503, Retry-After 12.0 s"))
    }

    @Test func retryAfterBeyondTheMaximumAbandonsAtOnce() {
        let decision = decide(.idempotent, status: 429, headers: ["Retry-After": "120"])
        #expect(decision == .abandon(reason: "HTTP 429; the server asked to wait 120.0 s, more than the 60.0 s allowed"))
        #expect(decide(.create, status: 429, headers: ["Retry-After": "61"]) != .finish)
        if case .retry = decide(.create, status: 429, headers: ["Retry-After": "60"]) {} else { Issue.record("60 s is still honoured") }
    }

    @Test func aPolicyOfOneAttemptNeverRetries() {
        let decision = RetryRules.decide(kind: .idempotent, outcome: .response(SeedanceHTTPResponse(status: 503)), attempt: 1, policy: .none)
        #expect(decision == .abandon(reason: "HTTP 503; 1 of 1 attempts used"))
    }
}
