import Foundation
@testable import SeedanceCore
import Testing

@Suite("Learning and rate limiting")
struct LearningAndGovernorTests {
    static let hints = SchedulingMathTests.hints

    @Test func observationsLandInTheirBinsAndConserveWeight() {
        var histogram = CompletionHistogram(memory: 1_000_000)
        histogram.record(CompletionObservation(lower: 60, upper: 60))
        #expect(histogram.mass[CompletionHistogram.bin(of: 60)] == 1)
        histogram.record(CompletionObservation(lower: 40, upper: 70))
        #expect(abs(histogram.totalMass - 2) < 1e-6)
        let outside = histogram.mass.indices.filter { $0 < CompletionHistogram.bin(of: 40) || $0 > CompletionHistogram.bin(of: 70) }
        #expect(outside.allSatisfy { histogram.mass[$0] == 0 })
        // Most of the interval's weight goes where the estimate already had mass (next to 60 s).
        let near = (CompletionHistogram.bin(of: 57)...CompletionHistogram.bin(of: 63)).map { histogram.mass[$0] }.reduce(0, +)
        #expect(near > 1.7)
        #expect(histogram.observations == 2)
    }

    @Test func olderObservationsFade() {
        var histogram = CompletionHistogram(memory: 10)
        histogram.record(CompletionObservation(lower: 20, upper: 20))
        for _ in 0..<9 { histogram.record(CompletionObservation(lower: 100, upper: 100)) }
        histogram.record(CompletionObservation(lower: 20, upper: 20))
        let old = 1.0, new = histogram.mass[CompletionHistogram.bin(of: 20)] - old
        #expect(abs(new - 2 * old) < 1e-9)  // ten observations later, one weighs twice as much (memory 10)
    }

    @Test func theModelLearnsOnlyFromWhatWasRecordedBeforeNow() {
        var model = CompletionTimeModel(memory: 2000, pollCost: 0.08)
        let key = WorkloadKey(provider: "p", model: "m", resolution: .p720, durationSeconds: 5)
        let prior = model.plan(for: key, hints: Self.hints, at: .seconds(1))
        for index in 0..<200 { model.record(CompletionObservation(lower: 20, upper: 20), for: key, hints: Self.hints, at: .seconds(Double(10 + index))) }
        #expect(model.plan(for: key, hints: Self.hints, at: .seconds(10)) == prior)  // nothing recorded before 10 s
        let learned = model.plan(for: key, hints: Self.hints, at: .seconds(1000))
        #expect(learned.first! < 25)
        #expect(model.observations(for: key) == 200)
        #expect(model.observations(for: key.providerWide) == 200)
    }

    @Test func aKindOfWorkWithFewObservationsBorrowsTheProvidersPlan() {
        var model = CompletionTimeModel(memory: 2000, pollCost: 0.08)
        let busy = WorkloadKey(provider: "p", model: "m", resolution: .p720, durationSeconds: 5)
        let rare = WorkloadKey(provider: "p", model: "m", resolution: .p1080, durationSeconds: 10)
        for index in 0..<100 { model.record(CompletionObservation(lower: 20, upper: 20), for: busy, hints: Self.hints, at: .seconds(Double(index))) }
        #expect(model.plan(for: rare, hints: Self.hints, at: .seconds(500)) == model.plan(for: busy.providerWide, hints: Self.hints, at: .seconds(500)))
        #expect(CompletionTimeModel.priorRange(Self.hints) == 45...180)
    }

