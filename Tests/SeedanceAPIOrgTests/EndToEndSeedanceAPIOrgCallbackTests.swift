import Foundation
import SeedanceAPIOrg
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Callbacks: the simulator POSTs to a loopback receiver (a documented deviation: seedanceapi.org wants a public URL),
/// the adapter parses the body (``SeedanceAPIOrg/parseCallback(_:)``) and confirms it with a status request.
@Suite("End to end: seedanceapi.org callbacks and loopback", .timeLimit(.minutes(3)))
struct EndToEndSeedanceAPIOrgCallbackTests {
    @Test(
        "the callback body, in either shape, parses to the snapshot a status request confirms; a repeat parses equal",
        arguments: [SimulatedSeedanceAPIOrg.CallbackShape.envelope, .bareData])
    func callback(_ shape: SimulatedSeedanceAPIOrg.CallbackShape) async throws {
        let receiver = try CallbackReceiver(failFirst: [503])
        defer { receiver.stop() }
        let (simulator, harness) = EndToEndSeedanceAPIOrgTests.setUp(dialect: SimulatedSeedanceAPIOrg(callbackShape: shape)) {
            $0.callbacks = CallbackConfiguration(retryDelays: [.zero, .zero, .zero], timeout: .seconds(20))
        }
        var request = EndToEndSeedanceAPIOrgTests.request(imageToVideo: true)
        request.callbackURL = receiver.url(path: "/seedance/callback")
        let id = try await harness.submit(request)
        #expect(
            try #require(await simulator.world.task(id.rawValue)).params["callback_url"] == .string(receiver.url(path: "/seedance/callback").absoluteString))

        harness.clock.advance(by: .seconds(60))
        await simulator.waitForCallbacks()
        #expect(receiver.bodies.count == 2)
        let announced = try harness.parseCallback(try #require(receiver.bodies.first))
        #expect(try harness.parseCallback(receiver.bodies[1]) == announced)
        #expect(announced.id == id)
        #expect(announced.status == .succeeded)
        #expect(announced.usage?.credits == 14)
        let confirmed = try await harness.status(id)
        #expect(confirmed.status == announced.status)
        #expect(confirmed.videoURL == announced.videoURL)
        #expect(confirmed.usage == announced.usage)
        if shape == .envelope { #expect(confirmed == announced) }
        #expect(simulator.counters.callbacks.attempts == 2)
        #expect(simulator.counters.callbacks.delivered == 1)
    }

    @Test("over loopback with URLSessionTransport: a polled task and an announced one, the video from the result host")
    func overLoopback() async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedSeedanceAPIOrg()],
            configuration: SimulatorConfiguration(
                completionTime: .fixed(.seconds(60)), clock: clock, startDate: RawSeedanceAPI.startDate,
                callbacks: CallbackConfiguration(retryDelays: [.zero, .zero, .zero], timeout: .seconds(20))))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let harness = EndToEndHarness(dialect: SeedanceAPIOrg(baseURL: server.baseURL(for: "seedanceapi")), transport: URLSessionTransport(), clock: clock)

        let polled = EndToEndSeedanceAPIOrgTests.request(imageToVideo: false)
        var announcedRequest = EndToEndSeedanceAPIOrgTests.request(imageToVideo: true)
        announcedRequest.callbackURL = receiver.url()
        let polledID = try await harness.submit(polled)
        let announcedID = try await harness.submit(announcedRequest)

        let done = try #require(try await harness.pollUntilTerminal(polledID, for: polled).last)
        #expect(done.status == .succeeded)
        #expect(done.usage?.credits == 28)
        await simulator.waitForCallbacks()
        let announced = try harness.parseCallback(try #require(receiver.bodies.first))
        #expect(announced.id == announcedID)
        #expect(try await harness.status(announcedID) == announced)

        #expect(done.videoURL?.host == "localhost")
        #expect(try await harness.downloadVideo(of: done).startsWithFtypBox)
        #expect(simulator.counters.hosts["localhost"]?.requestsWithAuthorization == 0)
        #expect(simulator.counters.hosts["127.0.0.1"]?.requestsWithAuthorization == simulator.counters.hosts["127.0.0.1"]?.requests)
    }
}
