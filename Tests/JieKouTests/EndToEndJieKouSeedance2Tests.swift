import Foundation
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Seedance 2.0 and 2.0 fast: the adapter against the simulated `/v3/async/seedance-2.0` route (two independent
/// readings of docs/dialects/jiekou.md) on every host preset, in process, in virtual time.
@Suite("JieKou Seedance 2.0 end to end through the simulator", .timeLimit(.minutes(3)))
struct EndToEndJieKouSeedance2Tests {
    static func url(_ path: String) -> MediaInput { .url(URL(string: "https://example.com/\(path)")!) }
    /// A reference medium the simulator hosts (and inspects) itself.
    static func hosted(_ name: String) -> MediaInput { .url(URL(string: Simulator.inProcessOrigin.absoluteString + "/media/samples/" + name)!) }

    @Test("text only on 2.0 with auto length and web search: created once, succeeded, the video downloads", arguments: HostPreset.allCases)
    func textOnly(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let request = VideoRequest(prompt: "A lighthouse keeper at dusk", model: .jiekouSeedance2_0, duration: .auto, generateAudio: false, webSearch: true)
        let id = try await rig.create(request)
        let done = try #require(try await rig.pollUntilTerminal(id, step: .seconds(10)).last)
        #expect(done.status == .succeeded)
        let video = try await rig.fetch(try #require(done.videoURL))
        #expect(video.status == 200 && video.body.startsWithFtypBox)
        let task = try #require(await rig.simulator.world.observeAll().first?.task)
        #expect(task.model == "seedance-2.0" && task.echo.duration == -1)
        #expect(rig.simulator.counters.createsCommitted == 1)
    }

    @Test("first and last frame on 2.0 fast: the returned last frame downloads as a PNG", arguments: HostPreset.allCases)
    func firstAndLastFrameOnFast(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let request = VideoRequest(
            prompt: "The boat drifts out", firstFrame: Self.url("harbour.png"), lastFrame: Self.url("sea.png"), model: .jiekouSeedance2_0Fast,
            resolution: .p480, aspectRatio: .adaptive, duration: .seconds(6), seed: 7, returnLastFrame: true)
        let done = try #require(try await rig.pollUntilTerminal(try await rig.create(request), step: .seconds(10)).last)
        #expect(done.status == .succeeded)
        let frame = try await rig.fetch(try #require(done.lastFrameURL))
        #expect(frame.status == 200 && Array(frame.body.prefix(8)) == PNGWriter.signature)
        let task = try #require(await rig.simulator.world.observeAll().first?.task)
        #expect(task.model == "seedance-2.0-fast" && task.echo.resolution == "480p" && task.echo.duration == 6)
    }

    @Test("references: images by URL, a hosted video and audio clip the simulator inspects, on every host", arguments: HostPreset.allCases)
    func references(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let request = VideoRequest(
            prompt: "Image 1 moves like Video 1 to the beat of Audio 1", referenceImages: [Self.url("mascot.png"), Self.url("street.jpg")],
            referenceVideos: [Self.hosted("reference.mp4")], referenceAudios: [Self.hosted("reference.wav")], model: .jiekouSeedance2_0,
            aspectRatio: .r9x16, duration: .seconds(10))
        let done = try #require(try await rig.pollUntilTerminal(try await rig.create(request), step: .seconds(10)).last)
        #expect(done.status == .succeeded && done.videoURL != nil)
        #expect(rig.simulator.counters.createsCommitted == 1)
    }

    @Test("1080p on 2.0: Novita and PPIO render it; JieKou's adapter refuses it with nothing sent", arguments: HostPreset.allCases)
    func fullHDPerHost(_ preset: HostPreset) async throws {
        let rig = EndToEndJieKouRig(preset)
        let request = VideoRequest(prompt: "a fox", model: .jiekouSeedance2_0, resolution: .p1080, duration: .seconds(5))
        if preset == .jiekou {
            let error = await #expect(throws: SeedanceError.self) { try await rig.create(request) }
            #expect(error?.field == "resolution" && error?.provider == "jiekou")
            #expect(rig.simulator.counters.createsCommitted == 0 && rig.simulator.counters.requests == 0)
        } else {
            let done = try #require(try await rig.pollUntilTerminal(try await rig.create(request), step: .seconds(10)).last)
            #expect(done.status == .succeeded)
            #expect(await rig.simulator.world.observeAll().first?.task.echo.resolution == "1080p")
        }
        let fast = await #expect(throws: SeedanceError.self) {
            try await rig.create(VideoRequest(prompt: "a fox", model: .jiekouSeedance2_0Fast, resolution: .p1080))
        }
        #expect(fast?.field == "resolution" && fast?.model == .jiekouSeedance2_0Fast)
    }
}
