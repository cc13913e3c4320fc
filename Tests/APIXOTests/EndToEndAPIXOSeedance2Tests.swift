import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// APIXO's Seedance 2.0 models: the adapter against the simulated server (two independent readings of
/// docs/dialects/apixo.md), in process, in virtual time.
@Suite("APIXO Seedance 2.0 end to end through the simulator", .timeLimit(.minutes(3)))
struct EndToEndAPIXOSeedance2Tests {
    static func url(_ path: String) -> MediaInput { .url(URL(string: "https://example.com/\(path)")!) }

    /// Creates `request` on `model` (in process, or through `transport` to `base`) and polls it to the end in virtual
    /// time.
    func run(
        _ request: VideoRequest, model: ModelID, simulator: Simulator, clock: VirtualClock, base: URL? = nil, transport: (any HTTPTransport)? = nil
    ) async throws -> TaskSnapshot {
        let dialect = APIXO(baseURL: base ?? simulator.baseURL(for: "apixo"), model: model)
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-apixo-sim"), transport: transport ?? simulator.transport)
        let task = try await client.submit(request)
        for _ in 0..<100 {
            let snapshot = try await client.status(of: task.id)
            if snapshot.status.isTerminal { return snapshot }
            clock.advance(by: .seconds(10))
        }
        throw SeedanceError(category: .timeout, provider: "apixo", message: "never finished")
    }

    @Test("text, first and last frames, and references each succeed on their model; one create each")
    func everyMode() async throws {
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedAPIXO(name: "apixo", basePath: "/apixo")],
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: Date(timeIntervalSince1970: 1_764_900_000)))
        let text = try await run(
            VideoRequest(prompt: "a rainy neon street", resolution: .p1080, aspectRatio: .adaptive, duration: .seconds(8), webSearch: true),
            model: .apixoSeedance2_0, simulator: simulator, clock: clock)
        let frames = try await run(
            VideoRequest(prompt: "a door opens", firstFrame: Self.url("start.png"), lastFrame: Self.url("end.png"), resolution: .p720),
            model: .apixoSeedance2_0Fast, simulator: simulator, clock: clock)
        let references = try await run(
            VideoRequest(
                prompt: "Image 1 dances to Audio 1", referenceImages: [Self.url("hero.png")], referenceVideos: [Self.url("moves.mp4")],
                referenceAudios: [Self.url("song.mp3")], duration: .seconds(15), generateAudio: true),
            model: .apixoSeedance2_0Mini, simulator: simulator, clock: clock)
        for snapshot in [text, frames, references] { #expect(snapshot.status == .succeeded && snapshot.videoURL != nil) }
        #expect([text.model, frames.model, references.model] == [.apixoSeedance2_0, .apixoSeedance2_0Fast, .apixoSeedance2_0Mini])
        #expect(simulator.counters.createsCommitted == 3)
    }

    @Test("over loopback with URLSessionTransport: a reference task on 2.0 mini and a first+last-frame task on 2.0 fast")
    func overLoopback() async throws {
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedAPIXO(name: "apixo", basePath: "/apixo")],
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: Date(timeIntervalSince1970: 1_764_900_000)))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let base = server.baseURL(for: "apixo")
        let transport = URLSessionTransport()
        let references = try await run(
            VideoRequest(prompt: "Image 1 dances", referenceImages: [Self.url("hero.png")], duration: .seconds(5)),
            model: .apixoSeedance2_0Mini, simulator: simulator, clock: clock, base: base, transport: transport)
        let frames = try await run(
            VideoRequest(prompt: "a door opens", firstFrame: Self.url("start.png"), lastFrame: Self.url("end.png"), resolution: .p720),
            model: .apixoSeedance2_0Fast, simulator: simulator, clock: clock, base: base, transport: transport)
        #expect(references.status == .succeeded && frames.status == .succeeded)
        let video = try await transport.send(.getJSON(try #require(frames.videoURL)))
        #expect(video.status == 200 && video.body.count > 8 && String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
        #expect(simulator.counters.createsCommitted == 2)
        #expect(simulator.counters.authorizationReached("127.0.0.1"))
    }
}
