import SeedanceCore
import SparkDance
import Testing

/// Vtrix's spark_dance_v2_0 is Seedance 2.0: its polls are placed from the same estimate as the official API's.
@Suite struct SparkDanceSeedance2PollingHintsTests {
    @Test func theDefault2_0ModelIsEstimatedLikeTheOfficialOne() {
        let hints = SparkDance().pollingHints(for: VideoRequest(prompt: "p", resolution: .p1080, duration: .seconds(5)))
        #expect(hints.expectedDuration == .seconds(112))
        #expect(hints.firstPollDelay == .seconds(56))
    }
}
