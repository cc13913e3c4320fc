import Foundation
import ModelArk
import SeedanceContentArray
import SeedanceCore
import Testing

/// ``Seedance2GenerationTime`` through the dialects: the estimates per model, resolution and length, references and
/// web search slower, drafts at 480p, the first poll at half the estimate, and the wait a caller should allow.
@Suite struct Seedance2PollingHintsTests {
    @Test func estimatesFollowModelResolutionAndLength() {
        let dialect = ModelArk.byteplus()
        func expected(_ request: VideoRequest) -> Duration? { dialect.pollingHints(for: request).expectedDuration }
        // 2.0, 5 s at 1080p: 5 × 14 × 1.6 = 112 s (observed ≈ 110 s).
        #expect(expected(VideoRequest(prompt: "p", resolution: .p1080, duration: .seconds(5))) == .seconds(112))
        // 2.0 fast, 5 s at 720p: 45 s (observed 35–60 s). Unset resolution and duration: 720p, 5 s.
        #expect(expected(VideoRequest(prompt: "p", model: .byteplusSeedance2_0Fast)) == .seconds(45))
        // 2.0 mini, 5 s at 720p: 140 s (observed ≈ 150 s).
        #expect(expected(VideoRequest(prompt: "p", model: .byteplusSeedance2_0Mini)) == .seconds(140))
        // References ×1.5, web search +30 s; 4k ×4.5; auto on 2.5 assumes 17 s; a draft renders at 480p.
        #expect(expected(VideoRequest(prompt: "p", referenceImages: [.asset("a")])) == .seconds(105))
        #expect(expected(VideoRequest(prompt: "p", webSearch: true)) == .seconds(100))
        #expect(expected(VideoRequest(prompt: "p", resolution: .p4k, duration: .seconds(10))) == .seconds(630))
        #expect(expected(VideoRequest(prompt: "p", model: .byteplusSeedance2_5)) == .seconds(238))
        #expect(expected(VideoRequest(prompt: "p", model: .byteplusSeedance2_5, duration: .seconds(10), draft: true)) == .milliseconds(84_000))
        #expect(expected(VideoRequest(model: .byteplusSeedance2_5Premium, draftTaskID: "cgt-d")) == .milliseconds(1_071_000))
    }

    @Test func firstPollAtHalfTheEstimateThenEveryFiveToThirtySeconds() {
        let hints = ModelArk.volcengine().pollingHints(for: VideoRequest(prompt: "p", resolution: .p1080, duration: .seconds(5)))
        #expect(
            hints == PollingHints(expectedDuration: .seconds(112), firstPollDelay: .seconds(56), minimumInterval: .seconds(5), maximumInterval: .seconds(30)))
        let short = ModelArk.byteplus().pollingHints(for: VideoRequest(prompt: "p", model: .byteplusSeedance2_0Fast, resolution: .p480, duration: .seconds(4)))
        #expect(abs((short.firstPollDelay - .milliseconds(10_800)).timeInterval) < 0.001)  // 4 s × 9 × 0.6 = 21.6 s, halved
        #expect(ModelArk.byteplus().pollingHints(for: nil).expectedDuration == .seconds(70))
    }

    @Test func recommendedWaitIsAtLeastFifteenMinutes() {
        #expect(Seedance2GenerationTime.recommendedWait(.v2_0Fast, request: VideoRequest(prompt: "p")) == .seconds(900))
        #expect(
            Seedance2GenerationTime.recommendedWait(.v2_5Premium, request: VideoRequest(prompt: "p", resolution: .p4k, duration: .seconds(30)))
                == .seconds(9450))
    }
}
