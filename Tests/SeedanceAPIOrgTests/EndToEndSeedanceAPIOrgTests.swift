import Foundation
import SeedanceAPIOrg
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The `SeedanceAPIOrg` adapter against the independently written `SimulatedSeedanceAPIOrg`, in process, polling on a
/// virtual clock.
@Suite("End to end: seedanceapi.org adapter against the simulator", .timeLimit(.minutes(3)))
struct EndToEndSeedanceAPIOrgTests {
    /// Tasks take 60 s; the adapter's first poll comes at 15 s, then every 5 s.
    static func setUp(
        dialect: SimulatedSeedanceAPIOrg = SimulatedSeedanceAPIOrg(),
        configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) -> (Simulator, EndToEndHarness) {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(.seconds(60)), clock: clock, startDate: RawSeedanceAPI.startDate)
        configure(&configuration)
        let simulator = Simulator(dialects: [dialect], configuration: configuration)
        let adapter = SeedanceAPIOrg(baseURL: simulator.baseURL(for: "seedanceapi"))
        return (simulator, EndToEndHarness(dialect: adapter, transport: simulator.transport, clock: clock))
    }

    static let image = URL(string: "https://example.com/my-image.jpg")!

    static func request(imageToVideo: Bool, prompt: String = "A majestic eagle soaring through golden sunset clouds") -> VideoRequest {
        VideoRequest(
            prompt: prompt, firstFrame: imageToVideo ? .url(image) : nil, resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(imageToVideo ? 4 : 8))
    }

    @Test(
        "text-to-video and image-to-video: in progress, then success with the echo, the credits and an MP4",
        arguments: [false, true])
    func generate(_ imageToVideo: Bool) async throws {
        let (simulator, harness) = Self.setUp()
        let request = Self.request(imageToVideo: imageToVideo)
        let id = try await harness.submit(request)
        #expect(id.rawValue.hasPrefix("seed15"))
        let seen = try await harness.pollUntilTerminal(id, for: request)
        #expect(seen.first?.status == .running)
        #expect(seen.first?.rawStatus == "IN_PROGRESS")
        #expect(seen.first?.usage == nil)
        let done = try #require(seen.last)
        #expect(done.status == .succeeded)
        #expect(done.createdAt == RawSeedanceAPI.startDate)
        #expect(done.duration == (imageToVideo ? 4 : 8))
        #expect(done.resolution == .p720)
        #expect(done.aspectRatio == .r16x9)
        #expect(done.usage?.credits == (imageToVideo ? 14 : 28))
        #expect(done.usage?.credits == (try SeedanceAPIOrg.estimatedCredits(for: request)))
        #expect(try await harness.downloadVideo(of: done).startsWithFtypBox)

        let task = try #require(await simulator.world.task(id.rawValue))
        #expect(task.params["duration"] == (imageToVideo ? "4" : "8"))
        #expect(task.params["image_urls"] == (imageToVideo ? [.string(Self.image.absoluteString)] : nil))
    }

    static let combinations: [(Resolution, Int, Bool)] = [Resolution.p480, .p720].flatMap { resolution in
        [4, 8, 12].flatMap { seconds in [false, true].map { (resolution, seconds, $0) } }
    }

    @Test("estimatedCredits(for:) equals the simulator's consumed_credits for all 12 combinations")
    func creditsAgree() async throws {
        let (_, harness) = Self.setUp()
        var submitted: [(VideoRequest, TaskID)] = []
        for (resolution, seconds, audio) in Self.combinations {
            let request = VideoRequest(prompt: "a lighthouse at dusk", resolution: resolution, duration: .seconds(seconds), generateAudio: audio)
            submitted.append((request, try await harness.submit(request)))
        }
        #expect(submitted.count == 12)
        harness.clock.advance(by: .seconds(60))
        for (request, id) in submitted {
            let done = try await harness.status(id)
            let expected = try SeedanceAPIOrg.estimatedCredits(for: request)
            #expect(done.status == .succeeded)
            #expect(done.usage?.credits == expected, "\(request.resolution!) \(request.duration!) audio \(request.generateAudio!)")
            #expect(done.raw?["data"]?["consumed_credits"] == .integer(Int64(expected)))
        }
    }

    @Test("a failed task is a failed snapshot with the error message, no credits charged, nothing to download")
    func failure() async throws {
        let (_, harness) = Self.setUp { $0.failureRate = 1 }
        let request = Self.request(imageToVideo: false)
        let id = try await harness.submit(request)
        let done = try #require(try await harness.pollUntilTerminal(id, for: request).last)
        #expect(done.status == .failed)
        #expect(done.failure?.message == "Video generation failed, please try again")
        #expect(done.failure?.category == .taskFailed)
        #expect(done.usage?.credits == 0)
        let error = await #expect(throws: SeedanceError.self) { try await harness.downloadVideo(of: done) }
        #expect(error?.category == .taskFailed)
    }

    @Test(
        "refusals map to neutral categories with the raw code, under their HTTP status or inside HTTP 200",
        arguments: [EnvelopeErrorDelivery.httpStatus, .http200])
    func refusalsMapped(_ delivery: EnvelopeErrorDelivery) async throws {
        let (simulator, harness) = Self.setUp(dialect: SimulatedSeedanceAPIOrg(errorDelivery: delivery, creditBalance: 30))
        _ = try await harness.submit(Self.request(imageToVideo: false))  // 28 of 30 credits
        let broke = await #expect(throws: SeedanceError.self) { try await harness.submit(Self.request(imageToVideo: false)) }
        #expect(broke?.category == .insufficientCredits)
        #expect(broke?.providerCode == "INSUFFICIENT_CREDITS")

        var leaky = Self.request(imageToVideo: false)
        leaky.extraFields = ["model": "seedance-2.0-fast"]
        let invalid = await #expect(throws: SeedanceError.self) { try await harness.submit(leaky) }
        #expect(invalid?.category == .invalidRequest)
        #expect(invalid?.providerCode == "INVALID_REQUEST")

        let missing = await #expect(throws: SeedanceError.self) { try await harness.status("seed15000000000000pro") }
        #expect(missing?.category == .notFound)
        #expect(missing?.providerCode == "TASK_NOT_FOUND")

        simulator.injectNext(.serverError(status: 500))
        let serverError = await #expect(throws: SeedanceError.self) { try await harness.status("seed15000000000000pro") }
        #expect(serverError?.category == .server)
        #expect(serverError?.providerCode == "INTERNAL_ERROR")
        #expect(simulator.counters.createsCommitted == 1)
    }

    @Test("a refused key is INVALID_API_KEY as an authentication error, without the key in it")
    func refusedKey() async throws {
        let (_, harness) = Self.setUp { $0.acceptedAPIKeys = .only(["sk-test-OTHER-9999"]) }
        let error = await #expect(throws: SeedanceError.self) { try await harness.submit(Self.request(imageToVideo: true)) }
        #expect(error?.category == .authentication)
        #expect(error?.providerCode == "INVALID_API_KEY")
        #expect(error.map { "\($0)".contains(EndToEndHarness.apiKey) } == false)
    }
}
