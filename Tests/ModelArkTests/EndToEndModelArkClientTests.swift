import Foundation
import ModelArk
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// `SeedanceClient` with the ModelArk dialect against the simulated Ark server: submit, wait, list (paged as an
/// `AsyncSequence`), cancel, and waits that end on expired and cancelled. Virtual clock shared with the simulator.
@Suite("End to end: SeedanceClient × ModelArk × simulated Ark", .timeLimit(.minutes(3)))
struct EndToEndModelArkClientTests {
    static func rig(configure: (inout SimulatorConfiguration) -> Void = { _ in }) throws -> ClientRig {
        try ClientRig(
            server: SimulatedModelArk(), dialect: { ModelArk.byteplus(model: .byteplusSeedance1_5Pro, baseURL: $0) }, startDate: ModelArkRig.startDate,
            configure: configure)
    }

    @Test("submit, wait until succeeded and download the video")
    func submitWaitDownload() async throws {
        let rig = try Self.rig()
        let video = FileManager.default.temporaryDirectory.appendingPathComponent("simark-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: video) }
        let outcome = await rig.run { client in
            let done = try await client.wait(for: try await client.submit(VideoRequest(prompt: "a kitten", duration: .seconds(5))).id)
            _ = try await client.download(done, to: video)
            return done
        }
        let done = try outcome.get()
        #expect(done.status == .succeeded && done.usage?.completionTokens == 108_000)
        #expect(String(decoding: try Data(contentsOf: video)[4..<8], as: UTF8.self) == "ftyp")
    }

    @Test("list pages through 5 tasks two at a time: 3 list requests, newest first")
    func listPages() async throws {
        let rig = try Self.rig()
        let outcome = await rig.run { client in
            var ids: [TaskID] = []
            for index in 0..<5 { ids.append(try await client.submit(VideoRequest(prompt: "task \(index)")).id) }
            var listed: [TaskID] = []
            for try await task in try client.list(TaskListQuery(pageSize: 2)) { listed.append(task.id) }
            return (ids, listed)
        }
        let (ids, listed) = try outcome.get()
        #expect(listed == ids.reversed())
        #expect(rig.simulator.counters.requestsByRoute[.list] == 3)
    }

    @Test("cancel of a queued task: the wait throws cancelled with the cancelled snapshot")
    func cancelledWait() async throws {
        let rig = try Self.rig()
        let outcome = await rig.run { client in
            let id = try await client.submit(VideoRequest(prompt: "a")).id
            guard case .cancelled = try await client.cancel(id) else { throw CancellationError() }
            return try await client.wait(for: id)
        }
        let error = try #require(outcome.seedanceError)
        #expect(error.category == .cancelled && error.lastSnapshot?.status == .cancelled)
    }

    @Test("a wait ends on expired: taskExpired with the expired snapshot")
    func expiredWait() async throws {
        let rig = try Self.rig { $0.expiryRate = 1 }
        let outcome = await rig.run { client in
            try await client.wait(for: try await client.submit(VideoRequest(prompt: "a", serviceTier: .flex)).id)
        }
        let error = try #require(outcome.seedanceError)
        #expect(error.category == .taskExpired && error.lastSnapshot?.status == .expired)
    }

    @Test("over loopback: the client with URLSessionTransport submits, waits, lists and cancels")
    func loopback() async throws {
        let rig = try Self.rig()
        let server = try await rig.simulator.startServer()
        defer { server.stop() }
        let (remote, driver) = try rig.loopbackClient(server) { ModelArk.byteplus(baseURL: $0) }
        let outcome = await rig.run(on: remote, driver: driver) { client in
            let kept = try await client.submit(VideoRequest(prompt: "kept")).id
            let dropped = try await client.submit(VideoRequest(prompt: "dropped")).id
            _ = try await client.cancel(dropped)
            let done = try await client.wait(for: kept)
            var statuses: [TaskStatus] = []
            for try await task in try client.list() { statuses.append(task.status) }
            return (done, statuses)
        }
        let (done, statuses) = try outcome.get()
        #expect(done.status == .succeeded && done.videoURL?.port == server.port)
        #expect(statuses == [.cancelled, .succeeded])
    }
}
