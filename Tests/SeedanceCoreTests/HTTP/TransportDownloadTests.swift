import Foundation
import Testing
import SeedanceCore
import SeedanceSimulator

@Suite("URLSessionTransport downloads")
struct TransportDownloadTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("seedance-download-\(UUID().uuidString).bin")
    }

    private func bytes(of file: URL, at offsets: [Int64]) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        return try offsets.map { offset in
            try handle.seek(toOffset: UInt64(offset))
            return try handle.read(upToCount: 1)?.first ?? 0
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func aLargeBodyStreamsToTheFileWithProgress() async throws {
        let size: Int64 = 200 << 20
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, headers: ["Content-Type": "video/mp4"], body: .generated(byteCount: size))
        }
        defer { server.stop() }
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let reports = Collector<DownloadProgress>()
        let request = SeedanceHTTPRequest(method: .get, url: server.url(path: "/video.mp4"), requiresAuthorization: false)
        let response = try await URLSessionTransport().download(request, to: file) { reports.append($0) }
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Type"] == "video/mp4")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.size] as? NSNumber)?.int64Value == size)
        let offsets: [Int64] = [0, 1, 250, 251, 252, 1 << 20, (100 << 20) + 7, size - 2, size - 1]
        #expect(try bytes(of: file, at: offsets) == offsets.map(ServerBody.patternByte(at:)))
        let progress = reports.all
        #expect(progress.first == DownloadProgress(receivedBytes: 0, expectedBytes: size))
        #expect(progress.last == DownloadProgress(receivedBytes: size, expectedBytes: size))
        #expect(progress.count > 100)
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.receivedBytes < $1.receivedBytes })
    }

    @Test(.timeLimit(.minutes(3)))
    func anErrorStatusStillWritesItsBodyForTheCallerToCheck() async throws {
        let server = try LoopbackHTTPServer { _ in .json(404, #"{"error":"expired"}"#) }
        defer { server.stop() }
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("old content".utf8).write(to: file)
        let response = try await URLSessionTransport().download(.getJSON(server.url(path: "/gone.mp4")), to: file, progress: nil)
        #expect(response.status == 404)
        #expect(try Data(contentsOf: file) == Data(#"{"error":"expired"}"#.utf8))
    }

    @Test(.timeLimit(.minutes(3)))
    func aCancelledDownloadReturnsAtOnce() async throws {
        let server = try LoopbackHTTPServer { _ in
            // 10 MiB dripped over ~32 s: a cancel that failed to end the wait would last that long.
            ServerResponse(status: 200, body: .generated(byteCount: 10 << 20), behavior: .drip(chunkSize: 16 << 10, interval: .milliseconds(50)))
        }
        defer { server.stop() }
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let started = Collector<DownloadProgress>()
        let transport = URLSessionTransport()
        let task = Task {
            try await transport.download(.getJSON(server.url(path: "/slow.mp4")), to: file) { started.append($0) }
        }
        #expect(await eventually { started.all.contains { $0.receivedBytes > 0 } })
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // Generous: other suites share both cores during `swift test` (alone it returns in milliseconds).
        #expect(seconds(since: cancelled) < 15)
        #expect(await eventually { transport.downloadsInFlight == 0 && server.openConnectionCount == 0 })
    }

    @Test(.timeLimit(.minutes(3)))
    func anUnwritableDestinationIsATypedFailure() async throws {
        let server = try LoopbackHTTPServer { _ in .json(200, "{}") }
        defer { server.stop() }
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/video.mp4")
        let failure = await transportError { try await URLSessionTransport().download(.getJSON(server.url(path: "/v")), to: file, progress: nil) }
        #expect(failure?.kind == .other)
    }
}
