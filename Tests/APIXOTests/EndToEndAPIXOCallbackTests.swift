import APIXO
import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// The `APIXO` adapter in callback mode: the simulator POSTs the status envelope to a loopback receiver, the adapter
/// parses it (``APIXO/parseCallback(_:)``) and confirms it with a status request before trusting it.
@Suite("End to end: APIXO callbacks", .timeLimit(.minutes(3)))
struct EndToEndAPIXOCallbackTests {
    static func setUp(configure: (inout SimulatorConfiguration) -> Void = { _ in })
        -> (Simulator, EndToEndHarness)
    {
        EndToEndAPIXOTests.setUp { configuration in
            configuration.callbacks = CallbackConfiguration(retryDelays: [.zero, .zero, .zero], timeout: .seconds(20))
            configure(&configuration)
        }
    }

    @Test(
        "callback mode: the body parses to the terminal snapshot, a status request confirms it, the video downloads",
        arguments: EndToEndAPIXOTests.Kind.allCases)
    func callbackMode(_ kind: EndToEndAPIXOTests.Kind) async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let (simulator, harness) = Self.setUp()
        var request = EndToEndAPIXOTests.request(kind)
        request.callbackURL = receiver.url(path: "/hooks/apixo")
        let id = try await harness.submit(request)
        let task = try #require(await simulator.world.task(id.rawValue))
        #expect(task.params["request_type"] == "callback")
        #expect(task.params["callback_url"] == .string(receiver.url(path: "/hooks/apixo").absoluteString))

        harness.clock.advance(by: .seconds(79))
        #expect(receiver.bodies.isEmpty)
        harness.clock.advance(by: .seconds(1))
        await simulator.waitForCallbacks()
        let body = try #require(receiver.bodies.first)
        #expect(receiver.bodies.count == 1)

        let announced = try harness.parseCallback(body)
        #expect(announced.id == id)
        #expect(announced.status == .succeeded)
        #expect(announced.completedAt == RawAPIXO.startDate.addingTimeInterval(80))
        let confirmed = try await harness.status(announced.id)
        #expect(confirmed == announced)
        #expect(try await harness.downloadVideo(of: confirmed).startsWithFtypBox)
        #expect(simulator.counters.callbacks.delivered == 1)
    }

    @Test("a delivery answered 500 is repeated; both deliveries parse to equal snapshots")
    func repeatedDelivery() async throws {
        let receiver = try CallbackReceiver(failFirst: [500])
        defer { receiver.stop() }
        let (simulator, harness) = Self.setUp()
        var request = EndToEndAPIXOTests.request(.firstAndLastFrame)
        request.callbackURL = receiver.url()
        let id = try await harness.submit(request)
        harness.clock.advance(by: .seconds(80))
        await simulator.waitForCallbacks()
        #expect(receiver.bodies.count == 2)
        let snapshots = try receiver.bodies.map { try harness.parseCallback($0) }
        #expect(snapshots.count == 2 && snapshots[0] == snapshots[1])
        #expect(snapshots.first?.id == id)
        #expect(snapshots.last?.isObservableChange(from: snapshots.first) == false)
        #expect(simulator.counters.callbacks.attempts == 2)
        #expect(simulator.counters.callbacks.delivered == 1)
    }

    @Test("a failed task is announced too, with its fail code, and the status request agrees")
    func failedTaskAnnounced() async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let (simulator, harness) = Self.setUp()
        var request = EndToEndAPIXOTests.request(.imageToVideo, prompt: "[reject] something forbidden")
        request.callbackURL = receiver.url()
        let id = try await harness.submit(request)
        harness.clock.advance(by: .seconds(80))
        await simulator.waitForCallbacks()
        let announced = try harness.parseCallback(try #require(receiver.bodies.first))
        #expect(announced.id == id)
        #expect(announced.status == .failed)
        #expect(announced.failure?.category == .contentRejected)
        #expect(announced.failure?.code == "CONTENT_VIOLATION")
        #expect(try await harness.status(id) == announced)
    }
}

/// The adapter over real HTTP: `URLSessionTransport` to the simulator's loopback server, callbacks to a loopback
/// receiver, and the video from the result host (`localhost`), which never sees the key.
@Suite("End to end: APIXO over loopback", .timeLimit(.minutes(3)))
struct EndToEndAPIXOLoopbackTests {
    @Test("async and callback tasks over loopback, video downloaded without the key reaching the result host")
    func overLoopback() async throws {
        let receiver = try CallbackReceiver()
        defer { receiver.stop() }
        let clock = VirtualClock()
        let simulator = Simulator(
            dialects: [SimulatedAPIXO()],
            configuration: SimulatorConfiguration(
                completionTime: .fixed(.seconds(80)), clock: clock, startDate: RawAPIXO.startDate,
                callbacks: CallbackConfiguration(retryDelays: [.zero, .zero, .zero], timeout: .seconds(20))))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let harness = EndToEndHarness(dialect: APIXO(baseURL: server.baseURL(for: "apixo")), transport: URLSessionTransport(), clock: clock)

        let polled = EndToEndAPIXOTests.request(.firstAndLastFrame)
        var announcedRequest = EndToEndAPIXOTests.request(.textToVideo)
        announcedRequest.callbackURL = receiver.url()
        let polledID = try await harness.submit(polled)
        let announcedID = try await harness.submit(announcedRequest)

        let done = try #require(try await harness.pollUntilTerminal(polledID, for: polled).last)
        #expect(done.status == .succeeded)
        await simulator.waitForCallbacks()
        let announced = try harness.parseCallback(try #require(receiver.bodies.first))
        #expect(announced.id == announcedID)
        #expect(try await harness.status(announcedID) == announced)

        let video = try #require(done.videoURL)
        #expect(video.host == "localhost")
        #expect(try await harness.downloadVideo(of: done).startsWithFtypBox)
        #expect(simulator.counters.hosts["localhost"]?.requests == 1)
        #expect(simulator.counters.hosts["localhost"]?.requestsWithAuthorization == 0)
        #expect(simulator.counters.hosts["127.0.0.1"]?.requestsWithAuthorization == simulator.counters.hosts["127.0.0.1"]?.requests)
    }
}
