import Foundation
import Testing
import SeedanceAPIOrg
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// seedanceapi.org's v2 API: the adapter against the simulated `/v2` server (two independent readings of
/// docs/dialects/seedanceapi.md), in process, in virtual time.
@Suite("seedanceapi.org v2 end to end through the simulator", .timeLimit(.minutes(3)))
struct EndToEndSeedanceAPIOrgSeedance2Tests {
    @Test("text on fast, reference images on 2.0, reference videos on mini: each succeeds, charged what the table says")
    func everyModel() async throws {
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedSeedanceAPIOrg2()],
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: Date(timeIntervalSince1970: 1_764_900_000)))
        let dialect = SeedanceAPIOrg(baseURL: simulator.baseURL(for: "seedanceapi-v2"), model: .seedanceapiSeedance2_0)
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-sdapi-sim"), transport: simulator.transport)
        let image = MediaInput.url(URL(string: "https://example.com/bottle.png")!)
        let requests = [
            VideoRequest(prompt: "A corgi surfing", model: .seedanceapiSeedance2_0Fast, aspectRatio: .r9x16, duration: .seconds(10)),
            VideoRequest(prompt: "Image 1 on a beach", referenceImages: [image], duration: .seconds(5)),
            VideoRequest(
                prompt: "Repeat the moves of Video 1", referenceVideos: [.url(URL(string: "https://example.com/moves.mp4")!)],
                model: .seedanceapiSeedance2Mini, resolution: .p480, duration: .seconds(6)),
        ]
        var finished: [TaskSnapshot] = []
        for request in requests {
            let task = try await client.submit(request)
            var snapshot = try await client.status(of: task.id)
            for _ in 0..<100 where !snapshot.status.isTerminal {
                clock.advance(by: .seconds(10))
                snapshot = try await client.status(of: task.id)
            }
            finished.append(snapshot)
        }
        #expect(finished.map(\.status) == [.succeeded, .succeeded, .succeeded])
        #expect(finished.allSatisfy { $0.videoURL != nil })
        #expect(finished[0].usage?.credits == 320 && finished[1].usage?.credits == 240)
        #expect(simulator.counters.createsCommitted == 3)
    }

    @Test("over loopback with URLSessionTransport: a reference-image task on 2.0, charged 480 credits for 10 s")
    func overLoopback() async throws {
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedSeedanceAPIOrg2()],
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: Date(timeIntervalSince1970: 1_764_900_000)))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let transport = URLSessionTransport()
        let dialect = SeedanceAPIOrg(baseURL: server.baseURL(for: "seedanceapi-v2"), model: .seedanceapiSeedance2_0)
        let client = try SeedanceClient(dialect: dialect, apiKey: APIKey("sk-sdapi-sim"), transport: transport)
        let image = MediaInput.url(URL(string: "https://example.com/bottle.png")!)
        let task = try await client.submit(VideoRequest(prompt: "Image 1 on a beach", referenceImages: [image], duration: .seconds(10)))
        var snapshot = try await client.status(of: task.id)
        for _ in 0..<100 where !snapshot.status.isTerminal {
            clock.advance(by: .seconds(10))
            snapshot = try await client.status(of: task.id)
        }
        #expect(snapshot.status == .succeeded && snapshot.usage?.credits == 480)
        let video = try await transport.send(.getJSON(try #require(snapshot.videoURL)))
        #expect(video.status == 200 && video.body.count > 8 && String(decoding: video.body[4..<8], as: UTF8.self) == "ftyp")
        #expect(simulator.counters.createsCommitted == 1)
        #expect(simulator.counters.authorizationReached("127.0.0.1"))
    }
}
