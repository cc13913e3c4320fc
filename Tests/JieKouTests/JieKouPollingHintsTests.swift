import Testing
import JieKou
import SeedanceCore
import SimulatorTestSupport

@Suite struct JieKouPollingHintsTests {
    func expected(_ request: VideoRequest?) -> Double? { JieKou().pollingHints(for: request).expectedDuration?.timeInterval }

    @Test func theEstimateScalesWithLengthAndResolution() throws {
        #expect(try #require(expected(VideoRequest(prompt: "a"))) == 90)
        #expect(try #require(expected(VideoRequest(prompt: "a", resolution: .p720, duration: .seconds(5)))) == 90)
        #expect(abs(try #require(expected(VideoRequest(prompt: "a", resolution: .p480, duration: .seconds(4)))) - 43.2) < 0.001)
        #expect(abs(try #require(expected(VideoRequest(prompt: "a", resolution: .p1080, duration: .seconds(10)))) - 324) < 0.001)
        let hints = JieKou().pollingHints(for: VideoRequest(prompt: "a"))
        #expect(hints.firstPollDelay == .seconds(10))
        #expect(hints.minimumInterval == .seconds(3) && hints.maximumInterval == .seconds(30))
    }

    @Test func flexAndResumingGiveNoEstimate() {
        let flex = JieKou().pollingHints(for: VideoRequest(prompt: "a", serviceTier: .flex))
        #expect(flex.expectedDuration == nil)
        #expect(flex.maximumInterval == .seconds(120))
        #expect(expected(nil) == nil)
    }
}
