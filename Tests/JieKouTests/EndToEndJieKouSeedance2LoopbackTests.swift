import Foundation
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Seedance 2.0 over real HTTP: the simulator's loopback server on 127.0.0.1 and `URLSessionTransport`; task time
/// stays virtual.
@Suite("JieKou Seedance 2.0 end to end over loopback", .timeLimit(.minutes(3)))
struct EndToEndJieKouSeedance2LoopbackTests {
    @Test("a reference task on 2.0 fast and a first+last-frame task on 2.0 over the wire; the video downloads without the key")
    func overLoopback() async throws {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(SimulatedJieKou(host: .novita), clock: clock)
        let server = try await simulator.startServer()
        defer { server.stop() }
        let rig = EndToEndJieKouRig(
            simulator: simulator, clock: clock, dialect: JieKou(host: .novita, baseURL: server.baseURL(for: "novita")), transport: URLSessionTransport())
        let image = MediaInput.url(URL(string: "https://example.com/mascot.png")!)
        let referenceID = try await rig.create(
            VideoRequest(prompt: "Image 1 waves", referenceImages: [image], model: .jiekouSeedance2_0Fast, resolution: .p720, duration: .seconds(5)))
        let framesID = try await rig.create(JieKouSeedance2RequestTests.firstLast.with(seed: 11))
        let reference = try #require(try await rig.pollUntilTerminal(referenceID, step: .seconds(10)).last)
        let frames = try #require(try await rig.pollUntilTerminal(framesID, step: .seconds(10)).last)
        #expect(reference.status == .succeeded && frames.status == .succeeded && frames.lastFrameURL != nil)
        let video = try await rig.fetch(try #require(frames.videoURL))
        #expect(video.status == 200 && video.body.startsWithFtypBox)
        let counters = simulator.counters
        #expect(counters.createsCommitted == 2)
        #expect(counters.authorizationReached("127.0.0.1") && !counters.authorizationReached("localhost"))
        #expect(await simulator.world.observeAll().map(\.task.model) == ["seedance-2.0", "seedance-2.0-fast"])
    }
}

extension VideoRequest {
    /// This request with another seed.
    fileprivate func with(seed: Int64) -> VideoRequest {
        var copy = self
        copy.seed = seed
        return copy
    }
}
