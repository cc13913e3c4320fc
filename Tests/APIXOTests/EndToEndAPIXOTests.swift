import APIXO
import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The `APIXO` adapter against the independently written `SimulatedAPIXO`, in process, polling on a virtual clock.
@Suite("End to end: APIXO adapter against the simulator", .timeLimit(.minutes(3)))
struct EndToEndAPIXOTests {
    /// Tasks take 80 s: queued for 16 s, then processing; the adapter's first poll comes at 50 s, then every 5 s.
    static func setUp(
        dialect: SimulatedAPIXO = SimulatedAPIXO(), routing: APIXO.ProviderRouting? = nil,
        configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) -> (Simulator, EndToEndHarness) {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(.seconds(80)), clock: clock, startDate: RawAPIXO.startDate)
        configure(&configuration)
        let simulator = Simulator(dialects: [dialect], configuration: configuration)
        let adapter = APIXO(baseURL: simulator.baseURL(for: "apixo"), routing: routing)
        return (simulator, EndToEndHarness(dialect: adapter, transport: simulator.transport, clock: clock))
    }

    static let start = URL(string: "https://example.com/start.png")!
    static let end = URL(string: "https://example.com/end.webp")!

    enum Kind: String, CaseIterable, Sendable { case textToVideo, imageToVideo, firstAndLastFrame }

    static func request(_ kind: Kind, prompt: String = "a calm seaside sunrise with gentle camera dolly movement") -> VideoRequest {
        var request = VideoRequest(prompt: prompt, resolution: .p720, aspectRatio: .r16x9, duration: .seconds(8), generateAudio: true, cameraFixed: false)
        if kind != .textToVideo { request.firstFrame = .url(start) }
        if kind == .firstAndLastFrame { request.lastFrame = .url(end) }
        return request
    }

    @Test("async mode: pending, processing, success; the video downloads as an MP4", arguments: Kind.allCases)
    func asyncMode(_ kind: Kind) async throws {
        let (simulator, harness) = Self.setUp(routing: .value)
        let request = Self.request(kind)
        let id = try await harness.submit(request)
        #expect(id.rawValue.hasPrefix("task_"))

        let first = try await harness.status(id)
        #expect(first.status == .queued)
        #expect(first.rawStatus == "pending")
        let seen = try await harness.pollUntilTerminal(id, for: request)
        #expect(seen.first?.status == .running)
        let done = try #require(seen.last)
        #expect(done.status == .succeeded)
        #expect(done.id == id)
        #expect(done.model == "seedance-1-5-pro")
        #expect(done.createdAt == RawAPIXO.startDate)
        #expect(done.completedAt == RawAPIXO.startDate.addingTimeInterval(80))
        #expect(APIXO.processingTime(of: done) == .seconds(80))
        #expect(done.failure == nil)
        let video = try #require(done.videoURL)
        #expect(video.path == "/media/\(id.rawValue)/video.mp4")
        #expect(try await harness.downloadVideo(of: done).startsWithFtypBox)

        // What the simulator received is what the adapter documents: mode from the images, sound always sent.
        let task = try #require(await simulator.world.task(id.rawValue))
        let input = try #require(task.params["input"])
        #expect(input["mode"] == (kind == .textToVideo ? "text-to-video" : "image-to-video"))
        #expect(
            input["image_urls"]
                == (kind == .textToVideo
                    ? nil
                    : kind == .imageToVideo
                        ? [.string(Self.start.absoluteString)]
                        : [.string(Self.start.absoluteString), .string(Self.end.absoluteString)]))
        #expect(input["sound"] == true)
        #expect(input["duration"] == 8)
        #expect(task.params["request_type"] == "async")
        #expect(task.params["provider"] == "value")
        #expect(simulator.counters.createsCommitted == 1)
        #expect(simulator.counters.pollsByTask[id.rawValue] == seen.count + 1)
    }

    @Test("a [reject] prompt ends failed with CONTENT_VIOLATION as contentRejected; there is nothing to download")
    func contentViolation() async throws {
        let (_, harness) = Self.setUp()
        let request = Self.request(.textToVideo, prompt: "[reject] a forbidden scene")
        let id = try await harness.submit(request)
        let done = try #require(try await harness.pollUntilTerminal(id, for: request).last)
        #expect(done.status == .failed)
        #expect(done.failure == TaskFailure(category: .contentRejected, code: "CONTENT_VIOLATION", message: "Content violates usage policy"))
        #expect(done.videoURL == nil)
        let error = await #expect(throws: SeedanceError.self) { try await harness.downloadVideo(of: done) }
        #expect(error?.category == .taskFailed)
    }

    @Test(
        "random failures and expiries are failed tasks (never server or a local timeout), with the raw fail code kept",
        arguments: [("GENERATION_FAILED", SeedanceError.Category.taskFailed), ("PROCESSING_TIMEOUT", .taskFailed)])
    func failureCategories(_ code: String, _ category: SeedanceError.Category) async throws {
        let (_, harness) = Self.setUp { configuration in
            if code == "GENERATION_FAILED" { configuration.failureRate = 1 } else { configuration.expiryRate = 1 }
        }
        let request = Self.request(.imageToVideo)
        let id = try await harness.submit(request)
        let done = try #require(try await harness.pollUntilTerminal(id, for: request).last)
        #expect(done.status == .failed)
        #expect(done.failure?.category == category)
        #expect(done.failure?.code == ProviderCode(rawValue: code))
    }

    @Test(
        "refusals map to the same categories under their HTTP status and inside an HTTP 200 envelope",
        arguments: [EnvelopeErrorDelivery.httpStatus, .http200])
    func refusalsMapped(_ delivery: EnvelopeErrorDelivery) async throws {
        let (simulator, harness) = Self.setUp(dialect: SimulatedAPIXO(errorDelivery: delivery))

        // A field the adapter lets through as an extra but the simulated API does not know: the API's 400.
        var leaky = Self.request(.textToVideo)
        leaky.extraFields = ["motion_strength": 3]
        let invalid = await #expect(throws: SeedanceError.self) { try await harness.submit(leaky) }
        #expect(invalid?.category == .invalidRequest)
        #expect(invalid?.httpStatus == (delivery == .httpStatus ? 400 : 200))
        #expect(invalid?.message.contains("input.motion_strength is not a recognised parameter") == true)

        simulator.injectNext(.rateLimited(retryAfter: .seconds(7)))
        let limited = await #expect(throws: SeedanceError.self) { try await harness.submit(Self.request(.textToVideo)) }
        #expect(limited?.category == .rateLimited(retryAfter: .seconds(7)))

        simulator.injectNext(.serverError(status: 503))
        let unavailable = await #expect(throws: SeedanceError.self) { try await harness.submit(Self.request(.textToVideo)) }
        #expect(unavailable?.category == .server)
        #expect(unavailable?.httpStatus == (delivery == .httpStatus ? 503 : 200))

        let missing = await #expect(throws: SeedanceError.self) { try await harness.status("task_000000000000") }
        #expect(missing?.category == .notFound)
        #expect(missing?.taskID == "task_000000000000")
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test("a refused key is an authentication error, and the key never appears in it")
    func refusedKey() async throws {
        let (simulator, harness) = Self.setUp { $0.acceptedAPIKeys = .only(["sk-test-OTHER-9999"]) }
        let error = await #expect(throws: SeedanceError.self) { try await harness.submit(Self.request(.textToVideo)) }
        #expect(error?.category == .authentication)
        #expect(error?.httpStatus == 401)
        #expect(error.map { "\($0)".contains(EndToEndHarness.apiKey) } == false)
        #expect(simulator.counters.unauthorizedRequests == 1)
    }
}
