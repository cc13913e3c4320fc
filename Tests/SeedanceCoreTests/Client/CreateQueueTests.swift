import Foundation
import Testing

@testable import SeedanceCore

/// ``CreateQueue``: a client runs at most ``CreateQueue/defaultLimit`` creates at once; a caller that leaves while its
/// create still waits in the queue withdraws it, so no task (and no bill) comes of a create nobody waits for.
@Suite("Queued creates", .timeLimit(.minutes(3)))
struct CreateQueueTests {
    /// Holds every create until released; answers each with a new id.
    final class HoldingTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var held: [CheckedContinuation<Void, Never>] = []
        private var released = false
        private(set) var creates = 0

        var heldCount: Int { lock.withLock { held.count } }
        var createCount: Int { lock.withLock { creates } }

        func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
            let number: Int = lock.withLock {
                creates += 1
                return creates
            }
            await withCheckedContinuation { continuation in
                let resumeNow: Bool = lock.withLock {
                    if released { return true }
                    held.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
            return SeedanceHTTPResponse(status: 200, body: Data(#"{"id":"task-\#(number)"}"#.utf8), url: request.url)
        }

        func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws
            -> SeedanceHTTPResponse
        {
            throw HTTPTransportError(.other, message: "no downloads here")
        }

        func releaseAll() {
            let waiting: [CheckedContinuation<Void, Never>] = lock.withLock {
                released = true
                defer { held = [] }
                return held
            }
            for continuation in waiting { continuation.resume() }
        }
    }

    static func fill(_ client: SeedanceClient, transport: HoldingTransport) async throws -> [Task<SubmittedTask, any Error>] {
        let running = (0..<CreateQueue.defaultLimit).map { index in
            Task { try await client.submit(VideoRequest(prompt: "running \(index)", duration: .seconds(5))) }
        }
        while transport.heldCount < CreateQueue.defaultLimit { try await Task.sleep(for: .milliseconds(2)) }
        return running
    }

    @Test func aCallerCancelledWhileItsCreateIsQueuedSendsNothing() async throws {
        let transport = HoldingTransport()
        let client = try SeedanceClient(dialect: FakeDialect(), apiKey: Harness.key, transport: transport, retryPolicy: .none, clock: VirtualClock())
        let running = try await Self.fill(client, transport: transport)

        let queued = Task { try await client.submit(VideoRequest(prompt: "queued", duration: .seconds(5))) }
        while client.creates.waiting < 1 { try await Task.sleep(for: .milliseconds(2)) }
        queued.cancel()
        await #expect(throws: CancellationError.self) { try await queued.value }

        transport.releaseAll()
        for task in running { _ = try await task.value }
        while client.creates.waiting > 0 { try await Task.sleep(for: .milliseconds(2)) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(transport.createCount == CreateQueue.defaultLimit)
        #expect(client.abandonedSubmissions().isEmpty)
    }

    @Test func aCallerWhoseTimeoutPassesWhileItsCreateIsQueuedGetsATimeoutAndSendsNothing() async throws {
        let transport = HoldingTransport()
        let clock = VirtualClock()
        let client = try SeedanceClient(dialect: FakeDialect(), apiKey: Harness.key, transport: transport, retryPolicy: .none, clock: clock)
        let running = try await Self.fill(client, transport: transport)

        let queued = Task { try await client.generate(VideoRequest(prompt: "queued", duration: .seconds(5)), timeout: .seconds(30)) }
        while client.creates.waiting < 1 || clock.sleeperCount < 1 { try await Task.sleep(for: .milliseconds(2)) }
        clock.advance(by: .seconds(31))
        let error = try await #require(throws: SeedanceError.self) { try await queued.value }
        #expect(error.category == .timeout)
        #expect(error.message.contains("was never sent: no task was created"), "\(error.message)")

        transport.releaseAll()
        for task in running { _ = try await task.value }
        while client.creates.waiting > 0 { try await Task.sleep(for: .milliseconds(2)) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(transport.createCount == CreateQueue.defaultLimit)
    }
}