    /// Reference media, drafts, finals and web search change how long a task takes, so each learns on its own key:
    /// what a plain text-to-video task taught does not place the polls of a reference task of the same model.
    @Test func referencesDraftsFinalsAndWebSearchLearnApart() {
        let image = MediaInput.url(URL(string: "https://example.com/a.png")!)
        let plain = WorkloadKey(provider: "p", request: VideoRequest(prompt: "p", resolution: .p720), defaultModel: "m")
        let referenced = WorkloadKey(provider: "p", request: VideoRequest(prompt: "p", referenceImages: [image], resolution: .p720), defaultModel: "m")
        let draft = WorkloadKey(provider: "p", request: VideoRequest(prompt: "p", draft: true), defaultModel: "m")
        let final = WorkloadKey(provider: "p", request: VideoRequest(resolution: .p720, draftTaskID: "cgt-1"), defaultModel: "m")
        let searching = WorkloadKey(provider: "p", request: VideoRequest(prompt: "p", resolution: .p720, webSearch: true), defaultModel: "m")
        #expect(Set([plain, referenced, draft, final, searching]).count == 5)
        #expect(
            plain.shape == WorkloadKey.Shape() && referenced.shape == .references && draft.shape == .draft && final.shape == .finalFromDraft
                && searching.shape == .webSearch)
        #expect(plain == WorkloadKey(provider: "p", request: VideoRequest(prompt: "other", resolution: .p720, webSearch: false), defaultModel: "m"))
        var model = CompletionTimeModel(memory: 2000, pollCost: 0.08)
        for index in 0..<200 { model.record(CompletionObservation(lower: 20, upper: 20), for: plain, hints: Self.hints, at: .seconds(Double(index))) }
        for index in 0..<200 { model.record(CompletionObservation(lower: 150, upper: 150), for: referenced, hints: Self.hints, at: .seconds(Double(index))) }
        let plainPlan = model.plan(for: plain, hints: Self.hints, at: .seconds(1000))
        let referencedPlan = model.plan(for: referenced, hints: Self.hints, at: .seconds(1000))
        #expect(plainPlan.first! < 25 && referencedPlan.first! > 100, "\(plainPlan.prefix(3)) vs \(referencedPlan.prefix(3))")
    }

    @Test func a429PausesUntilRetryAfterAndSpacesPollsThatRecoverGradually() {
        var governor = RateLimitGovernor()
        #expect(!governor.isLimiting(at: .zero))
        governor.recordRateLimited(retryAfter: .seconds(5), at: .seconds(10))
        #expect(governor.earliestStart(at: .seconds(10)) == .seconds(15))
        #expect(governor.spacing(at: .seconds(15)) == .milliseconds(100))
        governor.recordRateLimited(retryAfter: .seconds(1), at: .seconds(11))  // sent before the pause: no escalation
        #expect(governor.spacing(at: .seconds(15)) == .milliseconds(100))
        #expect(governor.pausedUntil == .seconds(15))

        governor.recordStart(at: .seconds(15))
        #expect(governor.earliestStart(at: .seconds(15)) == .milliseconds(15_100))
        governor.recordRateLimited(retryAfter: nil, at: .milliseconds(15_100))  // the second in a row: 2 s pause, spacing doubled
        #expect(governor.pausedUntil == .milliseconds(17_100))
        #expect(abs(governor.spacing(at: .milliseconds(17_100)).timeInterval - 0.2) < 0.002)  // doubled (it had decayed 0.1 s)
        #expect(abs(governor.spacing(at: .milliseconds(27_100)).timeInterval - 0.1) < 0.001)  // halves every 10 s
        #expect(governor.isLimiting(at: .seconds(50)))
        #expect(!governor.isLimiting(at: .seconds(200)))

        governor.recordRateLimited(retryAfter: .seconds(86_400), at: .seconds(300))
        #expect(governor.pausedUntil == .seconds(900))  // a day-long Retry-After is capped at 10 minutes
    }

    @Test func pollFailuresAreClassified() {
        #expect(PollFailure(SeedanceError(category: .rateLimited(retryAfter: .seconds(3)), message: "")) == .rateLimited(retryAfter: .seconds(3)))
        for category: SeedanceError.Category in [.server, .transport, .timeout, .decoding] {
            #expect(PollFailure(SeedanceError(category: category, message: "")) == .transient)
        }
        for category: SeedanceError.Category in [.notFound, .authentication, .insufficientCredits, .invalidRequest] {
            #expect(PollFailure(SeedanceError(category: category, message: "")) == .permanent)
        }
        for category: SeedanceError.Category in [.taskFailed, .contentRejected, .taskExpired, .cancelled] {
            #expect(PollFailure(SeedanceError(category: category, message: "")) == .terminal)
        }
        #expect(PollFailure(CancellationError()) == .transient)
    }
}
