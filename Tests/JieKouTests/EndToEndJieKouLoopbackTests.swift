import Foundation
import JieKou
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The adapter against the simulator over real HTTP: the loopback server on 127.0.0.1 and `URLSessionTransport`.
/// Task time stays virtual (the simulator's clock); only the wire is real.
@Suite("JieKou end to end over loopback", .timeLimit(.minutes(3)))
struct EndToEndJieKouLoopbackTests {
    @Test("text to video and first+last frame over the wire; results download from the other host name without the key")
    func overLoopback() async throws {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(clock: clock)
        let server = try await simulator.startServer()
        defer { server.stop() }
        let rig = EndToEndJieKouRig(
            simulator: simulator, clock: clock, dialect: JieKou(baseURL: server.baseURL(for: "jiekou")),
            transport: URLSessionTransport())

        let textID = try await rig.create(VideoRequest(prompt: "A paper boat on a river", resolution: .p1080, seed: 7))
        let imageID = try await rig.create(JieKouRequestTests.i2vRequest)
        let text = try #require(try await rig.pollUntilTerminal(textID, step: .seconds(5)).last)
        let image = try #require(try await rig.pollUntilTerminal(imageID, step: .seconds(5)).last)
        #expect(text.status == .succeeded && text.seed == 7)
        #expect(image.status == .succeeded)

        let video = try #require(image.videoURL)
        #expect(video.absoluteString == "http://localhost:\(server.port)/media/\(imageID.rawValue)/video.mp4")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jiekou-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let downloaded = try await rig.transport.download(SeedanceHTTPRequest(method: .get, url: video, requiresAuthorization: false), to: file, progress: nil)
        #expect(downloaded.status == 200)
        let bytes = try Data(contentsOf: file)
        #expect(bytes.startsWithFtypBox && bytes == SampleMedia.mp4)
        let audio = try await rig.fetch(try #require(image.audioURLs.first))
        #expect(audio.status == 200 && audio.body.count == 44 + 5 * 8000)

        let counters = simulator.counters
        #expect(counters.createsCommitted == 2 && counters.downloads == 2)
        #expect(counters.authorizationReached("127.0.0.1") && !counters.authorizationReached("localhost"))
    }

    @Test("one server, three hosts under their own prefixes: each applies its own resolutions; errors come over the wire")
    func threeHostsOnOneServer() async throws {
        let clock = VirtualTestClock()
        let simulator = Simulator(
            dialects: HostPreset.allCases.map { SimulatedJieKou(host: $0.simulatedHost, basePath: $0 == .jiekou ? "" : "/\($0.rawValue)") },
            configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: SimulatedJieKouHarness.startDate))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let transport = URLSessionTransport()
        for preset in HostPreset.allCases {
            let base = server.baseURL(for: preset.rawValue)
            let rig = EndToEndJieKouRig(simulator: simulator, clock: clock, dialect: JieKou(host: preset.adapterHost, baseURL: base), transport: transport)
            let id = try await rig.create(VideoRequest(prompt: "a cat", firstFrame: .url(URL(string: "https://example.com/cat.png")!)))
            let done = try #require(try await rig.pollUntilTerminal(id, step: .seconds(5)).last)
            #expect(done.status == .succeeded)
            let audio = try await rig.fetch(try #require(done.audioURLs.first))
            #expect(audio.status == 200, "\(preset): \(done.audioURLs)")

            let fullHD = try JieKou(host: .jiekou, baseURL: base).makeCreateRequest(VideoRequest(prompt: "a cat", resolution: .p1080))
            let answer = try await transport.send(rig.signed(fullHD))
            #expect(answer.status == (preset == .jiekou ? 200 : 400), "\(preset)")

            let unsigned = try await transport.send(try rig.dialect().makeStatusRequest(for: id))
            let refusal = #expect(throws: SeedanceError.self) { try rig.dialect().parseStatusResponse(unsigned, for: id) }
            #expect(refusal?.httpStatus == 403 && refusal?.providerCode == "INVALID_API_KEY" && refusal?.provider == preset.adapterHost.provider)
        }
        // Newest first: each host's image task, and the 1080p task only JieKou accepted.
        #expect(await simulator.world.observeAll().map(\.task.dialect) == ["ppio", "novita", "jiekou", "jiekou"])
    }
}
