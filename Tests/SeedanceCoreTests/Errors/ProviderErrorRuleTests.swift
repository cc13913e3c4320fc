import Foundation
import Testing
@testable import SeedanceCore

/// The shared pieces of the uniform error rule: retryability by code in the retry rules and the engine, the
/// failed-task category, the gateway envelope, and `.timeout` as a local deadline only.
@Suite("Provider errors: the uniform rule's shared pieces")
struct ProviderErrorRuleTests {
    let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(20), random: .constant(1))

    func decide(_ kind: RequestKind, status: Int, allowed: Bool) -> RetryDecision {
        RetryRules.decide(kind: kind, outcome: .response(SeedanceHTTPResponse(status: status)), attempt: 1, policy: policy, providerAllowsRetry: allowed)
    }

    @Test func aResponseTheProviderMarksNotRetryableIsNeverRetried() {
        #expect(decide(.idempotent, status: 429, allowed: false) == .finish)
        #expect(decide(.create, status: 429, allowed: false) == .finish)
        #expect(decide(.idempotent, status: 503, allowed: false) == .finish)
        #expect(decide(.idempotent, status: 429, allowed: true) == .retry(after: .seconds(1), reason: "HTTP 429"))
    }

    @Test func aVetoNeverHidesThatACreateMayHaveStartedATask() {
        #expect(decide(.create, status: 502, allowed: false) == .outcomeUnknown(reason: "HTTP 502 to a create: the provider may have started the task"))
    }

    @Test func isRetryableIsTheProvidersVerdictElseTheCategorys() {
        let limit = SeedanceError(category: .rateLimited(retryAfter: nil), message: "limit", retryable: false)
        #expect(!limit.isRetryable && limit.retryable == false)
        #expect(SeedanceError(category: .rateLimited(retryAfter: nil), message: "rate").isRetryable)
        #expect(SeedanceError(category: .server, message: "s").isRetryable)
        #expect(!SeedanceError(category: .invalidRequest, message: "i").isRetryable)
        #expect(!SeedanceError(category: .outcomeUnknown, message: "o").isRetryable)
        #expect(SeedanceError(category: .authentication, message: "a", retryable: true).isRetryable)
    }

    @Test func theEngineEndsAWaitOnANonRetryable429AndPollsThroughARate() {
        let limit = SeedanceError(category: .rateLimited(retryAfter: .seconds(5)), message: "limit", retryable: false)
        #expect(PollFailure(limit) == .permanent)
        #expect(PollFailure(SeedanceError(category: .rateLimited(retryAfter: .seconds(5)), message: "rate")) == .rateLimited(retryAfter: .seconds(5)))
    }

    @Test(arguments: [
        (SeedanceError.Category.contentRejected, SeedanceError.Category.contentRejected), (.insufficientCredits, .insufficientCredits),
        (.taskExpired, .taskExpired), (.timeout, .taskFailed), (.server, .taskFailed), (.invalidRequest, .taskFailed),
        (.rateLimited(retryAfter: nil), .taskFailed), (.notFound, .taskFailed),
    ])
    func aFailedTaskIsTaskFailedUnlessItsCodeSaysWhy(meaning: SeedanceError.Category, expected: SeedanceError.Category) {
        #expect(TaskFailure.category(forFailedTaskMeaning: meaning) == expected)
        #expect(TaskFailure.category(forFailedTaskMeaning: nil) == .taskFailed)
    }

    @Test func aProviders408Or504IsNotALocalTimeout() {
        #expect(HTTPErrorMapping.category(forStatus: 504) == .server)
        #expect(HTTPErrorMapping.category(forStatus: 408) == .server)
    }

    @Test func theGatewayStatusEnvelopeKeepsItsNumericCodeAndMessage() throws {
        let json = try JSONInput.decode(JSONValue.self, from: Data(#"{"status": {"code": 402, "message": "Insufficient credits", "error_code": 40201}}"#.utf8))
        #expect(ProviderErrorPayload(json: json) == ProviderErrorPayload(code: "40201", message: "Insufficient credits"))
        let plain = try JSONInput.decode(JSONValue.self, from: Data(#"{"status": {"code": 503, "message": "busy"}}"#.utf8))
        #expect(ProviderErrorPayload(json: plain) == ProviderErrorPayload(code: "503", message: "busy"))
        let task = try JSONInput.decode(JSONValue.self, from: Data(#"{"id": "t", "status": "failed"}"#.utf8))
        #expect(GatewayStatusEnvelope(json: task) == nil && ProviderErrorPayload(json: task) == nil)
        let topLevel = try JSONInput.decode(JSONValue.self, from: Data(#"{"message": "m", "status": {"code": 1}}"#.utf8))
        #expect(ProviderErrorPayload(json: topLevel) == ProviderErrorPayload(code: nil, message: "m"))
    }
}
