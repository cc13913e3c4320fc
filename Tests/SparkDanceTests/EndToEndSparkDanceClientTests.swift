import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

/// `SeedanceClient` with the SparkDance dialect against the simulated spark_dance server: submit, wait (the
/// client's polling engine on a virtual clock shared with the simulator), download.
@Suite("End to end: SeedanceClient × SparkDance × simulated spark_dance", .timeLimit(.minutes(3)))
struct EndToEndSparkDanceClientTests {
    static func rig(
        _ model: ModelID, _ server: SimulatedSparkDance = SimulatedSparkDance(),
        configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) throws -> ClientRig {
        try ClientRig(server: server, dialect: { SparkDance(model: model, baseURL: $0) }, startDate: SparkDanceRig.startDate, configure: configure)
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("simark-\(UUID().uuidString)-\(name)")
    }

    @Test(
        "submit, wait and download the video and the last frame, for both models",
        arguments: [ModelID.vtrixSeedance1_5Pro, .vtrixSeedance1_0Pro])
    func submitWaitDownload(_ model: ModelID) async throws {
        let rig = try Self.rig(model)
        let request = VideoRequest(prompt: "A lighthouse at night.", firstFrame: .url(URL(string: "https://example.com/a.png")!), returnLastFrame: true)
        let video = Self.temporaryFile("video.mp4")
        let frame = Self.temporaryFile("frame.png")
        defer { [video, frame].forEach { try? FileManager.default.removeItem(at: $0) } }
        let outcome = await rig.run { client in
            let submitted = try await client.submit(request)
            let done = try await client.wait(for: submitted.id)
            _ = try await client.download(done, to: video)
            _ = try await client.download(done, asset: .lastFrame, to: frame)
            return done
        }
        let done = try outcome.get()
        #expect(done.status == .succeeded && done.model == model)
        let bytes = try Data(contentsOf: video)
        #expect(String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp")
        #expect(try Data(contentsOf: frame).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(rig.simulator.counters.createsCommitted == 1 && rig.simulator.counters.downloads == 2)
        #expect(rig.simulator.counters.polls(of: done.id.rawValue) >= 1)
        #expect(rig.simulator.counters.authorizationReached("localhost") == false)
    }

    @Test("a draft then its final through the client")
    func draftThenFinal() async throws {
        let rig = try Self.rig(.vtrixSeedance1_5Pro)
        let outcome = await rig.run { client in
            let draft = try await client.submit(VideoRequest(prompt: "a paper boat", resolution: .p480, duration: .seconds(4), draft: true))
            _ = try await client.wait(for: draft.id)
            let final = try await client.submit(VideoRequest(draftTaskID: draft.id))
            return try await client.wait(for: final.id)
        }
        let final = try outcome.get()
        #expect(final.status == .succeeded && final.duration == 4)
        #expect(rig.simulator.counters.createsCommitted == 2)
    }

    @Test("a rejected prompt: the wait throws taskFailed with the failed snapshot and the raw code")
    func failedWait() async throws {
        let rig = try Self.rig(.vtrixSeedance1_0Pro)
        let outcome = await rig.run { client in
            try await client.wait(for: try await client.submit(VideoRequest(prompt: "[reject] this")).id)
        }
        let error = try #require(outcome.seedanceError)
        #expect(error.category == .taskFailed)
        #expect(error.lastSnapshot?.status == .failed && error.lastSnapshot?.failure?.code == "003005095")
        #expect(error.taskID != nil)
    }

    @Test("over loopback: the client with URLSessionTransport submits, waits and downloads")
    func loopback() async throws {
        let rig = try Self.rig(.vtrixSeedance1_5Pro)
        let server = try await rig.simulator.startServer()
        defer { server.stop() }
        let (remote, driver) = try rig.loopbackClient(server) { SparkDance(model: .vtrixSeedance1_5Pro, baseURL: $0) }
        let video = Self.temporaryFile("video.mp4")
        defer { try? FileManager.default.removeItem(at: video) }
        let outcome = await rig.run(on: remote, driver: driver) { client in
            let done = try await client.wait(for: try await client.submit(VideoRequest(prompt: "a harbour")).id)
            _ = try await client.download(done, to: video)
            return done
        }
        let done = try outcome.get()
        #expect(done.status == .succeeded && done.videoURL?.port == server.port)
        #expect(String(decoding: try Data(contentsOf: video)[4..<8], as: UTF8.self) == "ftyp")
        #expect(rig.simulator.counters.authorizationReached("127.0.0.1") && !rig.simulator.counters.authorizationReached("localhost"))
    }
}
