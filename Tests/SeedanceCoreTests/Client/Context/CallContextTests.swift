import Foundation
import SeedanceCore
import Testing

/// A transport configured with its own `User-Agent`, forwarding to a ``FakeWorld``.
private struct BrandedTransport: HTTPTransport {
    let world: FakeWorld
    var userAgent: String { "acme-video/2.1" }
    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse { try await world.send(request) }
    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        try await world.download(request, to: destination, progress: progress)
    }
}

@Suite("Per-call context", .timeLimit(.minutes(3)))
struct CallContextTests {
    @Test func headersAndCorrelationIDReachTheCallsRequestsAndEventsOnly() async throws {
        let rig = ServerRig { _ in FakeWorld.Script(duration: .seconds(30)) }
        let events = EventLog()
        let client = try rig.client(logger: { events.append($0) })
        let context = SeedanceCallContext(
            headers: ["traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "Authorization": "Bearer stolen"],
            correlationID: "order-1138")
        let task = try await SeedanceCallContext.withValue(context) { try await client.submit(Harness.request) }
        _ = try await SeedanceCallContext.withValue(context) { try await client.status(of: task.id) }
        let waited = ResultBox<TaskSnapshot>()
        let waiting = Task {
            do { waited.set(.success(try await SeedanceCallContext.withValue(context) { try await client.wait(for: task) })) } catch {
                waited.set(.failure(error))
            }
        }
        await rig.driver(client).settle { client.engine.registrations == 1 }
        await rig.driver(client).run(until: { waited.isSet }, limit: .seconds(600))
        await waiting.value

        let requests = rig.world.requests
        let create = try #require(requests.first)
        #expect(create.headers["traceparent"] == "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        #expect(create.headers["Authorization"] == "Bearer sk-test-SENTINEL-1234")
        #expect(requests[1].headers["traceparent"] != nil)  // the status call
        let polls = requests.dropFirst(2)
        #expect(!polls.isEmpty && polls.allSatisfy { $0.headers["traceparent"] == nil })  // shared polls carry no caller's context
        #expect(task.correlationID == "order-1138")

        let callEvents = events.all.filter { $0.kind != .taskFinished && $0.kind != .pollScheduled }
        let ownEvents = callEvents.prefix(5)  // submit: sent, received, submitted; status: sent, received
        #expect(ownEvents.count == 5 && ownEvents.allSatisfy { $0.correlationID == "order-1138" })
        #expect(events.all.contains { $0.kind == .taskSubmitted && $0.correlationID == "order-1138" })
        await client.shutdown()
    }

    @Test func theTransportsUserAgentIsSentNotOverwritten() async throws {
        let rig = ServerRig()
        let client = try rig.client(transport: BrandedTransport(world: rig.world))
        _ = try await client.submit(Harness.request)
        #expect(rig.world.requests.first?.headers["User-Agent"] == "acme-video/2.1")
        let plain = try rig.client()
        _ = try await plain.submit(Harness.request)
        #expect(rig.world.requests.last?.headers["User-Agent"] == SeedanceSDK.userAgent)
        let perCall = try await SeedanceCallContext.withValue(SeedanceCallContext(headers: ["User-Agent": "acme-batch/1"])) {
            try await client.submit(Harness.request)
        }
        #expect(perCall.id == "task-2" && rig.world.requests.last?.headers["User-Agent"] == "acme-batch/1")
        await client.shutdown()
        await plain.shutdown()
    }
}
