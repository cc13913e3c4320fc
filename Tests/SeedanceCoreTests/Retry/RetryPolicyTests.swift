import Foundation
import Testing
import SeedanceCore

@Suite("RetryPolicy backoff and jitter")
struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(500), maxDelay: .seconds(20))

    @Test func ceilingDoublesFromTheBaseAndStopsAtTheCap() {
        let ceilings = (1...8).map { policy.backoffCeiling(beforeRetry: $0) }
        #expect(ceilings == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(20), .seconds(20)])
        #expect(policy.backoffCeiling(beforeRetry: 500) == .seconds(20))
    }

    @Test(arguments: [(0.0, 0.0), (0.25, 1.0), (0.5, 2.0), (1.0, 4.0)])
    func fixedRandomSourceGivesThatFractionOfTheCeiling(unit: Double, expectedSeconds: Double) {
        var fixed = policy
        fixed.random = .constant(unit)
        #expect(fixed.backoff(beforeRetry: 4) == .seconds(expectedSeconds))
    }

    @Test func outOfRangeRandomValuesAreClamped() {
        var fixed = policy
        fixed.random = .constant(7)
        #expect(fixed.backoff(beforeRetry: 1) == .milliseconds(500))
        fixed.random = .constant(-3)
        #expect(fixed.backoff(beforeRetry: 1) == .zero)
        fixed.random = RandomSource { .nan }
        #expect(fixed.backoff(beforeRetry: 1) == .zero)
    }

    @Test func systemJitterStaysWithinZeroAndTheCeiling() {
        for retry in 1...8 {
            let ceiling = policy.backoffCeiling(beforeRetry: retry)
            let draws = (0..<500).map { _ in policy.backoff(beforeRetry: retry) }
            #expect(draws.allSatisfy { $0 >= .zero && $0 <= ceiling })
            // Full jitter spreads over the whole range, not around its middle only.
            #expect(draws.contains { $0 < ceiling / 4 } && draws.contains { $0 > ceiling * 3 / 4 })
        }
    }

    @Test func presetsReadAsDocumented() {
        #expect(RetryPolicy.default.maxAttempts == 4)
        #expect(RetryPolicy.default.baseDelay == .milliseconds(500))
        #expect(RetryPolicy.default.maxDelay == .seconds(20))
        #expect(RetryPolicy.default.maxRetryAfter == .seconds(60))
        #expect(RetryPolicy.none.maxAttempts == 1)
        #expect(RetryPolicy.patient.maxAttempts == 8 && RetryPolicy.patient.maxRetryAfter == .seconds(300))
        #expect(RetryPolicy(maxAttempts: 0, baseDelay: .seconds(-1), maxDelay: .seconds(1)).maxAttempts == 1)
    }
}
